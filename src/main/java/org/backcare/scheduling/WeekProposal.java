package org.backcare.scheduling;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The week the planner proposes: its score ({@code hard/medium/soft}), whether it breaks no hard rule, every
 * session placed with why it is there, and every wanted session it did not place with the reason.
 */
public record WeekProposal(String score, boolean feasible, List<Placed> sessions, List<Unplanned> unplanned) {
    public WeekProposal {
        sessions = List.copyOf(sessions);
        unplanned = List.copyOf(unplanned);
    }

    public record Placed(String client, String therapist, String room, LocalDateTime start, LocalDateTime end,
            int planSession, boolean usualTherapist, int daysOffPlan, List<String> why) {
        public Placed {
            why = List.copyOf(why);
        }
    }

    public record Unplanned(String client, int planSession, String reason) {}

    public int wanted() {
        return sessions.size() + unplanned.size();
    }
}
