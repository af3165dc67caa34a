package org.backcare.web.clients;

import org.backcare.accounts.Accounts;
import org.backcare.accounts.Role;
import org.backcare.clients.ClientId;
import org.backcare.web.access.Visit;

/** A therapist who adds a client takes them into their care; the admin assigns the clients they add by hand. */
public final class ClientAssignment {
    private final Accounts accounts;

    public ClientAssignment(Accounts accounts) {
        this.accounts = accounts;
    }

    /** Call right after {@code ClientBook.add}: the new client joins the caseload of the therapist who added them. */
    public void afterAdding(Visit visit, ClientId client) {
        if (visit.account().role() == Role.THERAPIST) {
            accounts.assign(client, visit.account().username());
        }
    }
}
