package org.backcare.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.backcare.intake.Complaint;
import org.backcare.intake.Intake;
import org.backcare.intake.Pressure;
import org.backcare.intake.Region;
import org.backcare.knowledge.FitRule;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.knowledge.Technique;
import org.backcare.screening.Exclusion;
import org.backcare.screening.Reason;
import org.backcare.screening.ScreeningResult;

/**
 * Ranks the techniques screening left for this person: each fit rule that holds adds its weight.
 * Techniques that cannot work on the painful regions or need more pressure than the person wants are set aside.
 */
final class TechniqueRanking {
    private final KnowledgeBase knowledge;
    /** The fit rules of each technique, in knowledge order. */
    private final Map<String, List<FitRule>> fitRules;

    TechniqueRanking(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.fitRules = knowledge.fitRules().stream().collect(Collectors.groupingBy(FitRule::technique));
    }

    TechniqueChoice rank(Intake intake, ScreeningResult screening, Pressure pressureTarget, List<FitRule> personal) {
        var workable = new ArrayList<>(intake.regions());
        workable.removeIf(screening::avoids);
        var ranked = new ArrayList<RankedTechnique>();
        var notSuited = new ArrayList<Exclusion>();
        for (Technique t : knowledge.techniques()) {
            if (screening.excludes(t.id())) {
                continue;
            }
            var unsuitable = unsuitability(t, workable, pressureTarget);
            if (!unsuitable.isEmpty()) {
                notSuited.add(new Exclusion(t.id(), unsuitable));
                continue;
            }
            var counted = workableFor(t, screening, pressureTarget);
            var reasons = new ArrayList<Reason>();
            int score = 0;
            for (var rule : fitRules.getOrDefault(t.id(), List.of())) {
                score += fits(rule, intake, counted, reasons);
            }
            for (var rule : personal) {
                score += rule.technique().equals(t.id()) ? fits(rule, intake, counted, reasons) : 0;
            }
            if (score > 0) {
                ranked.add(new RankedTechnique(t, score, reasons));
            }
        }
        ranked.sort(Comparator.comparingInt(RankedTechnique::score).reversed());
        return new TechniqueChoice(ranked, notSuited);
    }

    /** The rule's weight when it holds, its reason then added to {@code reasons}; 0 when it does not hold. */
    private static int fits(FitRule rule, Intake intake, Predicate<Complaint> counted, List<Reason> reasons) {
        if (!rule.when().holdsFor(intake, counted)) {
            return 0;
        }
        reasons.add(new Reason(rule.id(), rule.reason(), rule.source()));
        return rule.weight();
    }

    /** A complaint speaks for a technique only where the technique may be used: a region it works, at a pressure it allows. */
    private static Predicate<Complaint> workableFor(Technique t, ScreeningResult screening, Pressure target) {
        return c -> !screening.avoids(c.region()) && t.worksOn(c.region())
                && !t.minPressure().isAbove(target.atMost(screening.pressureMaxFor(c.region())));
    }

    private static boolean worksOnAny(Technique t, List<Region> regions) {
        for (var region : regions) {
            if (t.worksOn(region)) {
                return true;
            }
        }
        return false;
    }

    private static List<Reason> unsuitability(Technique t, List<Region> workable, Pressure target) {
        var reasons = new ArrayList<Reason>();
        if (!worksOnAny(t, workable)) {
            reasons.add(new Reason("technique-regions", t.name() + " works on the "
                    + String.join(", ", t.regions().stream().map(Region::id).toList())
                    + " only, not where it hurts", t.source()));
        }
        if (t.minPressure().isAbove(target)) {
            reasons.add(new Reason("pressure-preference", t.name() + " needs at least " + t.minPressure().id()
                    + " pressure; this plan stays at " + target.id() + " or lighter", t.source()));
        }
        return reasons;
    }
}
