package org.backcare.booking;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** A dated exception that opens a day, such as an extra Saturday: on that day these hours replace the usual ones. */
public record ExtraDay(LocalDate day, List<TimeRange> hours) {
    public ExtraDay {
        hours = List.copyOf(hours);
    }

    /** Read from {@code 2026-12-19=10:00-14:00}; refused with a message starting "extra: ". */
    public static ExtraDay parse(String text) {
        var parts = text.split("=");
        if (parts.length != 2) {
            throw new IllegalArgumentException("extra: '" + text + "' should read like 2026-12-19=10:00-14:00");
        }
        try {
            return new ExtraDay(LocalDate.parse(parts[0].strip()), List.of(TimeRange.parse(parts[1])));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("extra: '" + parts[0] + "' is not a date like 2026-12-19");
        } catch (IllegalArgumentException e) { // the hours' own message, said of the extra day
            throw new IllegalArgumentException("extra: " + e.getMessage().replaceFirst("^hours: ", ""));
        }
    }

    @Override
    public String toString() {
        return day + "=" + String.join(", ", hours.stream().map(TimeRange::toString).toList());
    }
}
