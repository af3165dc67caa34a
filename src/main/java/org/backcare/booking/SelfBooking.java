package org.backcare.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.backcare.accounts.Username;
import org.backcare.clients.ClientId;
import org.backcare.planning.CarePlan;

/**
 * A client booking their plan's next session themselves: the times offered are free times, on the half hour, of
 * their own therapist or of a therapist trained in every technique of the session, within the session's tolerance
 * window. Screening has the last word (see {@link ScreeningGate}). A client cancels only up to the clinic's notice.
 */
public final class SelfBooking {
    /** Times offered start on the half hour: every free quarter would be a wall of buttons on a phone. */
    static final int OFFER_MINUTES = 30;

    private SelfBooking() {
    }

    /** The plan's first session that no open appointment of the client carries yet. */
    public static Optional<PlannedVisit> next(CarePlan plan, List<Appointment> ofClient) {
        var held = ofClient.stream().filter(a -> a.status().isOpen()).flatMap(a -> a.planSession().stream()).toList();
        return PlanVisits.of(plan).stream().filter(v -> !held.contains(v.session())).findFirst();
    }

    /** Who the client may book with: their own therapist, then anyone trained in all of the session's techniques. */
    public static List<Username> therapists(Optional<Username> own, Map<Username, Set<String>> skills,
            List<String> techniques) {
        var who = new ArrayList<Username>();
        own.ifPresent(who::add);
        skills.entrySet().stream().filter(e -> e.getValue().containsAll(techniques)).map(Map.Entry::getKey)
                .filter(t -> !who.contains(t)).sorted(Comparator.comparing(Username::value)).forEach(who::add);
        return who;
    }

    /**
     * The free times for the session, day by day, from its tolerance window (never before today): each with a
     * therapist and a room that fit. Fails with {@link ScreeningRefusedException} when screening stops massage.
     */
    public static TreeMap<LocalDate, List<Appointment>> offers(AppointmentBook book, CarePlan plan, PlannedVisit visit,
            ClientId client, List<Username> therapists, List<Room> rooms, LocalDate today, Instant now) {
        var cautions = ScreeningGate.admit(plan.screening());
        var first = visit.date().minusDays(visit.toleranceDays());
        var from = first.isBefore(today) ? today : first;
        var last = visit.date().plusDays(visit.toleranceDays());
        var inRooms = rooms.stream().map(r -> Optional.of(r.name())).toList();
        var byDay = new TreeMap<LocalDate, List<Appointment>>();
        for (var therapist : therapists) {
            var wanted = Appointment.booked(client, therapist, Optional.empty(), visit.date().atTime(9, 0),
                    visit.minutes(), Optional.of(visit.session()), visit.techniques(), cautions);
            book.freeTimes(wanted, inRooms, from, last, now).stream()
                    .filter(a -> a.start().getMinute() % OFFER_MINUTES == 0)
                    .forEach(a -> byDay.computeIfAbsent(a.start().toLocalDate(), d -> new ArrayList<>()).add(a));
        }
        byDay.values().forEach(day -> day.sort(Comparator.comparing(Appointment::start)));
        return byDay;
    }

    /** The client may still cancel it themselves: it is booked and the clinic's notice has not begun. */
    public static boolean cancellable(Appointment appointment, ClinicSettings settings, Instant now) {
        return appointment.status() == Status.BOOKED
                && now.isBefore(appointment.startsAt(settings.zone()).minus(settings.lateNotice()));
    }
}
