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
import org.backcare.planning.CarePlan;
import org.backcare.planning.CarePlanner;
import org.backcare.planning.Session;
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
        return overview.adaptation(history(), today);
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
    void aReferralForNoImprovementOutlastsAGapInSessions() {
        weeklySessions(10);
        var months = lastDate().plusMonths(4);
        var adaptation = review(months);
        assertThat(adaptation.decision()).isEqualTo(Decision.REFER_NOT_IMPROVING);
        assertThat(overview.nextPlan(adaptation, months).screening().outcome()).isEqualTo(Outcome.REFER);
        assertThat(overview.upcoming(history(), months)).isEmpty();
        assertThat(adaptation.changes()).anyMatch(c -> c.text().contains("A gap in sessions does not end this"));
    }

    @Test
    void aNewIntakeAfterTheReferralStartsThePlanAgainFromSessionOne() {
        weeklySessions(10);
        var nextWeek = lastDate().plusWeeks(1);
        var reassessed = reassessedOn(lastDate().plusDays(5));
        var adaptation = overview.adaptation(reassessed, nextWeek);
        assertThat(adaptation.decision()).as("within twice the interval").isEqualTo(Decision.RESTART_AFTER_REASSESSMENT);
        assertThat(adaptation.changes()).anyMatch(c -> c.text().startsWith("New intake on " + lastDate().plusDays(5)
                + ", after 10 sessions to " + lastDate() + " without improvement."));
        assertThat(overview.upcoming(reassessed, nextWeek)).first().satisfies(s -> assertThat(s.number()).isOne());
        assertThat(overview.adaptation(reassessed, lastDate().plusMonths(4)).decision()).as("after a lapse too")
                .isEqualTo(Decision.RESTART_AFTER_REASSESSMENT);
        assertThat(overview.adaptation(reassessedOn(lastDate()), nextWeek).decision()).as("before that last session")
                .isEqualTo(Decision.REFER_NOT_IMPROVING);
    }

    @Test
    void theCourseAfterThatReassessmentCountsOnlyItsOwnSessions() {
        weeklySessions(10);
        var reassessedOn = lastDate().plusDays(5);
        session(reassessedOn.plusDays(2), 6, List.of());
        var history = reassessedOn(reassessedOn);
        var adaptation = overview.adaptation(history, dayAfterLast());
        assertThat(adaptation.decision()).as("one session into a new course, not ten without improvement")
                .isEqualTo(Decision.CONTINUE);
        assertThat(overview.upcoming(history, dayAfterLast())).first().satisfies(s -> assertThat(s.number()).isEqualTo(2));
        weeklySessions(9);
        assertThat(overview.adaptation(reassessedOn(reassessedOn), dayAfterLast()).decision())
                .as("ten in the new course without improvement refer again").isEqualTo(Decision.REFER_NOT_IMPROVING);
    }

    @Test
    void aNewIntakeMidCourseChangesNothingWhileTheCourseHelps() {
        weeklySessions(3, 6, 5, 4);
        assertThat(overview.adaptation(reassessedOn(dayAfterLast()), dayAfterLast()).decision())
                .isEqualTo(Decision.STEP_DOWN);
    }

    private ClientHistory reassessedOn(LocalDate day) {
        return new ClientHistory(history().client(),
                List.of(history().intakes().get(0), new IntakeVersion(2, day, chronicLowBack)), sessions, measures,
                List.of());
    }

    @Test
    void techniquesTheClientSaidWorkedMoveUp() {
        session(DAY_ONE, 6, List.of(), "hot-stone");
        session(DAY_ONE.plusWeeks(1), 6, List.of(), "hot-stone");
        var adaptation = review(dayAfterLast());
        var before = new CarePlanner(KnowledgeFiles.bundled()).plan(chronicLowBack, dayAfterLast());
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

    @Test
    void theNextSessionFollowsOnFromTheThreeKept() {
        weeklySessions(3);
        var today = dayAfterLast();
        var first = overview.nextPlan(review(today), today).schedule().phases().get(0);
        var next = overview.upcoming(history(), today).get(0);
        assertThat(next.number()).isEqualTo(4);
        assertThat(next.phase()).isEqualTo(first.name());
        assertThat(next.date()).isEqualTo(lastDate().plusDays(first.gapDays()));
        assertThat(next.pressure()).as("on from the last kept session's moderate").isGreaterThanOrEqualTo(Pressure.MODERATE);
        assertThat(overview.upcoming(history(), today)).extracting(Session::number)
                .startsWith(4, 5, 6);
    }

    @Test
    void anOverdueSessionIsDueTodayNotOnADayGonePast() {
        weeklySessions(3);
        var today = lastDate().plusDays(10);
        assertThat(review(today).decision()).isEqualTo(Decision.CONTINUE);
        var next = overview.upcoming(history(), today).get(0);
        assertThat(next.date()).isEqualTo(today);
        assertThat(next.number()).isEqualTo(4);
    }

    @Test
    void afterAStepDownTheNumbersGoOnInTheNextPhase() {
        weeklySessions(3, 6, 5, 4);
        var next = overview.upcoming(history(), dayAfterLast()).get(0);
        assertThat(next.number()).isEqualTo(4);
        assertThat(next.date()).isEqualTo(lastDate().plusDays(14));
    }

    @Test
    void afterALapseTheCourseStartsAgainFromSessionOneToday() {
        weeklySessions(3);
        var today = lastDate().plusWeeks(6);
        var next = overview.upcoming(history(), today).get(0);
        assertThat(next.number()).isEqualTo(1);
        assertThat(next.date()).isEqualTo(today);
    }

    @Test
    void plannedCountsWhatThePlanAskedForUpToToday() {
        weeklySessions(3);
        assertThat(overview.summary(history(), dayAfterLast()).sessionsPlanned()).isEqualTo(3);
        assertThat(overview.summary(history(), lastDate().plusDays(7)).sessionsPlanned()).as("the fourth is due")
                .isEqualTo(4);
        session(lastDate(), 6, List.of());
        var sameDay = overview.summary(history(), dayAfterLast());
        assertThat(sameDay.sessionsKept()).isEqualTo(4);
        assertThat(sameDay.sessionsPlanned()).as("a second session on a day is one the therapist chose").isEqualTo(4);
    }

    @Test
    void aVisitWithoutMassageIsLeftOutOfTheReview() {
        weeklySessions(3);
        sessions.add(SessionLog.visit(dayAfterLast(), "Mira", 15, 2, SoapNote.empty()));
        var summary = overview.summary(history(), dayAfterLast());
        assertThat(summary.sessionsKept()).isEqualTo(3);
        assertThat(summary.pain()).hasSize(3);
        assertThat(summary.nextSessions().get(0).number()).isEqualTo(4);
    }

    @Test
    void sessionsOnFileForAClientWhoseIntakeNowRefersLeaveNoSessionsAndNoError() {
        weeklySessions(3);
        var referred = AnIntake.aged(51).hurting(LOWER_BACK, 6, 14).withRedFlags("saddle-numbness").build();
        var history = new ClientHistory(new ClientRecord(new ClientId("daniel"), "Daniel", DAY_ONE),
                List.of(new IntakeVersion(1, DAY_ONE, chronicLowBack), new IntakeVersion(2, dayAfterLast(), referred)),
                sessions, measures, List.of());
        var summary = overview.summary(history, dayAfterLast());
        assertThat(summary.nextSessions()).isEmpty();
        assertThat(overview.upcoming(history, dayAfterLast())).isEmpty();
        assertThat(overview.nextPlan(summary.adaptation(), dayAfterLast()).screening().outcome().stopsMassage()).isTrue();
    }

    private ClientHistory history() {
        return new ClientHistory(new ClientRecord(new ClientId("daniel"), "Daniel", DAY_ONE),
                List.of(new IntakeVersion(1, DAY_ONE, chronicLowBack)), sessions, measures, List.of());
    }

    private LocalDate lastDate() {
        return sessions.get(sessions.size() - 1).date();
    }

    private static int score(CarePlan plan, String technique) {
        return plan.techniques().ranked().stream().filter(t -> t.technique().id().equals(technique))
                .mapToInt(t -> t.score()).findFirst().orElse(0);
    }
}
