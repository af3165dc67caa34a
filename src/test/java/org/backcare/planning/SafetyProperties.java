package org.backcare.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.backcare.files.KnowledgeFiles;
import org.backcare.intake.Client;
import org.backcare.intake.Complaint;
import org.backcare.intake.HealthNote;
import org.backcare.intake.Intake;
import org.backcare.intake.Preferences;
import org.backcare.intake.Pressure;
import org.backcare.intake.Region;
import org.backcare.intake.Side;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.knowledge.Outcome;
import org.backcare.knowledge.TechniqueProperty;

/** The safety invariants, over generated intakes: whatever the intake, screening's limits hold in the plan. */
class SafetyProperties {
    private static final KnowledgeBase KNOWLEDGE = KnowledgeFiles.bundled();
    private static final CarePlanner PLANNER = new CarePlanner(KNOWLEDGE);
    private static final LocalDate START = LocalDate.of(2026, 12, 1);

    @Property(tries = 2000)
    void noPlanEverContainsATechniqueThatScreeningExcluded(@ForAll("intakes") Intake intake) {
        var plan = PLANNER.plan(intake, START);
        var screening = plan.screening();
        assertThat(plan.techniques().ranked()).noneMatch(t -> screening.excludes(t.technique().id()));
        assertThat(plan.schedule().sessions()).flatExtracting(Session::techniques)
                .noneMatch(screening::excludes);
    }

    @Property(tries = 2000)
    void urgentOrReferMeansNoMassagePlan(@ForAll("intakes") Intake intake) {
        var plan = PLANNER.plan(intake, START);
        if (plan.screening().outcome().stopsMassage()) {
            assertThat(plan.schedule().sessions()).isEmpty();
            assertThat(plan.schedule().phases()).isEmpty();
            assertThat(plan.techniques().ranked()).isEmpty();
            assertThat(plan.homeCare()).isEmpty();
        } else {
            assertThat(plan.schedule().sessions()).isNotEmpty();
        }
        assertThat(plan.disclaimer()).isNotBlank();
    }

    @Property(tries = 2000)
    void pressureNeverExceedsScreeningOrPreferenceAndRisesGently(@ForAll("intakes") Intake intake) {
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
    }

    @Property(tries = 2000)
    void avoidedRegionsAreNeverWorkedAndSessionsKeepTheirLimits(@ForAll("intakes") Intake intake) {
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
    }

    @Property(tries = 1000)
    void heatEssentialOilsAndOilAreRuledOutWhereScreeningSaysSo(@ForAll("intakes") Intake intake) {
        var plan = PLANNER.plan(intake, START);
        var used = plan.techniques().ranked().stream().map(RankedTechnique::technique).toList();
        if (intake.hasHealthNote("pregnancy")) {
            assertThat(used).noneMatch(t -> t.has(TechniqueProperty.HEAT) || t.has(TechniqueProperty.ESSENTIAL_OILS));
        }
        if (intake.preferences().noOil() || intake.hasHealthNote("oil-allergy") || intake.hasHealthNote("skin-sensitivity")) {
            assertThat(used).noneMatch(t -> t.has(TechniqueProperty.OIL) || t.has(TechniqueProperty.ESSENTIAL_OILS));
        }
    }

    @Property(tries = 1000)
    void signsOfCaudaEquinaAreAlwaysUrgent(@ForAll("intakes") Intake intake) {
        boolean cauda = intake.healthNotes().stream().anyMatch(n -> List.of("saddle-numbness",
                "bladder-or-bowel-change", "leg-weakness-progressive").contains(n.id()));
        assertThat(PLANNER.plan(intake, START).screening().outcome() == Outcome.URGENT).isEqualTo(cauda);
    }

    @Property(tries = 500)
    void theSameIntakeAlwaysGivesTheSamePlan(@ForAll("intakes") Intake intake) {
        assertThat(PLANNER.plan(intake, START)).isEqualTo(PLANNER.plan(intake, START));
    }

    @Provide
    Arbitrary<Intake> intakes() {
        var vocabulary = KNOWLEDGE.vocabulary();
        var client = Arbitraries.integers().between(0, 120).map(age -> new Client("Generated", age));
        var complaints = complaint(vocabulary.symptoms(), vocabulary.causes()).list().ofMinSize(1).ofMaxSize(4);
        var lifestyle = Arbitraries.of(vocabulary.lifestyle()).list().uniqueElements().ofMaxSize(3);
        var conditions = healthNote(vocabulary.conditions()).list().ofMaxSize(3);
        // Most generated intakes have no red flag, so that most of them reach a plan whose limits can be checked.
        var redFlags = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(List.<HealthNote>of())),
                Tuple.of(1, healthNote(vocabulary.redFlags()).list().ofMinSize(1).ofMaxSize(2)));
        var preferences = Combinators.combine(Arbitraries.of(Pressure.class), Arbitraries.of(true, false),
                Arbitraries.of(true, false)).as(Preferences::new);
        var goals = Arbitraries.of(vocabulary.goals()).list().uniqueElements().ofMaxSize(3);
        return Combinators.combine(client, complaints, lifestyle, conditions, redFlags, preferences, goals)
                .as(Intake::new);
    }

    private static Arbitrary<Complaint> complaint(List<String> symptoms, List<String> causes) {
        return Combinators.combine(Arbitraries.of(Region.class), Arbitraries.of(Side.class),
                Arbitraries.of(symptoms).list().uniqueElements().ofMaxSize(4), Arbitraries.integers().between(0, 10),
                Arbitraries.integers().between(0, 300), Arbitraries.of(causes).injectNull(0.3))
                .as(Complaint::new);
    }

    private static Arbitrary<HealthNote> healthNote(List<String> ids) {
        return Combinators.combine(Arbitraries.of(ids), Arbitraries.of(Region.class).list().uniqueElements()
                .ofMaxSize(2)).as(HealthNote::new);
    }
}
