package org.backcare.booking;

import java.time.LocalDate;
import org.backcare.clients.ClientHistory;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.planning.CarePlan;
import org.backcare.progress.ProgressOverview;

/**
 * The client's current plan, as booking takes it: the one place the appointment book reads the plan's upcoming
 * sessions (today, the plan as {@code backcare plan ID} makes it from the history, starting on the day given).
 */
public final class PlanToBook {
    private final ProgressOverview overview;

    public PlanToBook(KnowledgeBase knowledge) {
        this.overview = new ProgressOverview(knowledge);
    }

    /** The plan from {@code from} on: its screening decides whether to book, its sessions are the ones to book. */
    public CarePlan upcoming(ClientHistory history, LocalDate from) {
        return overview.nextPlan(overview.adaptation(history, from), from);
    }
}
