package org.backcare.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.intake.Region.LOWER_BACK;
import static org.backcare.intake.Region.MID_BACK;
import static org.backcare.intake.Region.UPPER_BACK;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;
import org.backcare.AnIntake;
import org.backcare.RandomIntakes;
import org.backcare.files.KnowledgeFiles;
import org.backcare.intake.Intake;
import org.backcare.intake.Pressure;
import org.backcare.intake.Region;
import org.backcare.knowledge.Advice;
import org.backcare.knowledge.AreaFocus;
import org.backcare.knowledge.KnowledgeBase;
import org.junit.jupiter.api.Test;

/** What the seeds say that the plans now use, and that screening still wins over each of them. */
class SeedContentTest {
    private static final KnowledgeBase KNOWLEDGE = KnowledgeFiles.bundled();
    private static final CarePlanner PLANNER = new CarePlanner(KNOWLEDGE);
    private static final LocalDate START = LocalDate.of(2026, 12, 1);

    private static CarePlan plan(AnIntake intake) {
        return PLANNER.plan(intake.build(), START);
    }

    private static void forEveryIntake(long seed, Consumer<Intake> property) {
        var intakes = new RandomIntakes(KNOWLEDGE.vocabulary(), seed);
        for (int i = 0; i < 2_000; i++) {
            var intake = intakes.next();
            try {
                property.accept(intake);
            } catch (AssertionError e) {
                throw new AssertionError("fails for intake #" + i + " of seed " + seed + ": " + intake, e);
            }
        }
    }

    /** The focus ids of the first session's area on a region. */
    private static List<String> focusOn(CarePlan plan, String region) {
        return plan.schedule().sessions().get(0).areas().stream().filter(a -> a.area().equals(region))
                .flatMap(a -> a.focus().stream()).map(AreaFocus::id).toList();
    }

    @Test
    void shallowBreathingInTheMidBackBringsIntercostalWorkThereOnly() {
        var plan = plan(AnIntake.aged(40).hurting(MID_BACK, 4, 6, "shallow-breathing")
                .hurting(LOWER_BACK, 4, 6, "stiffness"));
        assertThat(focusOn(plan, "mid-back")).contains("intercostal-work");
        assertThat(focusOn(plan, "lower-back")).doesNotContain("intercostal-work");
        assertThat(plan.focus()).extracting(AreaFocus::source).allMatch(s -> s.contains("002_a2e44ad849196633.txt"));
    }

    @Test
    void sacroiliacPainBringsTargetedWorkOnTheLowerBack() {
        var plan = plan(AnIntake.aged(45).hurting(LOWER_BACK, 5, 10, "si-joint-pain"));
        assertThat(focusOn(plan, "lower-back")).containsExactly("si-joint-work");
    }

    @Test
    void anInflamedMidBackIsNotWorkedSoItGetsNoIntercostalWork() {
        var plan = plan(AnIntake.aged(40).hurting(MID_BACK, 4, 6, "shallow-breathing")
                .hurting(UPPER_BACK, 4, 6, "knots").withCondition("acute-inflammation", MID_BACK));
        assertThat(plan.focus()).extracting(AreaFocus::id).doesNotContain("intercostal-work");
    }

    @Test
    void aTenderSpotGetsSustainedTriggerPointHoldsWhereTriggerPointIsUsed() {
        var plan = plan(AnIntake.aged(40).hurting(UPPER_BACK, 5, 6, "specific-tender-spot").preferring(
                Pressure.FIRM));
        assertThat(plan.schedule().sessions()).anySatisfy(s -> assertThat(s.areas())
                .anyMatch(a -> a.techniques().contains("trigger-point")
                        && a.focus().stream().anyMatch(f -> f.id().equals("trigger-point-hold"))));
    }

    @Test
    void bloodThinnersKeepPressureLightSoNoTriggerPointHolds() {
        var plan = plan(AnIntake.aged(40).hurting(UPPER_BACK, 5, 6, "specific-tender-spot", "knots")
                .withConditions("anticoagulants"));
        assertThat(plan.focus()).extracting(AreaFocus::id).doesNotContain("trigger-point-hold");
    }

    @Test
    void longSittingBuildsTriggerPointsAndTheSeedRuleSaysSo() {
        var plan = plan(AnIntake.aged(40).hurting(UPPER_BACK, 4, 20, "stiffness").causedBy("sitting"));
        assertThat(plan.techniques().ranked()).filteredOn(t -> t.technique().id().equals("trigger-point"))
                .flatExtracting(RankedTechnique::reasons).extracting(r -> r.rule())
                .contains("sustained-tension-trigger-point");
    }

    @Test
    void everyFocusBelongsToAWorkedRegionAndNamesOnlyATechniqueTheAreaUses() {
        forEveryIntake(9, intake -> {
            var plan = PLANNER.plan(intake, START);
            for (var session : plan.schedule().sessions()) {
                for (var area : session.areas()) {
                    for (var focus : area.focus()) {
                        assertThat(focus.regions()).extracting(r -> r.id()).contains(area.area());
                        assertThat(plan.screening().avoids(Region.byId(area.area()).orElseThrow()))
                                .isFalse();
                        if (focus.technique() != null) {
                            assertThat(area.techniques()).contains(focus.technique());
                            assertThat(plan.screening().excludes(focus.technique())).isFalse();
                        }
                    }
                }
            }
        });
    }

    // ---- around the event

    private static CarePlan planWithEvent(AnIntake intake, LocalDate event) {
        var i = intake.build();
        return PLANNER.plan(new Intake(i.client(), i.complaints(), i.lifestyle(), i.conditions(), i.redFlags(),
                i.preferences(), i.goals(), event), START);
    }

    private static AnIntake runner() {
        return AnIntake.aged(29).hurting(LOWER_BACK, 4, 6, "soreness-after-exercise").causedBy("sport")
                .living("physically-active", "training-for-event").preferring(Pressure.FIRM);
    }

    @Test
    void anEventDateBringsTheSeedsCareAroundItOnTheCalendarsDates() {
        var event = LocalDate.of(2027, 1, 14); // a Thursday: the Tuesday session two days before falls in the window
        var plan = planWithEvent(runner(), event);
        assertThat(plan.aroundEvent()).extracting(EventNote::id).containsExactly("more-before-event",
                "no-deep-work-before-event", "no-session-on-event-day", "recovery-after-event");
        var noDeepWork = plan.aroundEvent().get(1);
        assertThat(noDeepWork.from()).isEqualTo(event.minusDays(2));
        assertThat(noDeepWork.to()).isEqualTo(event.minusDays(1));
        var tuesday = plan.schedule().sessions().stream().filter(s -> s.date().equals(event.minusDays(2)))
                .findFirst().orElseThrow();
        assertThat(noDeepWork.sessions()).containsExactly(tuesday.number());
        assertThat(plan.aroundEvent()).allMatch(n -> n.source().contains("_a2e44ad849196633.txt §"));
    }

    @Test
    void withoutAnEventDateThereIsNoEventCare() {
        assertThat(plan(runner()).aroundEvent()).isEmpty();
    }

    @Test
    void anEventLongPastGivesNoEventCareAndOneJustPastOnlyTheRecovery() {
        assertThat(planWithEvent(runner(), START.minusDays(30)).aroundEvent()).isEmpty();
        assertThat(planWithEvent(runner(), START.minusDays(2)).aroundEvent()).extracting(EventNote::id)
                .containsExactly("recovery-after-event");
    }

    @Test
    void aReferralStillWinsOverAnEvent() {
        var plan = planWithEvent(runner().withRedFlags("numbness"), START.plusDays(20));
        assertThat(plan.screening().allowsMassage()).isFalse();
        assertThat(plan.aroundEvent()).isEmpty();
    }

    @Test
    void everyPlannedSessionInTheDaysBeforeAnEventIsNamedAndNoPlanWithoutMassageHasEventCare() {
        forEveryIntake(11, intake -> {
            var plan = PLANNER.plan(intake, START);
            if (intake.eventDate() == null || !plan.screening().allowsMassage()) {
                assertThat(plan.aroundEvent()).isEmpty();
                return;
            }
            var named = plan.aroundEvent().stream().flatMap(n -> n.sessions().stream()).toList();
            for (var session : plan.schedule().sessions()) {
                long before = ChronoUnit.DAYS.between(session.date(), intake.eventDate());
                if (before >= 0 && before <= 2) {
                    assertThat(named).contains(session.number());
                }
            }
            for (var note : plan.aroundEvent()) {
                assertThat(note.to()).isAfterOrEqualTo(START);
                assertThat(note.source()).isNotBlank();
            }
        });
    }

    // ---- homework: self-massage tools, strengthening, water, food and sleep

    private static List<String> homework(CarePlan plan) {
        return plan.homeCare().stream().map(Advice::id).toList();
    }

    @Test
    void theToolsSayWhatTheyWorkOnAndAHandheldMassagerIsOfferedForATightBack() {
        var plan = plan(AnIntake.aged(40).hurting(UPPER_BACK, 4, 8, "stiffness"));
        assertThat(homework(plan)).contains("tennis-ball", "foam-roller", "handheld-massager");
        assertThat(plan.homeCare()).filteredOn(a -> a.id().equals("tennis-ball"))
                .flatExtracting(Advice::worksOn).containsExactly(UPPER_BACK);
        assertThat(plan.homeCare()).filteredOn(a -> a.id().equals("handheld-massager"))
                .extracting(Advice::source).allMatch(s -> s.contains("000_b1c6b0cffd719dd6.txt"));
    }

    @Test
    void noToolWhereScreeningCapsPressureAnywhereItWorks() {
        var herniated = plan(AnIntake.aged(40).hurting(UPPER_BACK, 4, 8, "stiffness").withConditions("herniated-disc"));
        assertThat(homework(herniated)).doesNotContain("handheld-massager", "foam-roller");
        var sciatic = plan(AnIntake.aged(40).hurting(LOWER_BACK, 4, 8, "sciatic-pain"));
        assertThat(homework(sciatic)).doesNotContain("handheld-massager");
        var osteoporosis = plan(AnIntake.aged(70).hurting(UPPER_BACK, 4, 8, "stiffness").withConditions("osteoporosis"));
        assertThat(homework(osteoporosis)).doesNotContain("tennis-ball", "foam-roller", "handheld-massager");
    }

    @Test
    void aToolIsNeverOfferedWhereScreeningForbidsFirmPressure() {
        forEveryIntake(13, intake -> {
            var plan = PLANNER.plan(intake, START);
            for (var tool : plan.homeCare().stream().filter(Advice::isTool).toList()) {
                for (var region : tool.worksOn()) {
                    assertThat(plan.screening().avoids(region)).as(tool.id() + " on " + region).isFalse();
                    assertThat(plan.screening().pressureMaxFor(region)).as(tool.id() + " on " + region)
                            .isEqualTo(Pressure.FIRM);
                }
            }
        });
    }

    @Test
    void postureWorkGetsStrengtheningAndLastingLowBackPainAnExerciseProgramme() {
        assertThat(homework(plan(AnIntake.aged(35).hurting(UPPER_BACK, 3, 10, "rounded-shoulders"))))
                .contains("posture-strengthening");
        assertThat(homework(plan(AnIntake.aged(50).hurting(LOWER_BACK, 5, 2, "stiffness"))))
                .doesNotContain("posture-strengthening");
    }

    @Test
    void waterAndFoodForEveryoneAndSleepForThoseWhoWantItOrCarryStress() {
        assertThat(homework(plan(AnIntake.aged(40).hurting(MID_BACK, 3, 6, "stiffness"))))
                .contains("water-and-food").doesNotContain("notice-sleep");
        assertThat(homework(plan(AnIntake.aged(40).hurting(MID_BACK, 3, 6, "stiffness").wanting("sleep"))))
                .contains("notice-sleep");
    }

    @Test
    void aReferralHasNoHomeworkAtAll() {
        assertThat(plan(AnIntake.aged(40).hurting(UPPER_BACK, 4, 8, "rounded-shoulders").wanting("sleep")
                .withRedFlags("tingling")).homeCare()).isEmpty();
    }
}
