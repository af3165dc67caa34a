package org.backcare.scheduling;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/** A therapist as the week planner sees them: trained techniques (knowledge-base ids), hours and a weekly limit. */
public record Therapist(String username, Set<String> skills, int weeklyMinutes, List<WeeklyWindow> hours) {
    public Therapist {
        skills = Set.copyOf(skills);
        hours = List.copyOf(hours);
    }

    public boolean isTrainedIn(String technique) {
        return skills.contains(technique);
    }

    public boolean works(LocalDateTime start, LocalDateTime end) {
        return hours.stream().anyMatch(w -> w.holds(start, end));
    }

    @Override
    public String toString() {
        return username;
    }
}
