package org.backcare.web.intakes;

import java.time.Clock;
import java.time.LocalDate;
import org.backcare.accounts.Accounts;
import org.backcare.accounts.Role;
import org.backcare.clients.ClientBook;
import org.backcare.clients.ClientId;
import org.backcare.clients.ClientRecord;
import org.backcare.clients.IntakeVersion;
import org.backcare.intake.Intake;
import org.backcare.web.access.Visit;

/** Keeps what the intake form and the API take in: a new client in the care of the therapist who added them, a new intake. */
final class IntakeRecords {
    private final ClientBook clients;
    private final Accounts accounts;
    private final Clock clock;

    IntakeRecords(ClientBook clients, Accounts accounts, Clock clock) {
        this.clients = clients;
        this.accounts = accounts;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Adds the client with their first intake; a therapist who adds a client cares for them.
     *
     * @throws org.backcare.clients.ClientExistsException when the name's id is taken
     */
    ClientId addClient(Visit visit, String name, LocalDate consentGiven, Intake intake) {
        var id = ClientId.fromName(name);
        clients.add(new ClientRecord(id, name.strip(), consentGiven), new IntakeVersion(1, today(), intake));
        if (visit.account().role() == Role.THERAPIST) {
            accounts.assign(id, visit.account().username());
        }
        clients.audit(id, visit.actor(), "add client", clock.instant());
        return id;
    }

    /**
     * Records the next intake version, if the client is still as the writer saw them.
     *
     * @throws org.backcare.clients.ClientChangedException when someone else changed the client since
     */
    IntakeVersion addIntake(Visit visit, ClientId id, Intake intake, long expectedVersion) {
        var added = clients.addIntake(id, today(), intake, expectedVersion);
        clients.audit(id, visit.actor(), "add intake", clock.instant());
        return added;
    }

    void audit(Visit visit, ClientId id, String action) {
        clients.audit(id, visit.actor(), action, clock.instant());
    }
}
