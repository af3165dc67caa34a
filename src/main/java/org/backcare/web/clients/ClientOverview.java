package org.backcare.web.clients;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.Optional;
import org.backcare.accounts.Accounts;
import org.backcare.booking.AppointmentDesk;
import org.backcare.clients.ClientBook;
import org.backcare.clients.ClientId;
import org.backcare.web.Pages;
import org.backcare.web.access.Visit;
import org.backcare.web.clients.ClientOverviewPage.Editing;

/** {@code GET /clients/{id}}: the client's overview page, also shown again with a form that came back with problems. */
final class ClientOverview {
    private final ClientBook clients;
    private final Accounts accounts;
    private final AppointmentDesk desk;
    private final OpenClients open;
    private final Carers carers;
    private final ClientStandings standings;
    private final boolean mailing;
    private final Clock clock;

    ClientOverview(ClientBook clients, Accounts accounts, AppointmentDesk desk, OpenClients open, Carers carers,
            ClientStandings standings, boolean mailing, Clock clock) {
        this.mailing = mailing;
        this.clients = clients;
        this.accounts = accounts;
        this.desk = desk;
        this.open = open;
        this.carers = carers;
        this.standings = standings;
        this.clock = clock;
    }

    void show(Context ctx) {
        var visit = Visit.required(ctx);
        show(ctx, visit, open.open(ctx, visit), Editing.NONE, notice(ctx.queryParam("done")));
    }

    /** Shows the page with the status already set: 200, or the status of a form sent back. */
    void show(Context ctx, Visit visit, ClientId id, Editing editing, String notice) {
        var version = open.version(id);
        var history = open.history(id);
        clients.audit(id, visit.actor(), "read client", clock.instant());
        var therapist = carers.of(id).flatMap(accounts::find);
        Pages.show(ctx, "clients/client.jte", new ClientOverviewPage(Visit.frame(ctx, history.client().name()),
                history, version, therapist, carers.all(), accounts.signInOf(id), clients.contact(id),
                Optional.ofNullable(desk.clientTimes().get(id)).map(Object::toString).orElse(""), mailing, editing, notice,
                clients.intakeDraft(id).isPresent(), standings.of(id)));
    }

    private static String notice(String done) {
        return switch (done == null ? "" : done) {
            case "renamed" -> "Saved the new name.";
            case "assigned" -> "Saved who cares for this client.";
            case "contact" -> "Saved the contact details.";
            case "times" -> "Saved the times the client can come.";
            case "invited" -> "The invitation is queued: the client gets a mail with a link to choose their password,"
                    + " working once within 72 hours.";
            case "sign-in" -> "The client has their own sign-in now. Give them the username and first password in person.";
            default -> "";
        };
    }
}
