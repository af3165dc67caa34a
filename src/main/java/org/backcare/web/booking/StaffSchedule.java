package org.backcare.web.booking;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.backcare.accounts.Role;
import org.backcare.accounts.Username;
import org.backcare.intake.Problem;
import org.backcare.web.ProblemDetails;
import org.backcare.web.ProblemResponse;
import org.backcare.web.access.Visit;

/** How staff read the schedule, in the API and on the pages: its query, and whose appointments they see in full. */
final class StaffSchedule {
    private StaffSchedule() {
    }

    /** A therapist sees their own appointments in full and the others' as busy time only; the admin sees all. */
    static boolean seesInFull(Visit visit, String therapist) {
        var account = visit.account();
        return account.role() == Role.ADMIN || therapist.equals(account.username().value());
    }

    /**
     * Whose visits a list of the visits to log or mark shows: a therapist's own; the admin's, the clinic's (or those
     * of the therapist the query names).
     */
    static Optional<Username> whoseToMark(Context ctx, Visit visit) {
        var account = visit.account();
        return account.role() == Role.ADMIN ? therapist(ctx) : Optional.of(account.username());
    }

    static Optional<Username> therapist(Context ctx) {
        return Optional.ofNullable(ctx.queryParam("therapist")).filter(Username::isValid).map(Username::new);
    }

    static Optional<LocalDate> date(Context ctx, String name) {
        var value = ctx.queryParam(name);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw new ProblemResponse(new ProblemDetails(ProblemDetails.INVALID_QUERY, "Invalid query", 400,
                    "'" + value + "' is not a date.", List.of(new Problem(name, "a date written YYYY-MM-DD"))));
        }
    }
}
