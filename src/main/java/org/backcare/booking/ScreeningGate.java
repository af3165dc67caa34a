package org.backcare.booking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.backcare.intake.Pressure;
import org.backcare.knowledge.Outcome;
import org.backcare.screening.Finding;
import org.backcare.screening.ScreeningResult;

/**
 * Screening has the last word on booking: an urgent or refer client is not booked for massage (the refusal says
 * what to do instead); a caution client is, and each appointment carries the cautions onto the day sheet.
 */
public final class ScreeningGate {
    private ScreeningGate() {
    }

    /** The cautions an appointment carries; fails with {@link ScreeningRefusedException} when screening stops massage. */
    public static List<String> admit(ScreeningResult screening) {
        if (!screening.allowsMassage()) {
            var instead = screening.findings().stream().filter(f -> f.outcome().stopsMassage())
                    .map(Finding::message).distinct().toList();
            throw new ScreeningRefusedException(screening.outcome(), instead);
        }
        return cautions(screening);
    }

    static List<String> cautions(ScreeningResult screening) {
        var cautions = new ArrayList<String>();
        if (screening.pressureMax() != Pressure.FIRM) {
            cautions.add("pressure at most " + screening.pressureMax().id());
        }
        screening.regionPressureMax().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> cautions.add(e.getKey().id() + ": pressure at most " + e.getValue().id()));
        screening.avoidedRegions().keySet().stream().sorted()
                .forEach(region -> cautions.add("avoid " + region.id()));
        screening.excluded().forEach(e -> cautions.add("no " + e.technique()));
        if (screening.startLight()) {
            cautions.add("start light");
        }
        if (screening.outcome() == Outcome.CAUTION && cautions.isEmpty()) {
            screening.findings().stream().filter(f -> f.outcome() == Outcome.CAUTION)
                    .forEach(f -> cautions.add(f.rule()));
        }
        return cautions;
    }
}
