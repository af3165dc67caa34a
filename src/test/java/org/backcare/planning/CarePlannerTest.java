package org.backcare.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.backcare.intake.Region.LOWER_BACK;
import static org.backcare.intake.Region.MID_BACK;
import static org.backcare.intake.Region.UPPER_BACK;

import java.time.LocalDate;
import org.backcare.AnIntake;
import org.backcare.files.KnowledgeFiles;
import org.backcare.intake.Pressure;
import org.junit.jupiter.api.Test;

/** What a plan contains, in the words of the seeds. */
class CarePlannerTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private final CarePlanner planner = new CarePlanner(KnowledgeFiles.bundled());

    private CarePlan plan(AnIntake intake) {
        return planner.plan(intake.build(), MONDAY);
    }

    private static String topTechnique(CarePlan plan) {
        return plan.techniques().ranked().get(0).technique().id();
    }

    @Test
    void anOlderAdultWithKyphosisOrUnknownBoneDensityGetsNoSelfMassageTool() {
        var kyphosis = plan(AnIntake.aged(70).hurting(UPPER_BACK, 3, 20, "kyphosis").hurting(MID_BACK, 3, 20));
        var unknownDensity = plan(AnIntake.aged(66).hurting(UPPER_BACK, 3, 20).withConditions("bone-density-unknown"));
        var younger = plan(AnIntake.aged(64).hurting(UPPER_BACK, 3, 20, "kyphosis").hurting(MID_BACK, 3, 20));
        assertThat(kyphosis.homeCare()).extracting(a -> a.id()).doesNotContain("foam-roller", "tennis-ball");
        assertThat(unknownDensity.homeCare()).extracting(a -> a.id()).doesNotContain("foam-roller", "tennis-ball");
        assertThat(younger.homeCare()).extracting(a -> a.id()).contains("foam-roller", "tennis-ball");
    }

    @Test
    void aClientWithoutPainIsReassessedForMaintenanceNotToldToSeeAProviderIfNotBetter() {
        var plan = plan(AnIntake.aged(45).hurting(MID_BACK, 0, 30, "stiffness", "limited-motion").wanting("maintenance"));
        assertThat(plan.reassess()).extracting(r -> r.id()).contains("reassess-without-pain")
                .doesNotContain("persists-despite-massage", "reassess-after-first-phase")
                .noneMatch(id -> id.startsWith("no-change-by"));
        assertThat(plan.reassess()).noneMatch(r -> r.text().contains("Not better despite regular sessions"));
    }

    @Test
    void aRecentStrainIsReassessedWhenItsAcutePhaseEnds() {
        var plan = plan(AnIntake.aged(30).hurting(LOWER_BACK, 6, 2).causedBy("lifting"));
        var end = plan.reassess().stream().filter(r -> r.id().equals("end-of-acute-injury")).findFirst().orElseThrow();
        assertThat(end.text()).contains(MONDAY.plusWeeks(5).toString());
        assertThat(plan.schedule().sessions()).allMatch(s -> s.pressure().compareTo(Pressure.MODERATE) <= 0);
    }

    @Test
    void aNewcomerWithMildTensionGetsSwedish() {
        assertThat(topTechnique(plan(AnIntake.aged(25).hurting(MID_BACK, 2, 2, "stiffness").newToMassage())))
                .isEqualTo("swedish");
    }

    @Test
    void chronicSideTightnessOfTheLowerBackGetsDeepTissue() {
        assertThat(topTechnique(plan(AnIntake.aged(50).hurting(LOWER_BACK, 6, 14, "side-tightness"))))
                .isEqualTo("deep-tissue");
    }

    @Test
    void aSpotYouCanPointToGetsTriggerPoint() {
        assertThat(topTechnique(plan(AnIntake.aged(40).hurting(UPPER_BACK, 5, 6, "specific-tender-spot"))))
                .isEqualTo("trigger-point");
    }

    @Test
    void aBackThatFeelsStuckGetsMyofascialRelease() {
        assertThat(topTechnique(plan(AnIntake.aged(40).hurting(MID_BACK, 4, 6, "feels-stuck"))))
                .isEqualTo("myofascial-release");
    }

    @Test
    void aRunnerAfterTrainingGetsSports() {
        assertThat(topTechnique(plan(AnIntake.aged(30).hurting(LOWER_BACK, 3, 1, "soreness-after-exercise")
                .living("physically-active"))))
                .isEqualTo("sports");
    }

    @Test
    void stressGetsSwedishOrAromatherapy() {
        assertThat(topTechnique(plan(AnIntake.aged(35).hurting(UPPER_BACK, 4, 8, "neck-stiffness").living("stress")
                .preferring(Pressure.LIGHT))))
                .isIn("swedish", "aromatherapy");
    }

    @Test
    void everyRankedTechniqueSaysWhyWithASource() {
        var plan = plan(AnIntake.aged(42).hurting(UPPER_BACK, 5, 10, "knots").living("desk-work", "stress"));
        assertThat(plan.techniques().ranked()).isNotEmpty().allSatisfy(t -> {
            assertThat(t.reasons()).isNotEmpty();
            assertThat(t.reasons()).allSatisfy(r -> assertThat(r.source()).isNotBlank());
        });
    }

    @Test
    void acutePainStartsWithTwoOrThreeSessionsAWeekThenReduces() {
        var plan = plan(AnIntake.aged(40).hurting(LOWER_BACK, 5, 1, "muscle-strain"));
        assertThat(plan.frequency().rule().id()).isEqualTo("acute-pain");
        var initial = plan.schedule().phases().get(0);
        assertThat(initial.sessionsPerWeek()).isEqualTo(2);
        assertThat(plan.schedule().phases().get(1).intervalDays()).isEqualTo(7);
        assertThat(plan(AnIntake.aged(40).hurting(LOWER_BACK, 8, 1)).schedule().phases().get(0).sessionsPerWeek())
                .as("severe acute pain takes the frequent end").isEqualTo(3);
    }

    @Test
    void chronicPainIsWeeklyForFourToEightWeeksThenEveryTwoWeeks() {
        var mild = plan(AnIntake.aged(40).hurting(LOWER_BACK, 4, 20));
        var severe = plan(AnIntake.aged(40).hurting(LOWER_BACK, 7, 20));
        assertThat(mild.schedule().phases()).extracting(Phase::intervalDays, Phase::weeks)
                .containsExactly(tuple(7, 4), tuple(14, 8));
        assertThat(severe.schedule().phases().get(0).weeks()).isEqualTo(8);
    }

    @Test
    void deskWorkersWithoutPainComeEveryTwoToThreeWeeks() {
        var plan = plan(AnIntake.aged(40).hurting(UPPER_BACK, 0, 0).living("desk-work"));
        assertThat(plan.frequency().rule().id()).isEqualTo("desk-workers");
        assertThat(plan.schedule().phases().get(0).intervalDays()).isEqualTo(21);
        var busy = plan(AnIntake.aged(40).hurting(UPPER_BACK, 0, 0).living("desk-work", "stress"));
        assertThat(busy.frequency().rule().id()).isEqualTo("stress-related-tension");
    }

    @Test
    void withNothingElseMaintenanceIsMonthly() {
        var plan = plan(AnIntake.aged(40).hurting(MID_BACK, 0, 0).wanting("maintenance"));
        assertThat(plan.frequency().rule().id()).isEqualTo("general-maintenance");
        assertThat(plan.schedule().sessions()).extracting(Session::date)
                .containsExactly(MONDAY, MONDAY.plusDays(28), MONDAY.plusDays(56));
    }

    @Test
    void whenSeveralRowsApplyThePlanSaysWhichItFollowsAndWhy() {
        var plan = plan(AnIntake.aged(40).hurting(LOWER_BACK, 5, 20).living("desk-work", "stress"));
        assertThat(plan.frequency().rule().id()).isEqualTo("chronic-pain");
        assertThat(plan.frequency().alsoApplies()).extracting(r -> r.id())
                .contains("stress-related-tension", "desk-workers", "general-maintenance");
        assertThat(plan.frequency().reasons()).extracting(r -> r.rule()).contains("most-care-first");
    }

    @Test
    void sessionsLastThirtyToSixtyMinutesWithTenToTwentyPerAreaWeightedByPain() {
        var plan = plan(AnIntake.aged(40).hurting(UPPER_BACK, 9, 20).hurting(MID_BACK, 2, 20).hurting(LOWER_BACK, 6, 20));
        var session = plan.schedule().sessions().get(0);
        assertThat(session.minutes()).isBetween(30, 60);
        var upper = minutes(session, "upper-back");
        var mid = minutes(session, "mid-back");
        var lower = minutes(session, "lower-back");
        assertThat(upper).isGreaterThan(lower);
        assertThat(lower).isGreaterThan(mid);
        assertThat(session.areas()).allSatisfy(a -> assertThat(a.minutes()).isBetween(10, 20));
    }

    @Test
    void aShortSessionIsFilledToThirtyMinutes() {
        var session = plan(AnIntake.aged(40).hurting(MID_BACK, 0, 0)).schedule().sessions().get(0);
        assertThat(session.minutes()).isEqualTo(30);
        assertThat(minutes(session, "mid-back")).isEqualTo(20);
        assertThat(minutes(session, SessionArea.WARM_UP)).isEqualTo(10);
    }

    @Test
    void pressureStartsGentleAndStepsUpOnlyAsFarAsPreferenceAllows() {
        var plan = plan(AnIntake.aged(40).hurting(LOWER_BACK, 5, 20).preferring(Pressure.FIRM));
        assertThat(plan.schedule().sessions()).extracting(Session::pressure).startsWith(
                Pressure.MODERATE, Pressure.FIRM, Pressure.FIRM);
        var gentle = plan(AnIntake.aged(40).hurting(LOWER_BACK, 5, 20).preferring(Pressure.LIGHT));
        assertThat(gentle.schedule().sessions()).extracting(Session::pressure).containsOnly(Pressure.LIGHT);
        assertThat(plan.pressure().reasons().get(0).text()).endsWith("from moderate up to firm, one step every session");
        assertThat(gentle.pressure().reasons().get(0).text()).isEqualTo(
                "Gentle pressure: light throughout, the most this plan allows");
    }

    @Test
    void anOlderAdultStartsLightAndStepsUpEverySecondSession() {
        var plan = plan(AnIntake.aged(72).hurting(MID_BACK, 4, 30).preferring(Pressure.FIRM));
        assertThat(plan.schedule().sessions()).extracting(Session::pressure).startsWith(
                Pressure.LIGHT, Pressure.LIGHT, Pressure.MODERATE, Pressure.MODERATE, Pressure.FIRM);
        assertThat(plan.pressure().reasons().get(0).text()).endsWith("from light up to firm, one step every 2 sessions");
    }

    @Test
    void eachSessionUsesTheBestTechniquesThatFitItsPressure() {
        var plan = plan(AnIntake.aged(50).hurting(LOWER_BACK, 6, 14, "side-tightness").preferring(Pressure.FIRM));
        var first = plan.schedule().sessions().get(0);
        var later = plan.schedule().sessions().get(3);
        assertThat(later.techniques()).first().isEqualTo("deep-tissue");
        assertThat(first.techniques()).allSatisfy(id -> assertThat(
                plan.techniques().ranked().stream().filter(t -> t.technique().id().equals(id)).findFirst()
                        .orElseThrow().technique().allows(first.pressure())).isTrue());
    }

    @Test
    void chronicLowBackPainIsReassessedAfterFourSessionsAndReferredAfterTenWithoutChange() {
        var plan = plan(AnIntake.aged(50).hurting(LOWER_BACK, 6, 14));
        assertThat(plan.reassess()).filteredOn(r -> r.afterSession() != null)
                .extracting(Reassessment::afterSession).containsExactly(4, 10);
        assertThat(plan.reassess()).anyMatch(r -> r.text().contains("persists despite regular massage"));
    }

    @Test
    void homeworkMatchesThePerson() {
        var desk = plan(AnIntake.aged(40).hurting(UPPER_BACK, 4, 8).living("desk-work"));
        assertThat(desk.homeCare()).extracting(a -> a.id()).contains("sitting-breaks", "monitor-at-eye-level",
                "tennis-ball", "foam-roller");
        var athlete = plan(AnIntake.aged(30).hurting(LOWER_BACK, 3, 1, "soreness-after-exercise")
                .living("training-for-event"));
        assertThat(athlete.homeCare()).extracting(a -> a.id()).contains("recovery-timing", "no-lower-back-rolling")
                .doesNotContain("monitor-at-eye-level", "foam-roller");
    }

    @Test
    void aReferralPlanHasNoTechniquesCalendarOrHomework() {
        var plan = plan(AnIntake.aged(40).hurting(LOWER_BACK, 6, 3).withRedFlags("tingling"));
        assertThat(plan.techniques().ranked()).isEmpty();
        assertThat(plan.schedule().sessions()).isEmpty();
        assertThat(plan.homeCare()).isEmpty();
        assertThat(plan.reassess()).isNotEmpty();
        assertThat(plan.disclaimer()).contains("not a diagnosis");
    }

    @Test
    void theSameIntakeAndStartGiveTheSamePlan() {
        var intake = AnIntake.aged(42).hurting(UPPER_BACK, 5, 10, "knots").living("desk-work");
        assertThat(plan(intake)).isEqualTo(plan(intake));
    }

    private static int minutes(Session session, String area) {
        return session.areas().stream().filter(a -> a.area().equals(area)).findFirst().orElseThrow().minutes();
    }
}
