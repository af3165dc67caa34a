package org.backcare.planning;

import java.util.List;

public record Schedule(List<Phase> phases, List<Session> sessions) {
    public Schedule {
        phases = List.copyOf(phases);
        sessions = List.copyOf(sessions);
    }

    public static Schedule none() {
        return new Schedule(List.of(), List.of());
    }
}
