package org.backcare.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.intake.Region.LOWER_BACK;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.backcare.AnIntake;
import org.backcare.clients.ClientHistory;
import org.backcare.clients.ClientId;
import org.backcare.clients.ClientRecord;
import org.backcare.clients.IntakeVersion;
import org.backcare.clients.MeasureEntry;
import org.backcare.files.KnowledgeFiles;
import org.backcare.intake.Intake;
import org.backcare.intake.Pressure;
import org.backcare.intake.Region;
import org.backcare.knowledge.Outcome;
import org.backcare.progress.Adaptation.Decision;
import org.junit.jupiter.api.Test;

/** How a plan adapts to what happened, rule by rule. */
class ProgressReviewTest {
    private static final LocalDate DAY_ONE = LocalDate.of(2026, 12, 1);
    private final ProgressOverview overview = new ProgressOverview(KnowledgeFiles.bundled());
    private final Intake chronicLowBack = AnIntake.aged(51).hurting(LOWER_BACK, 6, 14, "side-tightness")
            .preferring(Pressure.FIRM).build();
    private final List<SessionLog> sessions = new ArrayList<>();
    private final List<MeasureEntry> measures = new ArrayList<>();

    private void weeklySessions(int count, int... painBefore) {
        for (int i = 0; i < count; i++) {
            int pain = painBefore.length == 0 ? 6 : painBefore[Math.min(i, painBefore.length - 1)];
            session(DAY_ONE.plusWeeks(sessions.size()), pain, List.of());
        }
    }

    private void session(LocalDate date, int painBefore, List<String> afterEffects, String... worked) {
        sessions.add(new SessionLog(date, "Mira", 50, List.of(new AreaMinutes(Region.LOWER_BACK, 20)),
                List.of("deep-tissue"), Pressure.MODERATE, painBefore, Math.max(0, painBefore - 2), afterEffects,
                new Feedback(List.of(worked), List.of()), SoapNote.empty()));
    }

    private Adaptation review(LocalDate today) {
        var history = new ClientHistory(new ClientRecord(new ClientId("daniel"), "Daniel", DAY_ONE),
                List.of(new IntakeVersion(1, DAY_ONE, chronicLowBack)), sessions, measures, List.of());
        return overview.adaptation(history, today);
    }

    private LocalDate dayAfterLast() {
        return sessions.get(sessions.size() - 1).date().plusDays(1);
    }

    @Test
    void beforeAnySessionThePlanStarts() {
        assertThat(review(DAY_ONE).decision()).isEqualTo(Decision.START);
    }

    @Test
    void painDownByTwoPointsStepsTheFrequencyDown() {
        weeklySessions(3, 6, 5, 4);
        var adaptation = review(dayAfterLast());
        assertThat(adaptation.decision()).isEqualTo(Decision.STEP_DOWN);
        assertThat(adaptation.adjustments().phasesDone()).isEqualTo(1);
        var plan = overview.nextPlan(adaptation, dayAfterLast());
        assertThat(plan.schedule().phases().get(0).intervalDays()).as("weekly becomes every two weeks").isEqualTo(14);
        assertThat(adaptation.changes()).anyMatch(c -> c.text().contains("Pain before sessions went from 6/10"));
    }

    @Test
    void aQuestionnaireImprovedByItsMcidAlsoStepsDown() {
        weeklySessions(3);
        measures.add(new MeasureEntry("odi", DAY_ONE, "3,3,3,3,3,3,3,3,3,3"));
        measures.add(new MeasureEntry("odi", DAY_ONE.plusWeeks(2), "2,2,2,2,2,2,2,2,2,2"));
        assertThat(review(dayAfterLast()).decision()).isEqualTo(Decision.STEP_DOWN);
    }

    @Test
    void noImprovementAfterTheResearchTablesSessionsRefers() {
        weeklySessions(10);
        var adaptation = review(dayAfterLast());
        assertThat(adaptation.decision()).isEqualTo(Decision.REFER_NOT_IMPROVING);
        var plan = overview.nextPlan(adaptation, dayAfterLast());
        assertThat(plan.screening().outcome()).isEqualTo(Outcome.REFER);
        assertThat(plan.schedule().sessions()).isEmpty();
    }

    @Test
    void nineSessionsWithoutImprovementStillContinue() {
        weeklySessions(9);
        assertThat(review(dayAfterLast()).decision()).isEqualTo(Decision.CONTINUE);
    }

    @Test
    void numbnessAfterASessionStopsMassage() {
        weeklySessions(2);
        session(DAY_ONE.plusWeeks(2), 5, List.of("numbness"));
        var adaptation = review(dayAfterLast());
        assertThat(adaptation.decision()).isEqualTo(Decision.STOP_NEW_RED_FLAG);
        var plan = overview.nextPlan(adaptation, dayAfterLast());
        assertThat(plan.screening().outcome()).isEqualTo(Outcome.REFER);
        assertThat(plan.schedule().sessions()).isEmpty();
    }

    @Test
    void bruisingLowersThePressureNextTime() {
        weeklySessions(1);
        session(DAY_ONE.plusWeeks(1), 6, List.of("bruising"));
        var adaptation = review(dayAfterLast());
        assertThat(adaptation.intake().preferences().pressure()).isEqualTo(Pressure.LIGHT);
        var plan = overview.nextPlan(adaptation, dayAfterLast());
        assertThat(plan.schedule().sessions()).allSatisfy(s -> assertThat(s.pressure()).isEqualTo(Pressure.LIGHT));
        assertThat(adaptation.changes()).anyMatch(c -> c.text().contains("Bruising"));
    }

    @Test
    void aGapOfMoreThanTwiceTheIntervalRestartsTheInitialPhase() {
        weeklySessions(3, 6, 5, 4);
        var adaptation = review(dayAfterLast().plusWeeks(6));
        assertThat(adaptation.decision()).isEqualTo(Decision.RESTART_AFTER_LAPSE);
        assertThat(adaptation.adjustments().phasesDone()).isZero();
        assertThat(review(dayAfterLast().plusDays(12)).decision()).as("within twice the interval").isNotEqualTo(
                Decision.RESTART_AFTER_LAPSE);
    }

    @Test
    void techniquesTheClientSaidWorkedMoveUp() {
        session(DAY_ONE, 6, List.of(), "hot-stone");
        session(DAY_ONE.plusWeeks(1), 6, List.of(), "hot-stone");
        var adaptation = review(dayAfterLast());
        var before = new org.backcare.planning.CarePlanner(KnowledgeFiles.bundled()).plan(chronicLowBack, dayAfterLast());
        var after = overview.nextPlan(adaptation, dayAfterLast());
        assertThat(score(after, "hot-stone")).isEqualTo(score(before, "hot-stone") + 2);
        assertThat(adaptation.changes()).anyMatch(c -> c.rule().equals("client-said-hot-stone-worked"));
    }

    @Test
    void aHighStarTBackRiskSaysMassageAloneIsNotEnough() {
        measures.add(new MeasureEntry("start-back", DAY_ONE, "1,1,1,1,1,1,1,1,5"));
        var adaptation = review(DAY_ONE);
        var plan = overview.nextPlan(adaptation, DAY_ONE);
        assertThat(plan.screening().findings()).anyMatch(f -> f.rule().equals("high-risk-start-back")
                && f.source().contains("NG59"));
    }

    private static int score(org.backcare.planning.CarePlan plan, String technique) {
        return plan.techniques().ranked().stream().filter(t -> t.technique().id().equals(technique))
                .mapToInt(t -> t.score()).findFirst().orElse(0);
    }
}
