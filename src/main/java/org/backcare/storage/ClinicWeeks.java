package org.backcare.storage;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.backcare.accounts.Username;
import org.backcare.booking.Equipment;
import org.backcare.booking.HeldSessions;
import org.backcare.booking.PlanToBook;
import org.backcare.booking.UnmarkedVisits;
import org.backcare.booking.WeeklyHours;
import org.backcare.booking.Window;
import org.backcare.booking.WorkingWeek;
import org.backcare.clients.ClientHistory;
import org.backcare.clients.ClientId;
import org.backcare.knowledge.EquipmentNeeded;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.progress.SessionLog;
import org.backcare.scheduling.Appointment;
import org.backcare.scheduling.ClientOnPlan;
import org.backcare.scheduling.ClinicWeek;
import org.backcare.scheduling.DueSession;
import org.backcare.scheduling.DueSessions;
import org.backcare.scheduling.Room;
import org.backcare.scheduling.Therapist;
import org.backcare.scheduling.WeekProposal;
import org.backcare.scheduling.WeeklyWindow;

/**
 * The week to plan, read from the records: each therapist's working hours in those days (the appointment book's
 * working weeks: usual hours, days off, extra days) with their skills, the rooms and their equipment, the
 * appointments already booked (kept where they are), and for every client on file the sessions their current plan
 * wants (as {@code backcare plan ID} makes it), with the times they can come and the therapist caring for them.
 * A client's appointments already in those days stand for their first due sessions, and those from today to the
 * first day (still to come, or kept today and not logged yet) for the sessions before (as if kept). The clinic's
 * turnover (the minutes a therapist and a room need after each client) is planned as part of every session and
 * appointment, so that booking finds no clash; {@link #asBooked} takes it off again.
 */
public final class ClinicWeeks {
    private final Database database;
    private final KnowledgeBase knowledge;
    private final Clock clock;

    public ClinicWeeks(Database database, KnowledgeBase knowledge, Clock clock) {
        this.database = database;
        this.knowledge = knowledge;
        this.clock = clock;
    }

    public ClinicWeek read(LocalDate first, int days) {
        var book = database.appointments(Equipment.neededBy(knowledge));
        var last = first.plusDays(days - 1L);
        var zone = book.settings().zone();
        var booked = book.between(first, last, Optional.empty()).stream()
                .filter(a -> a.status().holdsTime()).toList();
        var today = LocalDate.now(clock.withZone(zone));
        var bookedAhead = today.isBefore(first) ? book.between(today, first.minusDays(1), Optional.empty()).stream()
                .filter(a -> a.status().keptOrToCome()).collect(Collectors.groupingBy(a -> a.client(),
                        Collectors.mapping(a -> a.start().toLocalDate(), Collectors.toList())))
                : Map.<ClientId, List<LocalDate>>of();
        int turnover = (int) book.settings().turnover().toMinutes();
        var fixed = booked.stream().map(a -> new Appointment(String.valueOf(a.id()), a.client().value(),
                a.therapist().value(), a.room().orElse("no-room-" + a.id()), a.start(),
                a.end(zone).plusMinutes(turnover), true)).toList();
        var due = new ArrayList<DueSession>();
        var bookedAfter = new ArrayList<WeekProposal.Unplanned>();
        var times = book.clientTimes();
        var needs = EquipmentNeeded.by(knowledge);
        var clients = database.clientBook(knowledge.vocabulary());
        for (var record : clients.clients()) {
            var history = clients.history(record.id()).orElseThrow();
            long alreadyBooked = booked.stream().filter(a -> a.client().equals(record.id())).count();
            var ahead = bookedAhead.getOrDefault(record.id(), List.of());
            var ofClient = book.ofClient(record.id());
            var wanted = DueSessions.in(onPlan(history, times.get(record.id()), first, ahead), first, days, needs)
                    .stream().skip(alreadyBooked).toList();
            for (var session : wanted) {
                var heldBy = HeldSessions.holding(ofClient, session.planSession(), last.plusDays(1))
                        .filter(held -> !session.screening().stopsMassage());
                if (heldBy.isPresent()) {
                    bookedAfter.add(bookedAfter(session, heldBy.get()));
                    break;
                }
                due.add(session.withTurnover(turnover));
            }
        }
        var rooms = book.rooms().stream().map(r -> new Room(r.name(), r.equipment())).toList();
        return new ClinicWeek(first, days, therapists(book.weeks(), book.skills(), first, last), rooms, fixed, due,
                bookedAfter, false);
    }

    /**
     * A session an appointment after the week holds (booked ahead, as a series is): the week plans none from it on, as
     * a session is booked once.
     */
    private static WeekProposal.Unplanned bookedAfter(DueSession session, org.backcare.booking.Appointment heldBy) {
        return new WeekProposal.Unplanned(session.client(), session.planSession(), "not planned: "
                + heldBy.named() + ", after this week, holds it: move that appointment to bring it forward");
    }

    /**
     * The proposal with each session's end as it will be booked: without the turnover planned after it. A session of
     * a client with a visit that is over but not logged or marked says so: if that visit took place, the plan has
     * moved on and the session placed repeats one they had.
     */
    public WeekProposal asBooked(WeekProposal proposal) {
        var book = database.appointments(Equipment.neededBy(knowledge));
        long turnover = book.settings().turnover().toMinutes();
        var unmarked = UnmarkedVisits.in(book, Optional.empty(), clock.instant()).stream() // oldest first
                .collect(Collectors.toMap(a -> a.client().value(), a -> a.named(), (earlier, later) -> later));
        return new WeekProposal(proposal.score(), proposal.feasible(), proposal.sessions().stream()
                .map(p -> new WeekProposal.Placed(p.client(), p.therapist(), p.room(), p.start(),
                        p.end().minusMinutes(turnover), p.planSession(), p.usualTherapist(), p.daysOffPlan(),
                        why(p.why(), Optional.ofNullable(unmarked.get(p.client())))))
                .toList(), proposal.unplanned());
    }

    /** {@code unmarked}: the client's latest visit not logged or marked, as named. */
    private static List<String> why(List<String> why, Optional<String> unmarked) {
        if (unmarked.isEmpty()) {
            return why;
        }
        var all = new ArrayList<>(why);
        all.add(unmarked.get() + " is not logged or marked: if it took place, log it and plan the week again, or"
                + " this session repeats one the client had");
        return all;
    }

    /**
     * The client on their plan from the first day. Visits between today and the first day (booked, or attended and
     * not logged yet), after the last logged session, stand for the plan's next sessions as if kept on their days:
     * the plan is then the one as of the first of them (no restart for a lapse they end), and the week planned after
     * them does not plan them again.
     */
    private ClientOnPlan onPlan(ClientHistory history, WeeklyHours times, LocalDate first, List<LocalDate> bookedAhead) {
        var logged = history.massageSessions().stream().map(SessionLog::date).filter(d -> d.isBefore(first))
                .max(LocalDate::compareTo);
        var ahead = bookedAhead.stream().filter(d -> logged.isEmpty() || d.isAfter(logged.get())).sorted().toList();
        var plan = new PlanToBook(knowledge).upcoming(history, ahead.isEmpty() ? first : ahead.get(0));
        var lastSession = ahead.isEmpty() ? logged.orElse(null) : ahead.get(ahead.size() - 1);
        var usual = database.accounts().therapistOf(history.client().id()).map(Username::value).orElse(null);
        var available = times == null ? List.<WeeklyWindow>of() : weekly(times);
        return new ClientOnPlan(history.client().id().value(), plan, lastSession, ahead.size(), usual, available,
                List.of());
    }

    private static List<WeeklyWindow> weekly(WeeklyHours times) {
        var windows = new ArrayList<WeeklyWindow>();
        for (var day : DayOfWeek.values()) {
            times.on(day).forEach(r -> windows.add(new WeeklyWindow(day, r.start(), r.end())));
        }
        return windows;
    }

    /** Everyone with working hours or skills; their weekly limit is the hours they work in these days. */
    private static List<Therapist> therapists(Map<Username, WorkingWeek> weeks,
            Map<Username, Set<String>> skills, LocalDate first, LocalDate last) {
        var names = new TreeSet<Username>(Comparator.comparing(Username::value));
        names.addAll(weeks.keySet());
        names.addAll(skills.keySet());
        var therapists = new ArrayList<Therapist>();
        for (var name : names) {
            var windows = weeks.containsKey(name) ? weeks.get(name).windows(first, last) : List.<Window>of();
            var hours = windows.stream().map(w -> new WeeklyWindow(w.start().getDayOfWeek(), w.start().toLocalTime(),
                    w.end().toLocalTime())).toList();
            int minutes = windows.stream().mapToInt(w -> (int) Duration.between(w.start(), w.end()).toMinutes()).sum();
            therapists.add(new Therapist(name.value(), skills.getOrDefault(name, Set.of()), minutes, hours));
        }
        return therapists;
    }
}
