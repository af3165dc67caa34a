package org.backcare.web.booking;

import java.util.List;
import java.util.function.Supplier;
import org.backcare.booking.BookingRefusedException;
import org.backcare.booking.ScreeningRefusedException;
import org.backcare.intake.Problem;
import org.backcare.web.ProblemDetails;
import org.backcare.web.ProblemResponse;

/** The book's refusals as problem details: a clash 409, the screening 422 with its outcome, a bad value 422. */
public final class BookingProblems {
    static final String CLASH = "urn:backcare:problem:clash";
    public static final String SCREENING = "urn:backcare:problem:screening-stops-massage";

    private BookingProblems() {
    }

    public static <T> T answering(Supplier<T> work) {
        try {
            return work.get();
        } catch (BookingRefusedException e) {
            throw new ProblemResponse(new ProblemDetails(CLASH, "Clash", 409, "Refused, nothing was booked or changed: "
                    + e.getMessage(), e.clashes().stream().map(c -> new Problem(c.kind().id(), c.message())).toList()));
        } catch (ScreeningRefusedException e) {
            throw new ProblemResponse(new ProblemDetails(SCREENING, "Screening stops massage", 422, e.getMessage(),
                    List.of(new Problem("screening.outcome", e.outcome().id()))));
        } catch (IllegalArgumentException e) {
            var message = e.getMessage();
            int colon = message.indexOf(": ");
            var field = colon > 0 && !message.substring(0, colon).contains(" ") ? message.substring(0, colon) : "";
            throw new ProblemResponse(new ProblemDetails(ProblemDetails.INVALID_INPUT, "Invalid input", 422,
                    "Nothing was booked or changed.", List.of(new Problem(field, field.isEmpty() ? message : message.substring(colon + 2)))));
        }
    }
}
