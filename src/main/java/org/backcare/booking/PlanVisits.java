package org.backcare.booking;

import java.util.List;
import org.backcare.planning.CarePlan;
import org.backcare.planning.Phase;
import org.backcare.planning.Session;

/** The sessions of a plan as visits to book, each with the tolerance of its phase's interval. */
public final class PlanVisits {
    private PlanVisits() {
    }

    public static List<PlannedVisit> of(CarePlan plan) {
        return plan.schedule().sessions().stream().map(s -> visit(s, plan.schedule().phases())).toList();
    }

    private static PlannedVisit visit(Session session, List<Phase> phases) {
        int interval = phases.stream().filter(p -> p.name().equals(session.phase())).findFirst()
                .map(Phase::gapDays).orElse(7);
        return new PlannedVisit(session.number(), session.date(), session.minutes(), session.techniques(),
                Tolerance.days(interval));
    }
}
