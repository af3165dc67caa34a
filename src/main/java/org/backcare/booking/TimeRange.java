package org.backcare.booking;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/** A stretch of a day, such as 09:00-17:00: from its start up to (not including) its end. */
public record TimeRange(LocalTime start, LocalTime end) {
    public TimeRange {
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("hours: " + start + "-" + end + " ends before it starts");
        }
    }

    /** Reads {@code 09:00-17:00}. */
    public static TimeRange parse(String text) {
        var parts = text.trim().split("-");
        if (parts.length != 2) {
            throw new IllegalArgumentException("hours: '" + text.trim() + "' is not a time range like 09:00-17:00");
        }
        try {
            return new TimeRange(LocalTime.parse(parts[0].trim()), LocalTime.parse(parts[1].trim()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("hours: '" + text.trim() + "' is not a time range like 09:00-17:00");
        }
    }

    public boolean contains(LocalTime from, LocalTime to) {
        return !from.isBefore(start) && !to.isAfter(end) && !to.isBefore(from);
    }

    public boolean overlaps(TimeRange other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
