package org.backcare.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.backcare.RandomIntakes;
import org.backcare.files.KnowledgeFiles;
import org.backcare.intake.Intake;
import org.backcare.intake.Pressure;
import org.backcare.intake.Region;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.knowledge.Outcome;
import org.backcare.knowledge.TechniqueProperty;
import org.junit.jupiter.api.Test;

/**
 * The safety invariants, over generated intakes: whatever the intake, screening's limits hold in the plan.
 * Each property runs on thousands of seeded intakes; a failure names the intake, which fails again on every run.
 */
class SafetyProperties {
    private static final KnowledgeBase KNOWLEDGE = KnowledgeFiles.bundled();
    private static final CarePlanner PLANNER = new CarePlanner(KNOWLEDGE);
    private static final LocalDate START = LocalDate.of(2026, 12, 1);
    private static final int TRIES = 3_000;

    private static void forEveryIntake(long seed, Consumer<Intake> property) {
        var intakes = new RandomIntakes(KNOWLEDGE.vocabulary(), seed);
        for (int i = 0; i < TRIES; i++) {
            var intake = intakes.next();
            try {
                property.accept(intake);
            } catch (AssertionError e) {
                throw new AssertionError("fails for intake #" + i + " of seed " + seed + ": " + intake, e);
            }
        }
    }

    @Test
    void noPlanEverContainsATechniqueThatScreeningExcluded() {
        forEveryIntake(1, intake -> {
            var plan = PLANNER.plan(intake, START);
            var screening = plan.screening();
            assertThat(plan.techniques().ranked()).noneMatch(t -> screening.excludes(t.technique().id()));
            assertThat(plan.schedule().sessions()).flatExtracting(Session::techniques).noneMatch(screening::excludes);
        });
    }

    @Test
    void urgentOrReferMeansNoMassagePlanAndEveryOtherOutcomeHasOne() {
        forEveryIntake(2, intake -> {
            var plan = PLANNER.plan(intake, START);
            if (plan.screening().outcome().stopsMassage()) {
                assertThat(plan.schedule().sessions()).isEmpty();
                assertThat(plan.schedule().phases()).isEmpty();
                assertThat(plan.techniques().ranked()).isEmpty();
                assertThat(plan.homeCare()).isEmpty();
            } else {
                assertThat(plan.schedule().sessions()).isNotEmpty();
            }
            assertThat(plan.disclaimer()).contains("not a diagnosis");
        });
    }

    @Test
    void pressureNeverExceedsScreeningOrPreferenceAndRisesOneStepAtATime() {
        forEveryIntake(3, intake -> {
            var plan = PLANNER.plan(intake, START);
            var screening = plan.screening();
            Pressure previous = null;
            for (var session : plan.schedule().sessions()) {
                assertThat(session.pressure()).isLessThanOrEqualTo(screening.pressureMax())
                        .isLessThanOrEqualTo(intake.preferences().pressure());
                if (previous != null) {
                    assertThat(session.pressure().ordinal() - previous.ordinal()).isBetween(0, 1);
                }
                previous = session.pressure();
                for (var area : session.areas()) {
                    Region.byId(area.area()).ifPresent(region ->
                            assertThat(area.pressure()).isLessThanOrEqualTo(screening.pressureMaxFor(region)));
                }
            }
        });
    }

    @Test
    void avoidedRegionsAreNeverWorkedAndSessionsKeepTheirMinutes() {
        forEveryIntake(4, intake -> {
            var plan = PLANNER.plan(intake, START);
            for (var session : plan.schedule().sessions()) {
                assertThat(session.minutes()).isBetween(30, 60);
                for (var area : session.areas()) {
                    Region.byId(area.area()).ifPresent(region -> {
                        assertThat(plan.screening().avoids(region)).isFalse();
                        assertThat(area.minutes()).isBetween(10, 20);
                    });
                }
            }
        });
    }

    @Test
    void heatEssentialOilsAndOilStayOutWhereScreeningSaysSo() {
        forEveryIntake(5, intake -> {
            var used = PLANNER.plan(intake, START).techniques().ranked().stream().map(RankedTechnique::technique)
                    .toList();
            if (intake.hasHealthNote("pregnancy")) {
                assertThat(used).noneMatch(t -> t.has(TechniqueProperty.HEAT) || t.has(TechniqueProperty.ESSENTIAL_OILS));
            }
            if (intake.preferences().noOil() || intake.hasHealthNote("oil-allergy")
                    || intake.hasHealthNote("skin-sensitivity")) {
                assertThat(used).noneMatch(t -> t.has(TechniqueProperty.OIL) || t.has(TechniqueProperty.ESSENTIAL_OILS));
            }
            if (intake.hasHealthNote("osteoporosis")) {
                assertThat(used).extracting(t -> t.id()).doesNotContain("deep-tissue", "sports");
            }
        });
    }

    @Test
    void noPlanForAMinorAPregnancyOrAnAcuteStrainIsEverAboveModerateOrUsesDeepTissueWhereExcluded() {
        forEveryIntake(8, intake -> {
            var plan = PLANNER.plan(intake, START);
            boolean acute = intake.complaints().stream().anyMatch(c -> c.weeks() <= 6
                    && (c.has("muscle-strain") || c.knownCause().filter(List.of("sport", "lifting", "sudden-movement")::contains).isPresent()));
            boolean pregnant = intake.hasHealthNote("pregnancy");
            if (intake.client().age() < 18 || pregnant || acute) {
                assertThat(plan.schedule().sessions()).allMatch(s -> s.pressure().compareTo(Pressure.MODERATE) <= 0
                        && s.areas().stream().allMatch(a -> a.pressure().compareTo(Pressure.MODERATE) <= 0));
            }
            var used = plan.schedule().sessions().stream().flatMap(s -> s.techniques().stream()).toList();
            if (pregnant || acute) {
                assertThat(used).doesNotContain("deep-tissue");
            }
            if (acute) {
                assertThat(used).doesNotContain("sports");
            }
        });
    }

    @Test
    void noOlderAdultWithKyphosisOrUnknownBoneDensityIsGivenAFirmSelfMassageTool() {
        forEveryIntake(9, intake -> {
            boolean fragile = intake.client().age() >= 65 && (intake.hasHealthNote("bone-density-unknown")
                    || intake.complaints().stream().anyMatch(c -> c.has("kyphosis")));
            if (fragile) {
                assertThat(PLANNER.plan(intake, START).homeCare()).filteredOn(a -> a.topic().equals("self-massage"))
                        .noneMatch(a -> a.text().toLowerCase().matches(".*(roller|ball|massager|tool).*")
                                && !a.text().startsWith("Do not"));
            }
        });
    }

    @Test
    void noClientWithoutPainIsToldToSeeAProviderBecauseThePainDidNotImprove() {
        forEveryIntake(10, intake -> {
            if (intake.painFree()) {
                assertThat(PLANNER.plan(intake, START).reassess()).extracting(r -> r.id())
                        .doesNotContain("persists-despite-massage").noneMatch(id -> id.startsWith("no-change-by"));
            }
        });
    }

    @Test
    void uncontrolledHighBloodPressureIsNeverMassaged() {
        forEveryIntake(11, intake -> {
            if (intake.hasHealthNote("uncontrolled-high-blood-pressure")) {
                assertThat(PLANNER.plan(intake, START).schedule().sessions()).isEmpty();
            }
        });
    }

    @Test
    void signsOfCaudaEquinaAreAlwaysAndOnlyUrgent() {
        var caudaEquina = List.of("saddle-numbness", "bladder-or-bowel-change", "leg-weakness-progressive");
        forEveryIntake(6, intake -> {
            boolean signs = intake.healthNotes().stream().anyMatch(n -> caudaEquina.contains(n.id()));
            assertThat(PLANNER.plan(intake, START).screening().outcome() == Outcome.URGENT).isEqualTo(signs);
        });
    }

    @Test
    void theSameIntakeAlwaysGivesTheSamePlan() {
        forEveryIntake(7, intake -> assertThat(PLANNER.plan(intake, START)).isEqualTo(PLANNER.plan(intake, START)));
    }
}
