package org.backcare.knowledge;

import java.util.List;
import org.backcare.intake.Region;

/**
 * What a session's minutes on a region concentrate on (intercostal work for shallow breathing, targeted work on the
 * sacroiliac joint...), given when its condition holds for that region's complaints and, when a technique is named,
 * only where the session works the region with that technique: screening has already decided the techniques.
 */
public record AreaFocus(String id, List<Region> regions, Condition when, String technique, String text,
        String source) {
    public AreaFocus {
        regions = List.copyOf(regions);
    }
}
