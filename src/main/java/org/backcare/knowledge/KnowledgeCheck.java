package org.backcare.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import org.backcare.intake.Problem;
import org.backcare.intake.Region;

/** Checks a knowledge base as a whole: ids unique, every reference resolves, every entry cites a source. */
final class KnowledgeCheck {
    private final KnowledgeBase kb;
    private final List<Problem> problems = new ArrayList<>();

    KnowledgeCheck(KnowledgeBase kb) {
        this.kb = kb;
    }

    List<Problem> problems() {
        checkTerms();
        checkTechniques();
        checkBackRegions();
        checkAreaFocus();
        checkEventCare();
        checkScreeningRules();
        checkFitRules();
        checkFrequencyRules();
        checkResponseTimes();
        checkAdvice("session-guidance.yaml", kb.sessionGuidance());
        checkAdvice("home-care.yaml", kb.homeCare());
        checkAdvice("when-not-enough.yaml", kb.whenMassageIsNotEnough());
        checkSessionLimits();
        checkAfterEffects();
        checkProgressRules();
        requireSource("disclaimer.yaml", kb.disclaimer().source());
        requireSource("frequency.yaml: when-several-apply", kb.whenSeveralFrequenciesApply().source());
        requireSource("frequency.yaml: reassess-after-first-phase", kb.reassessAfterFirstPhase().source());
        return problems;
    }

    private void checkTerms() {
        unique("vocabulary", kb.terms(), Term::id);
        kb.terms().forEach(t -> requireSource(at("vocabulary", t.id()), t.source()));
    }

    private void checkTechniques() {
        unique("techniques.yaml", kb.techniques(), Technique::id);
        for (var t : kb.techniques()) {
            var where = at("techniques.yaml", t.id());
            requireSource(where, t.source());
            if (t.minPressure().isAbove(t.maxPressure())) {
                problem(where + ".pressure", "min '" + t.minPressure().id() + "' is above max '" + t.maxPressure().id() + "'");
            }
            if (t.regions().isEmpty()) {
                problem(where + ".regions", "name at least one region");
            }
        }
    }

    private void checkBackRegions() {
        for (var region : Region.values()) {
            if (kb.backRegion(region).isEmpty()) {
                problem("regions.yaml", "region '" + region.id() + "' is not described");
            }
        }
        for (var r : kb.backRegions()) {
            var where = at("regions.yaml", r.region().id());
            requireSource(where, r.source());
            knownTerms(where + ".typical-symptoms", r.typicalSymptoms(), kb.vocabulary().symptoms());
        }
    }

    private void checkAreaFocus() {
        unique("regions.yaml: focus", kb.areaFocus(), AreaFocus::id);
        for (var f : kb.areaFocus()) {
            var where = at("regions.yaml: focus", f.id());
            requireSource(where, f.source());
            requireText(where + ".text", f.text());
            checkCondition(where + ".when", f.when());
            if (f.regions().isEmpty()) {
                problem(where + ".regions", "name at least one region");
            }
            if (f.technique() != null) {
                knownTechnique(where + ".technique", f.technique());
            }
        }
    }

    private void checkEventCare() {
        unique("session-guidance.yaml: around-event", kb.aroundEvent(), EventCare::id);
        for (var e : kb.aroundEvent()) {
            var where = at("session-guidance.yaml: around-event", e.id());
            requireSource(where, e.source());
            requireText(where + ".text", e.text());
            if (e.fromDay() > e.toDay()) {
                problem(where, "from-day " + e.fromDay() + " is after to-day " + e.toDay());
            }
        }
    }

    private void checkScreeningRules() {
        unique("screening.yaml", kb.screeningRules(), ScreeningRule::id);
        for (var r : kb.screeningRules()) {
            var where = at("screening.yaml", r.id());
            requireSource(where, r.source());
            requireText(where + ".message", r.message());
            checkCondition(where + ".when", r.when());
            r.excludes().forEach(id -> knownTechnique(where + ".excludes", id));
            if (r.avoidRegionsOf() != null) {
                knownTerms(where + ".avoid-regions-of", List.of(r.avoidRegionsOf()), kb.vocabulary().healthNotes());
            }
            if (r.sessionsPerPressureStep() < 0) {
                problem(where + ".sessions-per-pressure-step", "must be 1 or more");
            }
        }
    }

    private void checkFitRules() {
        unique("technique-fit.yaml", kb.fitRules(), FitRule::id);
        for (var r : kb.fitRules()) {
            var where = at("technique-fit.yaml", r.id());
            requireSource(where, r.source());
            requireText(where + ".reason", r.reason());
            knownTechnique(where + ".technique", r.technique());
            checkCondition(where + ".when", r.when());
        }
    }

    private void checkFrequencyRules() {
        unique("frequency.yaml", kb.frequencyRules(), FrequencyRule::id);
        unique("frequency.yaml (priority)", kb.frequencyRules(), r -> Integer.toString(r.priority()));
        for (var r : kb.frequencyRules()) {
            var where = at("frequency.yaml", r.id());
            requireSource(where, r.source());
            checkCondition(where + ".applies-when", r.appliesWhen());
            checkCondition(where + ".more-care-when", r.moreCareWhen());
            if (r.phases().isEmpty()) {
                problem(where + ".phases", "name at least one phase");
            }
            for (var p : r.phases()) {
                checkPhase(where + ".phases[" + p.name() + "]", p);
            }
        }
        if (kb.frequencyRules().stream().noneMatch(r -> r.appliesWhen().isAlways())) {
            problem("frequency.yaml", "one situation must apply always (general maintenance), so every plan has a frequency");
        }
    }

    private void checkPhase(String where, FrequencyRule.PhaseTemplate p) {
        if ((p.sessionsPerWeek() == null) == (p.intervalDays() == null)) {
            problem(where, "give either sessions-per-week or interval-days");
        }
        for (var range : Arrays.asList(p.sessionsPerWeek(), p.intervalDays(), p.weeks())) {
            if (range != null && (!range.isValid() || range.max() == 0)) {
                problem(where, "range " + range + " must be positive with min <= max");
            }
        }
    }

    private void checkResponseTimes() {
        unique("research.yaml", kb.responseTimes(), ResponseTime::id);
        for (var r : kb.responseTimes()) {
            var where = at("research.yaml", r.id());
            requireSource(where, r.source());
            checkCondition(where + ".applies-when", r.appliesWhen());
        }
    }

    private void checkAdvice(String family, List<Advice> advice) {
        unique(family, advice, Advice::id);
        for (var a : advice) {
            var where = at(family, a.id());
            requireSource(where, a.source());
            requireText(where + ".text", a.text());
            checkCondition(where + ".when", a.when());
        }
    }

    private void checkSessionLimits() {
        var limits = kb.sessionLimits();
        requireSource("best-practices.yaml: minutes-per-area", limits.minutesPerAreaSource());
        requireSource("best-practices.yaml: session-minutes", limits.sessionMinutesSource());
        requireSource("best-practices.yaml: pressure-step", limits.pressureStepSource());
        if (!limits.minutesPerArea().isValid() || !limits.sessionMinutes().isValid()) {
            problem("best-practices.yaml", "minute ranges must have min <= max");
        }
    }

    private void checkAfterEffects() {
        unique("after-effects.yaml", kb.afterEffects(), AfterEffect::id);
        for (var e : kb.afterEffects()) {
            var where = at("after-effects.yaml", e.id());
            requireSource(where, e.source());
            if (e.action() == AfterEffect.Action.REFER) {
                knownTerms(where + ".refer-as", List.of(String.valueOf(e.referAs())), kb.vocabulary().redFlags());
            }
        }
    }

    private void checkProgressRules() {
        var rules = kb.progress();
        for (var advice : List.of(rules.stepDown(), rules.lapse(), rules.feedback(), rules.notImproving(),
                rules.reassessed())) {
            requireSource("progress.yaml: " + advice.topic(), advice.source());
        }
        if (rules.lapseFactor() < 1 || rules.feedbackWeight() < 0) {
            problem("progress.yaml", "lapse factor must be 1 or more and feedback weight 0 or more");
        }
    }

    private void checkCondition(String where, Condition condition) {
        var vocabulary = kb.vocabulary();
        for (var c : concat(condition.anyOf(), condition.unless())) {
            knownTerms(where + ".symptoms", c.symptoms(), vocabulary.symptoms());
            knownTerms(where + ".causes", c.causes(), vocabulary.causes());
            knownTerms(where + ".lifestyle", c.lifestyle(), vocabulary.lifestyle());
            knownTerms(where + ".health", c.healthNotes(), vocabulary.healthNotes());
            knownTerms(where + ".goals", c.goals(), vocabulary.goals());
        }
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private void knownTechnique(String where, String id) {
        if (kb.technique(id).isEmpty()) {
            problem(where, "unknown technique '" + id + "'");
        }
    }

    private void knownTerms(String where, Collection<String> ids, List<String> known) {
        ids.stream().filter(id -> !known.contains(id))
                .forEach(id -> problem(where, "unknown id '" + id + "'"));
    }

    private <T> void unique(String family, List<T> entries, Function<T, String> id) {
        var seen = new HashSet<String>();
        entries.stream().map(id).filter(i -> !seen.add(i))
                .forEach(i -> problem(family, "'" + i + "' is defined twice"));
    }

    private void requireSource(String where, String source) {
        if (source == null || source.isBlank()) {
            problem(where + ".source", "every entry must cite its source (a seed file and section, or a published guideline)");
        }
    }

    private void requireText(String where, String text) {
        if (text == null || text.isBlank()) {
            problem(where, "must not be empty");
        }
    }

    private static String at(String family, String id) {
        return family + "[" + id + "]";
    }

    private void problem(String where, String message) {
        problems.add(new Problem(where, message));
    }
}
