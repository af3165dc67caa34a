package org.backcare.planning;

import java.util.List;
import org.backcare.knowledge.Technique;
import org.backcare.screening.Reason;

/** A technique recommended for this person, with its score and every reason behind it. */
public record RankedTechnique(Technique technique, int score, List<Reason> reasons) {
    public RankedTechnique {
        reasons = List.copyOf(reasons);
    }
}
