package org.backcare.planning;

import java.util.List;
import org.backcare.knowledge.FitRule;

/**
 * What a client's history changes in their next plan: phases of the frequency already done (the plan steps down
 * past them), fit rules of their own (techniques they said worked or did not), and where their course stands.
 */
public record Adjustments(int phasesDone, List<FitRule> personalRules, CourseSoFar soFar) {
    public static final Adjustments NONE = new Adjustments(0, List.of(), CourseSoFar.NONE);

    public Adjustments {
        personalRules = List.copyOf(personalRules);
    }
}
