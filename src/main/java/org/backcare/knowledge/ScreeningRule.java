package org.backcare.knowledge;

import java.util.List;
import java.util.Map;
import org.backcare.intake.Pressure;
import org.backcare.intake.Region;

/**
 * A safety rule: when it holds, it sets the outcome and may exclude techniques, cap the pressure
 * (everywhere or over one region), keep hands off the regions a health note names, and change how sessions run.
 * A rule with {@code lastsWeeks} is for a passing phase (an acute injury): it lasts while the complaint it matched is
 * at most that many weeks old.
 */
public record ScreeningRule(
        String id,
        Outcome outcome,
        Condition when,
        String message,
        List<String> excludes,
        List<TechniqueProperty> excludesWith,
        Pressure pressureMax,
        Map<Region, Pressure> regionPressureMax,
        String avoidRegionsOf,
        boolean startLight,
        int sessionsPerPressureStep,
        List<String> modifications,
        String source,
        Integer lastsWeeks) {

    public ScreeningRule {
        excludes = List.copyOf(excludes);
        excludesWith = List.copyOf(excludesWith);
        regionPressureMax = Map.copyOf(regionPressureMax);
        modifications = List.copyOf(modifications);
    }
}
