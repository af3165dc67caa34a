package org.backcare.web.plans;

import org.backcare.clients.ClientBook;
import org.backcare.clients.ClientId;
import org.backcare.web.RunningServer.Visitor;

/** A running server with its admin, Tom, a therapist, signed in, and Asha Rao, a desk worker, on file in his care. */
final class AshaInTomsCare implements AutoCloseable {
    final PlanFixture fixture = new PlanFixture();
    final Visitor tom = fixture.therapist("tom");
    final ClientId asha = fixture.onFile("asha-rao", "desk-worker.yaml", "tom");
    final ClientBook book = fixture.book;

    @Override
    public void close() {
        fixture.close();
    }
}
