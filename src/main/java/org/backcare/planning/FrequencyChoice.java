package org.backcare.planning;

import java.util.List;
import org.backcare.knowledge.FrequencyRule;
import org.backcare.screening.Reason;

/** The row of the frequency table this plan follows, why, and the other rows that also applied. */
public record FrequencyChoice(FrequencyRule rule, boolean moreCare, List<Reason> reasons, List<FrequencyRule> alsoApplies) {
    public FrequencyChoice {
        reasons = List.copyOf(reasons);
        alsoApplies = List.copyOf(alsoApplies);
    }
}
