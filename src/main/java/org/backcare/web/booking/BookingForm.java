package org.backcare.web.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.backcare.accounts.Username;
import org.backcare.booking.Appointment;
import org.backcare.booking.BookingRefusedException;
import org.backcare.booking.ScreeningRefusedException;
import org.backcare.clients.RecordDates;
import org.backcare.intake.Problem;
import org.backcare.web.Form;

/**
 * The booking forms' fields read back, each problem named by its field and label as the form shows it: a date
 * ({@code date}, {@code from}), a time ({@code at}), a weekday, how many sessions, minutes, a therapist, a room.
 * A refusal of the book (a clash, the screening) becomes the message shown above the form.
 */
final class BookingForm {
    static final String START = "start-";
    static final String SCREENING = "Screening says ";
    static final List<String> WEEKDAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    private final Form form;
    private final List<Problem> problems = new ArrayList<>();

    BookingForm(Form form) {
        this.form = form;
    }

    /** A new booking form: the day, at 09:00, with the client's therapist when they have one. */
    static Form usual(String dateField, LocalDate day, Optional<Username> therapist) {
        var values = new LinkedHashMap<String, String>();
        values.put(dateField, day.toString());
        values.put("at", "09:00");
        therapist.ifPresent(t -> values.put("therapist", t.value()));
        return new Form(values, List.of());
    }

    List<Problem> problems() {
        return problems;
    }

    Form shown() {
        return form.withProblems(problems);
    }

    LocalDate date(String field, String label) {
        try {
            return RecordDates.parse(form.value(field).strip());
        } catch (DateTimeParseException e) {
            problems.add(new Problem(field, label + ": required, a day such as 2030-01-08"));
            return LocalDate.MIN;
        }
    }

    LocalTime time(String field, String label) {
        try {
            return LocalTime.parse(form.value(field).strip());
        } catch (DateTimeParseException e) {
            problems.add(new Problem(field, label + ": required, a time such as 09:30"));
            return LocalTime.NOON;
        }
    }

    Optional<DayOfWeek> weekday() {
        var value = form.value("weekday");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!WEEKDAYS.contains(value)) {
            problems.add(new Problem("weekday", "Weekday: one of " + String.join(", ", WEEKDAYS) + ", or any"));
            return Optional.empty();
        }
        return Optional.of(DayOfWeek.of(WEEKDAYS.indexOf(value) + 1));
    }

    /** A whole number in the range, or empty when the field was left empty. */
    Optional<Integer> number(String field, String label, int least, int most) {
        var value = form.value(field).strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!value.matches("\\d{1,4}") || Integer.parseInt(value) < least || Integer.parseInt(value) > most) {
            problems.add(new Problem(field, label + ": a whole number from " + least + " to " + most
                    + " (got '" + value + "')"));
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(value));
    }

    Username therapist() {
        var value = form.value("therapist").strip();
        if (!Username.isValid(value)) {
            problems.add(new Problem("therapist", "Therapist: required, the username of a therapist"));
            return new Username("nobody");
        }
        return new Username(value);
    }

    Optional<String> room() {
        return Optional.of(form.value("room").strip()).filter(r -> !r.isEmpty());
    }

    /** The confirmed starts of a series, {@code start-N} for plan session N, by session number. */
    Map<Integer, LocalDateTime> starts() {
        var starts = new LinkedHashMap<Integer, LocalDateTime>();
        form.values().forEach((field, value) -> {
            if (field.startsWith(START) && field.substring(START.length()).matches("\\d{1,3}")) {
                try {
                    starts.put(Integer.parseInt(field.substring(START.length())), LocalDateTime.parse(value));
                } catch (DateTimeParseException e) {
                    problems.add(new Problem(field, "Session " + field.substring(START.length())
                            + ": not a date and time such as 2030-01-08T09:30"));
                }
            }
        });
        if (starts.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem("sessions", "Sessions: none to book; review the list again"));
        }
        return starts;
    }

    /** The work done, or what the book refused and why, to show above the form. */
    static <T> Attempt<T> trying(Supplier<T> work) {
        try {
            return new Attempt<>(Optional.of(work.get()), Optional.empty(), 0);
        } catch (BookingRefusedException e) {
            return new Attempt<>(Optional.empty(), Optional.of("Refused, nothing was booked or changed: "
                    + e.getMessage() + "."), 409);
        } catch (ScreeningRefusedException e) {
            return new Attempt<>(Optional.empty(), Optional.of(screening(e)), 422);
        } catch (IllegalArgumentException e) {
            return new Attempt<>(Optional.empty(), Optional.of("Refused, nothing was booked or changed: "
                    + e.getMessage() + "."), 422);
        }
    }

    /** The screening's refusal in words: the outcome, that nothing is booked, and what to do instead. */
    static String screening(ScreeningRefusedException e) {
        return SCREENING + e.outcome().id() + ": massage is not booked. " + String.join(" ", e.instead());
    }

    /** The work's result, or why the book refused it and the HTTP status that goes with it. */
    record Attempt<T>(Optional<T> done, Optional<String> why, int status) {}

    /** The minutes an appointment may last, as the book allows. */
    static String minutesHint() {
        return Appointment.MIN_MINUTES + "-" + Appointment.MAX_MINUTES + "; empty: as long as the plan's next session";
    }
}
