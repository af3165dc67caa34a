package org.backcare.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.backcare.accounts.Username;

/**
 * Visits that are over but still stand as booked or arrived: nobody logged them, nor marked them attended or a
 * no-show. Until someone does, the client's plan does not count them, nor does the week planner, so the desk is
 * shown them to clear.
 */
public final class UnmarkedVisits {
    /** How far back the desk is asked about: older loose ends are history, not the day's work. */
    public static final Period LOOK_BACK = Period.ofDays(60);

    private UnmarkedVisits() {
    }

    /** Those of the last {@link #LOOK_BACK} days, of one therapist or of the whole clinic, oldest first. */
    public static List<Appointment> in(AppointmentDesk desk, Optional<Username> therapist, Instant now) {
        var zone = desk.settings().zone();
        var today = LocalDate.ofInstant(now, zone);
        return among(desk.between(today.minus(LOOK_BACK), today, therapist), zone, now);
    }

    public static List<Appointment> among(List<Appointment> appointments, ZoneId zone, Instant now) {
        return appointments.stream().filter(a -> a.status().isOpen() && !a.endsAt(zone).isAfter(now))
                .sorted(Comparator.comparing(Appointment::start).thenComparing(Appointment::id)).toList();
    }
}
