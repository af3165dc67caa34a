package org.backcare.planning;

import java.util.List;
import org.backcare.knowledge.FrequencyRule;
import org.backcare.screening.Reason;

/**
 * The row of the frequency table this plan follows, why, and the other rows that also applied. The plan starts
 * at phase {@code firstPhase} of the row (0 unless the client improved and the plan stepped down).
 */
public record FrequencyChoice(FrequencyRule rule, int firstPhase, boolean moreCare, List<Reason> reasons,
        List<FrequencyRule> alsoApplies) {
    public FrequencyChoice {
        reasons = List.copyOf(reasons);
        alsoApplies = List.copyOf(alsoApplies);
    }
}
