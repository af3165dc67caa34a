package org.backcare.planning;

import java.util.List;
import org.backcare.screening.Exclusion;

/** The techniques ranked for a person, and those that do not suit them (region or pressure), with why. */
public record TechniqueChoice(List<RankedTechnique> ranked, List<Exclusion> notSuited) {
    public TechniqueChoice {
        ranked = List.copyOf(ranked);
        notSuited = List.copyOf(notSuited);
    }

    public static TechniqueChoice none() {
        return new TechniqueChoice(List.of(), List.of());
    }
}
