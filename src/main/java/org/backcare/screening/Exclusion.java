package org.backcare.screening;

import java.util.List;

/** A technique that screening ruled out, with every rule that ruled it out. */
public record Exclusion(String technique, List<Reason> reasons) {
    public Exclusion {
        reasons = List.copyOf(reasons);
    }
}
