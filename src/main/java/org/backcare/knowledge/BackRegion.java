package org.backcare.knowledge;

import java.util.List;
import org.backcare.intake.Region;

/** What a region of the back is made of and what commonly goes wrong there. */
public record BackRegion(Region region, String name, List<String> muscles, List<String> commonProblems,
        List<String> typicalSymptoms, String source) {
    public BackRegion {
        muscles = List.copyOf(muscles);
        commonProblems = List.copyOf(commonProblems);
        typicalSymptoms = List.copyOf(typicalSymptoms);
    }
}
