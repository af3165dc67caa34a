package org.backcare.knowledge;

import java.util.Arrays;
import java.util.Optional;

/** What a screening rule can exclude techniques by, instead of naming them one by one. */
public enum TechniqueProperty {
    OIL("oil"),
    HEAT("heat"),
    ESSENTIAL_OILS("essential-oils");

    private final String id;

    TechniqueProperty(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<TechniqueProperty> byId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }
}
