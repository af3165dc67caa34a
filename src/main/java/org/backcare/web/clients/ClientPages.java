package org.backcare.web.clients;

import io.javalin.config.RoutesConfig;
import java.time.Clock;
import java.util.Optional;
import org.backcare.accounts.Accounts;
import org.backcare.booking.AppointmentDesk;
import org.backcare.clients.ClientBook;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.mail.Outbox;
import org.backcare.web.access.Access;
import org.backcare.web.access.Caseloads;
import org.backcare.web.progress.ProgressViews;

/** The clients in the browser and in the JSON API: every route of the feature, and who may use it. */
public final class ClientPages {
    private final ClientList list;
    private final ClientOverview overview;
    private final ClientChanges changes;
    private final ClientApi api;

    public ClientPages(KnowledgeBase knowledge, ClientBook clients, Accounts accounts, AppointmentDesk desk,
            ProgressViews progress, Caseloads caseloads, Optional<Outbox> outbox, Clock clock) {
        var open = new OpenClients(clients, caseloads);
        var carers = new Carers(accounts);
        var search = new ClientSearch(clients, caseloads, carers);
        var standings = new ClientStandings(knowledge, desk, progress, clock);
        this.list = new ClientList(search, standings);
        this.overview = new ClientOverview(clients, accounts, desk, open, carers, standings, outbox.isPresent(), clock);
        this.changes = new ClientChanges(clients, accounts, desk, open, carers, overview, outbox, clock);
        this.api = new ClientApi(clients, open, search, carers, clock);
    }

    public void register(RoutesConfig routes) {
        routes.get("/clients", list::show, Access.STAFF);
        routes.get("/clients/{id}", overview::show, Access.STAFF);
        routes.post("/clients/{id}/name", changes::rename, Access.STAFF);
        routes.post("/clients/{id}/login", changes::giveSignIn, Access.STAFF);
        routes.post("/clients/{id}/contact", changes::contact, Access.STAFF);
        routes.post("/clients/{id}/times", changes::times, Access.STAFF);
        routes.post("/clients/{id}/invite", changes::invite, Access.STAFF);
        routes.post("/clients/{id}/therapist", changes::assign, Access.ADMIN);
        routes.post("/clients/{id}/forget", changes::forget, Access.ADMIN);
        routes.get("/api/clients", api::list, Access.STAFF);
        routes.get("/api/clients/{id}", api::show, Access.STAFF);
        routes.put("/api/clients/{id}", api::rename, Access.STAFF);
        routes.put("/api/clients/{id}/therapist", api::assign, Access.ADMIN);
        routes.put("/api/clients/{id}/contact", api::contact, Access.STAFF);
        routes.delete("/api/clients/{id}", api::forget, Access.ADMIN);
    }
}
