package org.backcare.booking;

import java.time.LocalDate;
import java.util.List;

/** A dated exception that opens a day, such as an extra Saturday: on that day these hours replace the usual ones. */
public record ExtraDay(LocalDate day, List<TimeRange> hours) {
    public ExtraDay {
        hours = List.copyOf(hours);
    }
}
