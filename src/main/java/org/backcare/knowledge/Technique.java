package org.backcare.knowledge;

import java.util.List;
import org.backcare.intake.Pressure;
import org.backcare.intake.Region;

/** A massage technique as the seeds describe it. */
public record Technique(
        String id,
        String name,
        String family,
        String description,
        List<String> bestFor,
        Pressure minPressure,
        Pressure maxPressure,
        OilUse oil,
        boolean heat,
        boolean essentialOils,
        List<Region> regions,
        List<String> cautions,
        List<String> equipment,
        String source) {

    public enum OilUse { REQUIRED, OPTIONAL, NONE }

    public Technique {
        bestFor = List.copyOf(bestFor);
        regions = List.copyOf(regions);
        cautions = List.copyOf(cautions);
        equipment = List.copyOf(equipment);
    }

    public boolean allows(Pressure pressure) {
        return !pressure.isAbove(maxPressure) && !minPressure.isAbove(pressure);
    }

    public boolean worksOn(Region region) {
        return regions.contains(region);
    }

    /** Whether the technique has a property that a screening rule can rule out ({@code oil}, {@code heat}, {@code essential-oils}). */
    public boolean has(TechniqueProperty property) {
        return switch (property) {
            case OIL -> oil == OilUse.REQUIRED;
            case HEAT -> heat;
            case ESSENTIAL_OILS -> essentialOils;
        };
    }
}
