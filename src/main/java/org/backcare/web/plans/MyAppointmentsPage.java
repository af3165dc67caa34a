package org.backcare.web.plans;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import org.backcare.booking.PlannedVisit;
import org.backcare.mail.ClinicProfile;
import org.backcare.web.Frame;

/**
 * A client's appointments: those to come (with a cancel button until the clinic's notice begins), and the times
 * offered for the plan's next session, by day; or, when screening stops massage, what to do instead.
 */
public record MyAppointmentsPage(Frame frame, List<Upcoming> upcoming, ClinicProfile clinic, String notice,
        String problem, List<String> instead, Optional<PlannedVisit> next, SortedMap<LocalDate, List<Offer>> offers) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    public record Upcoming(long id, LocalDateTime start, String therapist, Optional<String> room, boolean cancellable) {
        public String when() {
            return DAY.format(start) + " at " + start.toLocalTime();
        }
    }

    public record Offer(String therapist, String therapistName, LocalDateTime start) {
        public String time() {
            return start.toLocalTime().toString();
        }
    }

    /** Moving one appointment: its own therapist's free times in its session's window, or what to do instead. */
    public record MovePage(Frame frame, Upcoming appointment, ClinicProfile clinic,
            SortedMap<LocalDate, List<Offer>> offers, List<String> instead, String problem) {
        /** The day shown unfolded: the one offered nearest to the appointment's own. */
        public boolean opens(LocalDate day) {
            return nearest(offers, appointment.start().toLocalDate()).equals(Optional.of(day));
        }
    }

    /** The day shown unfolded: the one offered nearest to the plan's date for the session. */
    public boolean opens(LocalDate day) {
        return next.isPresent() && nearest(offers, next.get().date()).equals(Optional.of(day));
    }

    /**
     * The offered day nearest to the one wanted, the earlier of two as near. A fortnight of free times is hundreds of
     * buttons, so the days fold and only this one is open.
     */
    static Optional<LocalDate> nearest(SortedMap<LocalDate, ?> offers, LocalDate wanted) {
        return offers.keySet().stream()
                .min(Comparator.comparingLong(d -> Math.abs(ChronoUnit.DAYS.between(d, wanted))));
    }

    MyAppointmentsPage with(Optional<PlannedVisit> nextVisit, SortedMap<LocalDate, List<Offer>> byDay,
            List<String> whatInstead) {
        return new MyAppointmentsPage(frame, upcoming, clinic, notice, problem, whatInstead, nextVisit, byDay);
    }

    public static String day(LocalDate day) {
        return DAY.format(day);
    }
}
