package org.backcare.web.access;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.Set;
import org.backcare.accounts.Accounts;
import org.backcare.accounts.Role;
import org.backcare.accounts.Username;
import org.backcare.booking.AppointmentDesk;
import org.backcare.booking.Status;
import org.backcare.clients.ClientId;
import org.backcare.web.ProblemResponse;
import org.backcare.web.Problems;

/**
 * Which clients a person may see: the admin every client; a therapist those in their care and those they see in an
 * appointment of theirs (one covering for a colleague needs the plan's cautions and logs the visit), from
 * {@link #APPOINTMENTS_BACK} ago on, unless it was cancelled; a client only themself. A client who is not theirs
 * looks, to them, exactly like a client who does not exist.
 */
public final class Caseloads {
    /** As far back as an appointment opens its client's record to the therapist who had it. */
    static final Period APPOINTMENTS_BACK = Period.ofDays(30);

    private final Accounts accounts;
    private final AppointmentDesk desk;
    private final Clock clock;

    public Caseloads(Accounts accounts, AppointmentDesk desk, Clock clock) {
        this.accounts = accounts;
        this.desk = desk;
        this.clock = clock;
    }

    public boolean mayOpen(Visit visit, ClientId client) {
        var account = visit.account();
        return switch (account.role()) {
            case ADMIN -> true;
            case THERAPIST -> accounts.therapistOf(client).map(account.username()::equals).orElse(false)
                    || seesInAnAppointment(account.username(), client);
            case CLIENT -> account.client().map(client::equals).orElse(false);
        };
    }

    private boolean seesInAnAppointment(Username therapist, ClientId client) {
        var since = LocalDate.now(clock).minus(APPOINTMENTS_BACK);
        return desk.ofClient(client).stream().anyMatch(a -> a.therapist().equals(therapist)
                && a.status() != Status.CANCELLED && !a.start().toLocalDate().isBefore(since));
    }

    /** @throws ProblemResponse 404, the same answer as for a client not on file */
    public void requireOpen(Visit visit, ClientId client) {
        if (!mayOpen(visit, client)) {
            throw noSuchClient(client);
        }
    }

    /** The clients a client list may show: everyone for the admin, the caseload for a therapist. */
    public Optional<Set<ClientId>> listable(Visit visit) {
        var account = visit.account();
        return account.role() == Role.ADMIN ? Optional.empty()
                : Optional.of(account.role() == Role.THERAPIST ? accounts.caseload(account.username())
                        : account.client().map(Set::of).orElse(Set.of()));
    }

    /** The client a route's {@code {id}} names; an id that cannot be one is answered like a client not on file. */
    public static ClientId clientInPath(Context ctx) {
        var value = ctx.pathParam("id");
        if (!ClientId.isValid(value)) {
            throw noSuchClient(value);
        }
        return new ClientId(value);
    }

    public static ProblemResponse noSuchClient(ClientId client) {
        return noSuchClient(client.value());
    }

    private static ProblemResponse noSuchClient(String id) {
        return new ProblemResponse(Problems.ofStatus(404, "There is no client '" + id + "' in your care."));
    }
}
