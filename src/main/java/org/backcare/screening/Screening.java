package org.backcare.screening;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backcare.intake.Complaint;
import org.backcare.intake.Intake;
import org.backcare.intake.Pressure;
import org.backcare.intake.Region;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.knowledge.Outcome;
import org.backcare.knowledge.ScreeningRule;
import org.backcare.knowledge.Technique;

/**
 * Safety screening, run before anything else: applies every screening rule of the knowledge base to an intake.
 * Limits only ever add up; no rule can loosen what another rule set.
 */
public final class Screening {
    private final KnowledgeBase knowledge;

    public Screening(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    public ScreeningResult screen(Intake intake) {
        var run = new Run(intake);
        for (var rule : knowledge.screeningRules()) { // every rule, every plan: loops here, not streams (JMH)
            if (rule.when().holdsFor(intake)) {
                run.apply(rule);
            }
        }
        run.referWhenNothingIsLeftToWork();
        run.excludeTechniquesAboveThePressureCap();
        return run.result();
    }

    private final class Run {
        private final Intake intake;
        private final List<Finding> findings = new ArrayList<>();
        private final Map<String, List<Reason>> excluded = new LinkedHashMap<>();
        private final Map<Region, Pressure> regionPressureMax = new EnumMap<>(Region.class);
        private final Map<Region, Finding> avoided = new EnumMap<>(Region.class);
        private Outcome outcome = Outcome.CLEAR;
        private Pressure pressureMax = Pressure.FIRM;
        private boolean startLight;
        private int sessionsPerStep = knowledge.sessionLimits().sessionsPerPressureStep();

        Run(Intake intake) {
            this.intake = intake;
        }

        void apply(ScreeningRule rule) {
            var finding = new Finding(rule.id(), rule.outcome(), rule.message(), rule.modifications(), rule.source(),
                    endsInWeeks(rule));
            findings.add(finding);
            outcome = outcome.worst(rule.outcome());
            var reason = new Reason(rule.id(), rule.message(), rule.source());
            rule.excludes().forEach(t -> exclude(t, reason));
            if (!rule.excludesWith().isEmpty()) {
                knowledge.techniques().stream()
                        .filter(t -> rule.excludesWith().stream().anyMatch(t::has))
                        .forEach(t -> exclude(t.id(), reason));
            }
            if (rule.pressureMax() != null) {
                pressureMax = pressureMax.atMost(rule.pressureMax());
            }
            rule.regionPressureMax().forEach((region, cap) ->
                    regionPressureMax.merge(region, cap, Pressure::atMost));
            if (rule.avoidRegionsOf() != null) {
                regionsOf(rule.avoidRegionsOf()).forEach(r -> avoided.putIfAbsent(r, finding));
            }
            startLight |= rule.startLight();
            sessionsPerStep = Math.max(sessionsPerStep, rule.sessionsPerPressureStep());
        }

        /**
         * Weeks from the intake until a passing rule ends: when the most recent complaint it matched (the one with
         * the fewest weeks) is past the rule's last week.
         */
        private Integer endsInWeeks(ScreeningRule rule) {
            if (rule.lastsWeeks() == null) {
                return null;
            }
            int youngest = intake.complaints().stream()
                    .filter(c -> rule.when().holdsFor(intake, matched -> matched == c))
                    .mapToInt(Complaint::weeks).min().orElse(rule.lastsWeeks());
            return Math.max(1, rule.lastsWeeks() + 1 - youngest);
        }

        /** The regions a health note names; a note that names none concerns every region that hurts. */
        private List<Region> regionsOf(String healthNote) {
            var named = intake.healthNotes().stream().filter(n -> n.id().equals(healthNote))
                    .flatMap(n -> n.regions().stream()).distinct().toList();
            boolean unnamed = intake.healthNotes().stream()
                    .anyMatch(n -> n.id().equals(healthNote) && n.regions().isEmpty());
            return unnamed ? intake.regions() : named;
        }

        void referWhenNothingIsLeftToWork() {
            if (outcome.stopsMassage() || avoided.isEmpty()) {
                return;
            }
            if (intake.regions().stream().allMatch(avoided::containsKey)) {
                var cause = avoided.values().iterator().next();
                findings.add(new Finding(cause.rule() + "-everywhere", Outcome.REFER,
                        "Every area that hurts has to be avoided (" + cause.message()
                                + "): see a healthcare provider before any massage.",
                        List.of(), cause.source()));
                outcome = outcome.worst(Outcome.REFER);
            }
        }

        /** A technique whose gentlest pressure is above the cap of every region it could work on cannot be done safely. */
        void excludeTechniquesAboveThePressureCap() {
            var workable = new ArrayList<>(intake.regions());
            workable.removeIf(avoided::containsKey);
            if (workable.isEmpty()) {
                return;
            }
            for (Technique t : knowledge.techniques()) {
                if (!fitsSomewhere(t, workable)) {
                    exclude(t.id(), pressureCapReason(t));
                }
            }
        }

        private boolean fitsSomewhere(Technique t, List<Region> workable) {
            for (var region : workable) {
                if (!t.minPressure().isAbove(capFor(region))) {
                    return true;
                }
            }
            return false;
        }

        private Reason pressureCapReason(Technique t) {
            var capping = findings.stream()
                    .filter(f -> knowledge.screeningRules().stream().anyMatch(r -> r.id().equals(f.rule())
                            && (r.pressureMax() != null || !r.regionPressureMax().isEmpty())))
                    .toList();
            var rules = String.join(", ", capping.stream().map(Finding::rule).toList());
            var sources = String.join("; ", capping.stream().map(Finding::source).distinct().toList());
            return new Reason(rules, t.name() + " needs at least " + t.minPressure().id()
                    + " pressure, above what screening allows (" + rules + ")", sources);
        }

        private Pressure capFor(Region region) {
            return pressureMax.atMost(regionPressureMax.getOrDefault(region, Pressure.FIRM));
        }

        private void exclude(String technique, Reason reason) {
            var reasons = excluded.computeIfAbsent(technique, t -> new ArrayList<>());
            if (reasons.stream().noneMatch(r -> r.rule().equals(reason.rule()))) {
                reasons.add(reason);
            }
        }

        ScreeningResult result() {
            var exclusions = new ArrayList<Exclusion>();
            for (var t : knowledge.techniques()) {
                var reasons = excluded.get(t.id());
                if (reasons != null) {
                    exclusions.add(new Exclusion(t.id(), reasons));
                }
            }
            return new ScreeningResult(outcome, findings, exclusions, pressureMax, regionPressureMax, avoided,
                    startLight, Math.max(1, sessionsPerStep));
        }
    }
}
