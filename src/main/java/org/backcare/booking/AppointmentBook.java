package org.backcare.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.backcare.accounts.Username;
import org.backcare.clients.ClientId;
import org.backcare.knowledge.EquipmentNeeded;

/**
 * The clinic's book as it stands: the appointments holding time, each therapist's working week, the rooms and the
 * equipment each technique needs. Says what a new or moved appointment clashes with, and finds the nearest free time.
 */
public final class AppointmentBook {
    /** Other start times are tried on this grid, in minutes from the start of each stretch of working hours. */
    static final int GRID_MINUTES = 15;

    private final ClinicSettings settings;
    private final Map<Username, WorkingWeek> weeks;
    private final Map<String, Room> rooms;
    private final EquipmentNeeded equipmentNeeded;
    private final Map<LocalDate, List<Appointment>> byDay;

    public AppointmentBook(ClinicSettings settings, Map<Username, WorkingWeek> weeks, Collection<Room> rooms,
            Map<String, Set<String>> equipmentNeeded, Collection<Appointment> appointments) {
        this.settings = settings;
        this.weeks = Map.copyOf(weeks);
        this.rooms = rooms.stream().collect(Collectors.toUnmodifiableMap(Room::name, Function.identity()));
        this.equipmentNeeded = new EquipmentNeeded(equipmentNeeded);
        this.byDay = new HashMap<>();
        appointments.stream().filter(a -> a.status().holdsTime()).forEach(this::hold);
    }

    private void hold(Appointment appointment) {
        byDay.computeIfAbsent(appointment.start().toLocalDate(), d -> new ArrayList<>()).add(appointment);
    }

    public ClinicSettings settings() {
        return settings;
    }

    /** This book with one more appointment holding its time (the book itself is not changed). */
    public AppointmentBook with(Appointment placed) {
        var copy = new AppointmentBook(settings, weeks, rooms.values(), equipmentNeeded.byTechnique(), List.of());
        byDay.forEach((day, list) -> copy.byDay.put(day, new ArrayList<>(list)));
        copy.hold(placed);
        return copy;
    }

    /** The client's appointment in this book that holds the plan session ({@link HeldSessions}). */
    public Optional<Appointment> holding(ClientId client, int planSession, Instant now) {
        var ofClient = byDay.values().stream().flatMap(List::stream).filter(a -> a.client().equals(client)).toList();
        return HeldSessions.holding(ofClient, planSession, LocalDate.ofInstant(now, settings.zone()));
    }

    /** Everything the appointment clashes with; none means it can be booked. A moved one does not clash with itself. */
    public List<Clash> clashes(Appointment candidate, Instant now) {
        var clashes = new ArrayList<Clash>();
        if (candidate.startsAt(settings.zone()).isBefore(now)) {
            clashes.add(Clash.of(Clash.Kind.IN_THE_PAST, candidate.start() + " is in the past"));
        }
        skippedByTheClock(candidate.start()).ifPresent(clashes::add);
        hours(candidate).ifPresent(clashes::add);
        clashes.addAll(equipment(candidate));
        var day = candidate.start().toLocalDate();
        for (var d = day.minusDays(1); !d.isAfter(day.plusDays(1)); d = d.plusDays(1)) {
            for (var other : byDay.getOrDefault(d, List.of())) {
                if (other.id() == 0 || other.id() != candidate.id()) {
                    clashes.addAll(between(candidate, other));
                }
            }
        }
        return clashes;
    }

    /** A start the clinic's clock never shows: the hour skipped when the clocks go forward. */
    private Optional<Clash> skippedByTheClock(LocalDateTime start) {
        var transition = settings.zone().getRules().getTransition(start);
        if (transition == null || !transition.isGap()) {
            return Optional.empty();
        }
        return Optional.of(Clash.of(Clash.Kind.NOT_ON_THE_CLOCK, start.toLocalDate() + " " + start.toLocalTime()
                + " does not exist in " + settings.zone() + ": the clocks go forward from "
                + transition.getDateTimeBefore().toLocalTime() + " to " + transition.getDateTimeAfter().toLocalTime()));
    }

    private List<Clash> between(Appointment candidate, Appointment other) {
        boolean sameTherapist = candidate.therapist().equals(other.therapist());
        boolean sameRoom = candidate.room().isPresent() && candidate.room().equals(other.room());
        boolean sameClient = candidate.client().equals(other.client());
        if (!sameTherapist && !sameRoom && !sameClient) {
            return List.of();
        }
        var clashes = new ArrayList<Clash>();
        if (sameTherapist && overlap(candidate, other, true)) {
            clashes.add(Clash.with(Clash.Kind.THERAPIST_BUSY, candidate.therapist() + " is booked " + span(other)
                    + " (appointment " + other.id() + ")", other.id()));
        }
        if (sameRoom && overlap(candidate, other, true)) {
            clashes.add(Clash.with(Clash.Kind.ROOM_BUSY, "room " + candidate.room().get() + " is taken " + span(other)
                    + " (appointment " + other.id() + ")", other.id()));
        }
        if (sameClient && overlap(candidate, other, false)) {
            clashes.add(Clash.with(Clash.Kind.CLIENT_BUSY, candidate.client() + " is already booked " + span(other)
                    + " with " + other.therapist() + " (appointment " + other.id() + ")", other.id()));
        }
        return clashes;
    }

    /** Two appointments overlap; a therapist and a room also need the turnover gap after each client. */
    private boolean overlap(Appointment a, Appointment b, boolean withTurnover) {
        var gap = withTurnover ? settings.turnover() : Duration.ZERO;
        var zone = settings.zone();
        return a.startsAt(zone).isBefore(b.endsAt(zone).plus(gap)) && b.startsAt(zone).isBefore(a.endsAt(zone).plus(gap));
    }

    private String span(Appointment a) {
        return a.start().toLocalDate() + " " + a.start().toLocalTime() + "-" + a.end(settings.zone()).toLocalTime();
    }

    private Optional<Clash> hours(Appointment candidate) {
        var week = weeks.get(candidate.therapist());
        var day = candidate.start().toLocalDate();
        var end = candidate.end(settings.zone());
        if (week == null) {
            return Optional.of(Clash.of(Clash.Kind.OUTSIDE_HOURS, candidate.therapist() + " has no working hours yet"));
        }
        var hours = week.hoursOn(day);
        if (hours.isEmpty()) {
            var why = week.isOff(day) ? " is off on " : " does not work on ";
            return Optional.of(Clash.of(Clash.Kind.DAY_OFF, candidate.therapist() + why + day.getDayOfWeek()
                    .toString().substring(0, 3).toLowerCase() + " " + day));
        }
        var latest = latestOnTheClock(candidate, end.toLocalTime());
        boolean inside = end.toLocalDate().equals(day)
                && hours.stream().anyMatch(r -> r.contains(candidate.start().toLocalTime(), latest));
        if (inside) {
            return Optional.empty();
        }
        return Optional.of(Clash.of(Clash.Kind.OUTSIDE_HOURS, span(candidate) + " is outside " + candidate.therapist()
                + "'s hours that day (" + hours.stream().map(TimeRange::toString).collect(Collectors.joining(", ")) + ")"));
    }

    /**
     * The latest time the clinic's clock shows during the visit: its end, or the hour the clocks go back from when
     * they go back during it (a visit from 01:30 for 30 minutes ends at 01:00 by the new clock, and ran until 02:00
     * by the old one).
     */
    private LocalTime latestOnTheClock(Appointment visit, LocalTime end) {
        var zone = settings.zone();
        var change = zone.getRules().nextTransition(visit.startsAt(zone));
        if (change == null || change.isGap() || change.getInstant().isAfter(visit.endsAt(zone))) {
            return end;
        }
        var wentBackFrom = change.getDateTimeBefore().toLocalTime();
        return wentBackFrom.isAfter(end) ? wentBackFrom : end;
    }

    /** What the appointment's techniques need that its room lacks; none without a room. */
    private List<Clash> equipment(Appointment candidate) {
        if (candidate.room().isEmpty()) {
            return List.of();
        }
        var room = rooms.get(candidate.room().get());
        var clashes = new ArrayList<Clash>();
        for (var technique : candidate.techniques()) {
            var missing = equipmentNeeded.missing(technique, room == null ? Set.of() : room.equipment());
            if (!missing.isEmpty()) {
                clashes.add(Clash.of(Clash.Kind.ROOM_LACKS_EQUIPMENT, "room " + candidate.room().get() + " has no "
                        + String.join(", ", missing) + ", which " + technique + " needs"));
            }
        }
        return clashes;
    }

    /**
     * The free time nearest to the one wanted, from the first day to the last: the wanted time of day on the nearest
     * day first (a later day before an earlier one as near), then any time, nearest day and nearest time first.
     */
    public Optional<Appointment> nearestFree(Appointment wanted, LocalDate first, LocalDate last, Instant now) {
        var days = daysByDistance(wanted.start().toLocalDate(), first, last);
        for (var day : days) {
            var candidate = at(wanted, day.atTime(wanted.start().toLocalTime()));
            if (clashes(candidate, now).isEmpty()) {
                return Optional.of(candidate);
            }
        }
        for (var day : days) {
            for (var time : timesByDistance(wanted, day)) {
                var candidate = at(wanted, day.atTime(time));
                if (clashes(candidate, now).isEmpty()) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static Appointment at(Appointment wanted, LocalDateTime start) {
        return new Appointment(wanted.id(), wanted.client(), wanted.therapist(), wanted.room(), start, wanted.minutes(),
                wanted.status(), wanted.planSession(), wanted.techniques(), wanted.cautions(), wanted.cancellation(),
                wanted.moves(), wanted.needsReview());
    }

    private static List<LocalDate> daysByDistance(LocalDate target, LocalDate first, LocalDate last) {
        var days = new ArrayList<LocalDate>();
        long span = Math.max(ChronoUnit.DAYS.between(first, target),
                ChronoUnit.DAYS.between(target, last));
        for (long d = 0; d <= span; d++) {
            for (var day : d == 0 ? List.of(target) : List.of(target.plusDays(d), target.minusDays(d))) {
                if (!day.isBefore(first) && !day.isAfter(last)) {
                    days.add(day);
                }
            }
        }
        return days;
    }

    /**
     * Every free start for the wanted appointment from the first day to the last, in order, on the grid of each
     * therapist's working hours, each in the first of the rooms it fits in (as wanted when no rooms are given).
     */
    public List<Appointment> freeTimes(Appointment wanted, List<Optional<String>> rooms, LocalDate first,
            LocalDate last, Instant now) {
        var free = new ArrayList<Appointment>();
        var tried = rooms.isEmpty() ? List.of(wanted.room()) : rooms;
        for (var day = first; !day.isAfter(last); day = day.plusDays(1)) {
            for (var time : timesOn(wanted, day)) {
                var start = day.atTime(time);
                tried.stream().map(room -> at(wanted, start).inRoom(room)).filter(c -> clashes(c, now).isEmpty())
                        .findFirst().ifPresent(free::add);
            }
        }
        return free;
    }

    private List<LocalTime> timesOn(Appointment wanted, LocalDate day) {
        var week = weeks.get(wanted.therapist());
        if (week == null) {
            return List.of();
        }
        var times = new ArrayList<LocalTime>();
        for (var range : week.hoursOn(day)) {
            for (var t = range.start(); !t.plusMinutes(wanted.minutes()).isAfter(range.end())
                    && !t.isBefore(range.start()); t = t.plusMinutes(GRID_MINUTES)) {
                times.add(t);
                if (t.plusMinutes(GRID_MINUTES).isBefore(t)) {
                    break; // past midnight
                }
            }
        }
        return times;
    }

    private List<LocalTime> timesByDistance(Appointment wanted, LocalDate day) {
        var times = new ArrayList<>(timesOn(wanted, day));
        var preferred = wanted.start().toLocalTime();
        times.sort(Comparator.comparingLong((LocalTime t) -> Math.abs(Duration.between(preferred, t).toMinutes()))
                .thenComparing(Comparator.naturalOrder()));
        return times;
    }

    /** The therapist's working hours from the first day to the last, less the time their appointments hold. */
    public List<Window> openWindows(Username therapist, LocalDate first, LocalDate last) {
        var week = weeks.get(therapist);
        if (week == null) {
            return List.of();
        }
        var open = new ArrayList<Window>();
        for (var window : week.windows(first, last)) {
            var busy = byDay.getOrDefault(window.start().toLocalDate(), List.of()).stream()
                    .filter(a -> a.therapist().equals(therapist))
                    .sorted(Comparator.comparing(Appointment::start)).toList();
            var from = window.start();
            for (var a : busy) {
                var end = a.end(settings.zone()).plus(settings.turnover());
                if (a.start().isAfter(from) && a.start().isBefore(window.end())) {
                    open.add(new Window(from, a.start()));
                }
                if (end.isAfter(from)) {
                    from = end;
                }
            }
            if (from.isBefore(window.end())) {
                open.add(new Window(from, window.end()));
            }
        }
        return open;
    }
}
