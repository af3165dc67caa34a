package org.backcare.scheduling;

import java.time.LocalDate;
import java.util.List;
import org.backcare.planning.CarePlan;

/**
 * A client with their current plan, as the week planner needs them: the last session they had (null if none yet),
 * how many of this plan's sessions they have had, their usual therapist (null if none), and the weekly times they
 * can come and would rather come.
 */
public record ClientOnPlan(String client, CarePlan plan, LocalDate lastSession, int sessionsDone,
        String usualTherapist, List<WeeklyWindow> available, List<WeeklyWindow> preferred) {
    public ClientOnPlan {
        available = List.copyOf(available);
        preferred = List.copyOf(preferred);
    }
}
