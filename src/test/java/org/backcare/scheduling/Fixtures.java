package org.backcare.scheduling;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.backcare.intake.Pressure;
import org.backcare.knowledge.Outcome;

/** Small, readable pieces of a clinic's week for the planner's tests. */
final class Fixtures {
    static final LocalDate MONDAY_7_DEC = LocalDate.of(2026, 12, 7);

    private Fixtures() {}

    static WeeklyWindow window(DayOfWeek day, String from, String to) {
        return new WeeklyWindow(day, LocalTime.parse(from), LocalTime.parse(to));
    }

    static LocalDateTime monday(String time) {
        return MONDAY_7_DEC.atTime(LocalTime.parse(time));
    }

    static LocalDateTime tuesday(String time) {
        return MONDAY_7_DEC.plusDays(1).atTime(LocalTime.parse(time));
    }

    static final List<WeeklyWindow> WEEKDAYS_9_TO_17 = List.of(window(MONDAY, "09:00", "17:00"),
            window(TUESDAY, "09:00", "17:00"));

    static Therapist therapist(String name, String... skills) {
        return new Therapist(name, Set.of(skills), 40 * 60, WEEKDAYS_9_TO_17);
    }

    static final Therapist MEI = therapist("mei", "swedish", "kati-basti", "hot-stone");
    static final Therapist TOM = therapist("tom", "swedish");
    static final Room ROOM_1 = new Room("room-1", Set.of());
    static final Room STONE_ROOM = new Room("stone-room", Set.of("heated-table", "stone-heater", "kati-basti-set"));

    static DueSession due(String client, int minutes, String technique) {
        return new DueSession(client, 3, minutes, technique, Pressure.MODERATE, Set.of(), "mei", MONDAY_7_DEC, 1,
                WEEKDAYS_9_TO_17, List.of(), Outcome.CLEAR);
    }

    static Visit visit(DueSession due, LocalDateTime start, Therapist therapist, Room room) {
        return Visit.wanted(due, List.of(start), List.of(therapist), List.of(room)).at(start, therapist, room);
    }

    static Visit visit(String client, LocalDateTime start, Therapist therapist) {
        return visit(due(client, 60, "swedish"), start, therapist, ROOM_1);
    }
}
