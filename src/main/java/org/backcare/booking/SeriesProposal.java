package org.backcare.booking;

import java.util.List;

/** A series ready for the person to confirm: what could be placed (and where), and what could not, with why. */
public record SeriesProposal(List<Placed> placed, List<NotPlaced> notPlaced) {
    public SeriesProposal {
        placed = List.copyOf(placed);
        notPlaced = List.copyOf(notPlaced);
    }

    /** A session placed; {@code moved} when it is not at the wanted day and time. */
    public record Placed(PlannedVisit visit, Appointment appointment, boolean moved) {
    }

    public record NotPlaced(PlannedVisit visit, String why) {
    }
}
