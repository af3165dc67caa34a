package org.backcare.intake;

import java.util.List;

/**
 * A medical condition or red flag from the intake, optionally tied to the back regions it concerns
 * (for example acute inflammation of the lower back). No regions means "not said", not "nowhere".
 */
public record HealthNote(String id, List<Region> regions) {
    public HealthNote {
        regions = List.copyOf(regions);
    }

    public static HealthNote of(String id) {
        return new HealthNote(id, List.of());
    }
}
