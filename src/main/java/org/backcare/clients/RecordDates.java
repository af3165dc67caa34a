package org.backcare.clients;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The days a record or a plan may fall on: years 1900 to 2999. Beyond them a date is a slip (+99999-01-01 parses,
 * and would make a calendar no program can read).
 */
public final class RecordDates {
    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2999, 12, 31);
    /** What a date must be, for messages. */
    public static final String RULE = "a date from " + FIRST + " to " + LAST + ", written YYYY-MM-DD";

    private RecordDates() {
    }

    /**
     * Reads a date written YYYY-MM-DD within the years allowed.
     *
     * @throws DateTimeParseException when it is not one
     */
    public static LocalDate parse(String text) {
        var date = LocalDate.parse(text);
        if (date.isBefore(FIRST) || date.isAfter(LAST)) {
            throw new DateTimeParseException(text + " is outside " + FIRST + " to " + LAST, text, 0);
        }
        return date;
    }
}
