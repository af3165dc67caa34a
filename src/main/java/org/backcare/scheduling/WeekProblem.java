package org.backcare.scheduling;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns a clinic's week into what the solver works on: one visit per wanted session and per booked appointment. */
final class WeekProblem {
    static final int GRID_MINUTES = 15;

    private WeekProblem() {}

    static WeekSchedule of(ClinicWeek week, PlannerWeights weights) {
        Map<String, Therapist> therapists = week.therapists().stream()
                .collect(Collectors.toMap(Therapist::username, Function.identity(), (a, b) -> a));
        Map<String, Room> rooms = week.rooms().stream()
                .collect(Collectors.toMap(Room::id, Function.identity(), (a, b) -> a));
        var visits = new ArrayList<Visit>();
        var openHours = week.therapists().stream().flatMap(t -> t.hours().stream()).toList();
        for (var appointment : week.booked()) {
            boolean movable = week.mayMoveUnconfirmed() && !appointment.confirmed();
            visits.add(Visit.booked(appointment,
                    therapists.getOrDefault(appointment.therapist(), standIn(appointment.therapist())),
                    rooms.getOrDefault(appointment.room(), new Room(appointment.room(), Set.of())), movable,
                    starts(week, openHours, appointment.minutes()), week.therapists(), week.rooms()));
        }
        var wanted = new ArrayList<Visit>();
        for (var due : week.due()) {
            var starts = starts(week, due.available(), due.minutes());
            var trained = therapists(week, due, starts);
            var equipped = rooms(week, due);
            boolean placeable = !due.screening().stopsMassage() && !trained.isEmpty() && !equipped.isEmpty();
            wanted.add(placeable ? Visit.wanted(due, nearestFirst(starts, due), usualFirst(trained, due), equipped)
                    : Visit.wanted(due, List.of(), week.therapists(), week.rooms()));
        }
        wanted.sort(Comparator.comparingInt(v -> v.getPossibleStarts().size() * v.getPossibleTherapists().size()));
        visits.addAll(wanted);
        return new WeekSchedule(week.therapists(), week.rooms(), visits, weights.overrides());
    }

    /*
     * The construction heuristic places each visit at the first time, therapist and room that breaks no rule, trying
     * them in the order of these lists and the visits with the fewest choices first: so the plan's date and the
     * usual therapist come first, when they are free.
     */
    private static List<LocalDateTime> nearestFirst(List<LocalDateTime> starts, DueSession due) {
        return starts.stream().sorted(Comparator.comparingLong((LocalDateTime s) ->
                Math.abs(s.toLocalDate().toEpochDay() - due.idealDate().toEpochDay()))
                .thenComparing(Comparator.naturalOrder())).toList();
    }

    private static List<Therapist> usualFirst(List<Therapist> therapists, DueSession due) {
        return therapists.stream().sorted(Comparator.comparing(t -> !t.username().equals(due.usualTherapist())))
                .toList();
    }

    /**
     * The therapists who may give the session: trained in its main technique and working at one of the starts. The
     * rooms that may hold it: those with all the equipment its techniques need ({@code EquipmentNeeded}, the rule
     * the appointment book checks). When either is empty, the session is never placed, and the reasons say why;
     * so no proposal puts a session with an untrained therapist or in a room the book would refuse.
     */
    private static List<Therapist> therapists(ClinicWeek week, DueSession due, List<LocalDateTime> starts) {
        return week.therapists().stream().filter(t -> t.isTrainedIn(due.mainTechnique()))
                .filter(t -> starts.stream().anyMatch(s -> t.works(s, s.plusMinutes(due.minutes())))).toList();
    }

    /** The therapists who may give the session at one of the client's times in the week (see above). */
    static List<Therapist> therapists(ClinicWeek week, DueSession due) {
        return therapists(week, due, starts(week, due.available(), due.minutes()));
    }

    private static List<Room> rooms(ClinicWeek week, DueSession due) {
        return week.rooms().stream().filter(r -> r.has(due.equipment())).toList();
    }

    /** A therapist in the book who is not among this week's therapists: nobody new is given to them. */
    private static Therapist standIn(String username) {
        return new Therapist(username, Set.of(), 0, List.of());
    }

    /** Every start on the grid, on the week's days, from which {@code minutes} fit inside one of the windows. */
    static List<LocalDateTime> starts(ClinicWeek week, List<WeeklyWindow> windows, int minutes) {
        var starts = new TreeSet<LocalDateTime>();
        for (int d = 0; d < week.days(); d++) {
            LocalDate day = week.firstDay().plusDays(d);
            for (var window : windows) {
                if (window.day() != day.getDayOfWeek()) {
                    continue;
                }
                for (var t = day.atTime(window.from()); window.holds(t, t.plusMinutes(minutes));
                        t = t.plusMinutes(GRID_MINUTES)) {
                    starts.add(t);
                }
            }
        }
        return new ArrayList<>(starts);
    }
}
