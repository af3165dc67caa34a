package org.backcare.web.plans;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.backcare.clients.PlanSnapshot;
import org.backcare.web.Frame;

/**
 * The plan page: the plan, and either the staff's part (keeping the plan on file) or the client's (their homework
 * log). {@code notice} says what the last action did; empty when there is nothing to say.
 */
public record PlanPage(Frame frame, ShownPlan shown, Optional<Keeping> keeping, Optional<HomeworkLog> homework,
        String notice) {

    /** The "Keep this plan" form and the plans kept so far, oldest first. */
    public record Keeping(String path, long version, List<PlanSnapshot> kept) {
        public Keeping {
            kept = List.copyOf(kept);
        }

        public List<PlanSnapshot> newestFirst() {
            var newest = new ArrayList<>(kept);
            Collections.reverse(newest);
            return newest;
        }
    }
}
