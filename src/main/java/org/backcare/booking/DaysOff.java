package org.backcare.booking;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/** A holiday or sick leave: no booking from the first day to the last, both included. */
public record DaysOff(LocalDate first, LocalDate last) {
    public DaysOff {
        Objects.requireNonNull(first);
        Objects.requireNonNull(last);
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("off: " + first + ".." + last + " ends before it starts");
        }
    }

    /** Reads {@code 2026-12-24..2026-12-26}, or one day. */
    public static DaysOff parse(String text) {
        var ends = text.trim().split("\\.\\.");
        try {
            var first = LocalDate.parse(ends[0].trim());
            return ends.length == 1 ? new DaysOff(first, first) : new DaysOff(first, LocalDate.parse(ends[1].trim()));
        } catch (DateTimeParseException | ArrayIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("off: '" + text.trim() + "' is not a day or days like 2026-12-24..2026-12-26");
        }
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    @Override
    public String toString() {
        return first.equals(last) ? first.toString() : first + ".." + last;
    }
}
