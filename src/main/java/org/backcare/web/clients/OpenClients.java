package org.backcare.web.clients;

import io.javalin.http.Context;
import org.backcare.clients.ClientBook;
import org.backcare.clients.ClientHistory;
import org.backcare.clients.ClientId;
import org.backcare.clients.UnknownClientException;
import org.backcare.web.access.Caseloads;
import org.backcare.web.access.Visit;

/** The client a path names, once the visitor may open them: one not in their care is answered as one not on file. */
final class OpenClients {
    private final ClientBook clients;
    private final Caseloads caseloads;

    OpenClients(ClientBook clients, Caseloads caseloads) {
        this.clients = clients;
        this.caseloads = caseloads;
    }

    ClientId open(Context ctx, Visit visit) {
        var id = Caseloads.clientInPath(ctx);
        caseloads.requireOpen(visit, id);
        version(id); // the admin may open any id: one not on file is still not found
        return id;
    }

    /** The version to show with what is read next: read first, so a change made meanwhile is refused, not overwritten. */
    long version(ClientId id) {
        try {
            return clients.version(id);
        } catch (UnknownClientException e) {
            throw Caseloads.noSuchClient(id);
        }
    }

    ClientHistory history(ClientId id) {
        return clients.history(id).orElseThrow(() -> Caseloads.noSuchClient(id));
    }
}
