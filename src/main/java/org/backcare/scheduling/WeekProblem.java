package org.backcare.scheduling;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
                    starts(week, openHours, appointment.minutes())));
        }
        for (var due : week.due()) {
            visits.add(Visit.wanted(due, due.screening().stopsMassage() ? List.of()
                    : starts(week, due.available(), due.minutes())));
        }
        return new WeekSchedule(week.therapists(), week.rooms(), visits, weights.overrides());
    }

    /** A therapist in the book who is not among this week's therapists: nobody new is given to them. */
    private static Therapist standIn(String username) {
        return new Therapist(username, Set.of(), 0, List.of());
    }

    /** Every start on the grid, on the week's days, from which {@code minutes} fit inside one of the windows. */
    static List<LocalDateTime> starts(ClinicWeek week, List<WeeklyWindow> windows, int minutes) {
        var starts = new java.util.TreeSet<LocalDateTime>();
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
