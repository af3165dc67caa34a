package org.backcare.scheduling;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each rule of the week planner weighs: its level (hard rules are never broken in a feasible week, medium is
 * planning every session, soft is how good the week is), the weight of one unit, and why it weighs that much.
 * The defaults ship in {@code scheduling/weights.yaml}; a clinic's own file changes the weights.
 */
public record PlannerWeights(Map<String, Weight> weights) {
    public enum Level { HARD, MEDIUM, SOFT }

    public record Weight(Level level, int weight, String unit, String why) {}

    public PlannerWeights {
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    }

    public Weight of(String rule) {
        return weights.get(rule);
    }

    ConstraintWeightOverrides<HardMediumSoftScore> overrides() {
        var scores = new LinkedHashMap<String, HardMediumSoftScore>();
        weights.forEach((rule, w) -> scores.put(rule, switch (w.level()) {
            case HARD -> HardMediumSoftScore.ofHard(w.weight());
            case MEDIUM -> HardMediumSoftScore.ofMedium(w.weight());
            case SOFT -> HardMediumSoftScore.ofSoft(w.weight());
        }));
        return ConstraintWeightOverrides.of(scores);
    }
}
