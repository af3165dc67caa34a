package org.backcare.web.plans;

import org.backcare.clients.ClientHistory;
import org.backcare.clients.ClientId;
import org.backcare.web.ClientETag;
import org.backcare.intake.Intake;
import org.backcare.planning.CarePlan;
import org.backcare.progress.Adaptation;

/**
 * A client's plan as of today, with the history it was made from, what that history changed in it, and the version
 * of the client's record it was made from (their {@code ETag}).
 */
record CurrentPlan(ClientId client, long version, ClientHistory history, Adaptation adaptation, CarePlan plan) {
    String etag() {
        return ClientETag.of(version);
    }

    /** The intake the plan was made from: the latest, with any red flag the sessions since have raised. */
    Intake intake() {
        return adaptation.intake();
    }
}
