package org.backcare.planning;

import java.util.List;
import org.backcare.knowledge.FitRule;

/**
 * What a client's history changes in their next plan: phases of the frequency already done (the plan steps down
 * past them), and fit rules of their own (techniques they said worked or did not).
 */
public record Adjustments(int phasesDone, List<FitRule> personalRules) {
    public static final Adjustments NONE = new Adjustments(0, List.of());

    public Adjustments {
        personalRules = List.copyOf(personalRules);
    }
}
