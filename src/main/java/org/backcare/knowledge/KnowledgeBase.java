package org.backcare.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backcare.intake.Problem;
import org.backcare.intake.Region;
import org.backcare.intake.Vocabulary;

/**
 * All that Backcare knows about backs and massage, loaded from the knowledge files and checked as a whole.
 * Build one with {@link #checked}; it is immutable and safe to share.
 */
public record KnowledgeBase(
        String version,
        Vocabulary vocabulary,
        List<Term> terms,
        List<Technique> techniques,
        List<BackRegion> backRegions,
        List<ScreeningRule> screeningRules,
        List<FitRule> fitRules,
        List<FrequencyRule> frequencyRules,
        Advice whenSeveralFrequenciesApply,
        Advice reassessAfterFirstPhase,
        List<ResponseTime> responseTimes,
        List<Advice> sessionGuidance,
        List<Advice> homeCare,
        List<Advice> whenMassageIsNotEnough,
        SessionLimits sessionLimits,
        List<AfterEffect> afterEffects,
        ProgressRules progress,
        Advice disclaimer,
        Advice reassessWithoutPain,
        List<AreaFocus> areaFocus,
        List<EventCare> aroundEvent) {

    public KnowledgeBase {
        terms = List.copyOf(terms);
        techniques = List.copyOf(techniques);
        backRegions = List.copyOf(backRegions);
        screeningRules = List.copyOf(screeningRules);
        fitRules = List.copyOf(fitRules);
        frequencyRules = List.copyOf(frequencyRules);
        responseTimes = List.copyOf(responseTimes);
        sessionGuidance = List.copyOf(sessionGuidance);
        homeCare = List.copyOf(homeCare);
        whenMassageIsNotEnough = List.copyOf(whenMassageIsNotEnough);
        afterEffects = List.copyOf(afterEffects);
        areaFocus = List.copyOf(areaFocus);
        aroundEvent = List.copyOf(aroundEvent);
    }

    public Optional<AfterEffect> afterEffect(String id) {
        return afterEffects.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The knowledge base, or every problem that keeps it from being one (with those already found). */
    public static KnowledgeBase checked(KnowledgeBase candidate, List<Problem> alreadyFound) {
        var problems = new ArrayList<>(alreadyFound);
        problems.addAll(new KnowledgeCheck(candidate).problems());
        if (!problems.isEmpty()) {
            throw new InvalidKnowledgeException(problems);
        }
        return candidate;
    }

    public Optional<Technique> technique(String id) {
        return techniques.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<BackRegion> backRegion(Region region) {
        return backRegions.stream().filter(r -> r.region() == region).findFirst();
    }
}
