package org.backcare.booking;

import java.time.LocalDate;
import java.util.List;

/** A session of the plan, as the front desk books it: its number, day, length, techniques and how far it may move. */
public record PlannedVisit(int session, LocalDate date, int minutes, List<String> techniques, int toleranceDays) {
    public PlannedVisit {
        techniques = List.copyOf(techniques);
    }
}
