package org.backcare.scheduling;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** A stretch of time that recurs each week: a therapist's working hours, or when a client can come. */
public record WeeklyWindow(DayOfWeek day, LocalTime from, LocalTime to) {
    public WeeklyWindow {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("a window ends after it starts: " + from + "-" + to);
        }
    }

    /** Whether the whole of [start, end) falls inside this window (a window never crosses midnight). */
    public boolean holds(LocalDateTime start, LocalDateTime end) {
        return start.getDayOfWeek() == day && end.toLocalDate().equals(start.toLocalDate())
                && !start.toLocalTime().isBefore(from) && !end.toLocalTime().isAfter(to);
    }

    @Override
    public String toString() {
        return day.toString().substring(0, 3) + " " + from + "-" + to;
    }
}
