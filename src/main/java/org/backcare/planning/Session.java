package org.backcare.planning;

import java.time.LocalDate;
import java.util.List;
import org.backcare.intake.Pressure;

/** One planned session on the calendar. */
public record Session(int number, LocalDate date, String phase, int minutes, Pressure pressure,
        List<String> techniques, List<SessionArea> areas) {
    public Session {
        techniques = List.copyOf(techniques);
        areas = List.copyOf(areas);
    }
}
