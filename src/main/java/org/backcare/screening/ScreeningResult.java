package org.backcare.screening;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backcare.intake.Pressure;
import org.backcare.intake.Region;
import org.backcare.knowledge.Outcome;

/**
 * The outcome of safety screening and every limit it puts on a plan. A plan may only be made when
 * {@link #allowsMassage()}; it then uses no excluded technique, works no avoided region and
 * never presses harder than {@link #pressureMaxFor(Region)}.
 */
public record ScreeningResult(
        Outcome outcome,
        List<Finding> findings,
        List<Exclusion> excluded,
        Pressure pressureMax,
        Map<Region, Pressure> regionPressureMax,
        Map<Region, Finding> avoidedRegions,
        boolean startLight,
        int sessionsPerPressureStep) {

    public ScreeningResult {
        findings = List.copyOf(findings);
        excluded = List.copyOf(excluded);
        regionPressureMax = Map.copyOf(regionPressureMax);
        avoidedRegions = Map.copyOf(avoidedRegions);
    }

    public boolean allowsMassage() {
        return !outcome.stopsMassage();
    }

    public boolean excludes(String technique) {
        return exclusion(technique).isPresent();
    }

    public Optional<Exclusion> exclusion(String technique) {
        for (int i = 0; i < excluded.size(); i++) { // asked for every technique of every plan: no stream
            if (excluded.get(i).technique().equals(technique)) {
                return Optional.of(excluded.get(i));
            }
        }
        return Optional.empty();
    }

    public boolean avoids(Region region) {
        return avoidedRegions.containsKey(region);
    }

    public Pressure pressureMaxFor(Region region) {
        return pressureMax.atMost(regionPressureMax.getOrDefault(region, Pressure.FIRM));
    }
}
