package org.backcare.planning;

import java.time.LocalDate;
import java.util.List;

/** One piece of event care on the plan's dates, with the planned sessions that fall within it. */
public record EventNote(String id, LocalDate from, LocalDate to, String text, List<Integer> sessions, String source) {
    public EventNote {
        sessions = List.copyOf(sessions);
    }
}
