package org.backcare.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.backcare.RandomHistories;
import org.backcare.clients.ClientHistory;
import org.backcare.files.KnowledgeFiles;
import org.backcare.intake.Pressure;
import org.backcare.intake.Problem;
import org.backcare.knowledge.AfterEffect;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.planning.Session;
import org.backcare.report.PlanHandout;
import org.backcare.report.PlanJson;
import org.backcare.report.PlanReport;
import org.backcare.report.ProgressPdf;
import org.backcare.report.ProgressReport;
import org.backcare.report.ProgressSvg;
import org.junit.jupiter.api.Test;

/**
 * Whatever a client's history holds, every view of it works and the plan it leads to is safe. Each property runs on
 * generated histories ({@link RandomHistories}); a failure names the history, which fails again on every run.
 */
class HistoryProperties {
    private static final KnowledgeBase KNOWLEDGE = KnowledgeFiles.bundled();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final ProgressOverview OVERVIEW = new ProgressOverview(KNOWLEDGE);
    private static final SessionCheck CHECK = new SessionCheck(KNOWLEDGE);
    private static final int TRIES = 1_500;

    private static void forEveryHistory(long seed, Consumer<ClientHistory> property) {
        forEveryHistory(seed, RandomHistories::next, property);
    }

    private static void forEveryHistory(long seed, Function<RandomHistories, ClientHistory> next,
            Consumer<ClientHistory> property) {
        var histories = new RandomHistories(KNOWLEDGE, seed, TODAY);
        for (int i = 0; i < TRIES; i++) {
            var history = next.apply(histories);
            try {
                property.accept(history);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("fails for history #" + i + " of seed " + seed + " (" + e + "): " + history, e);
            }
        }
    }

    @Test
    void everyViewOfAnyHistoryWorks() {
        forEveryHistory(1, everyViewWorks());
    }

    @Test
    void everyViewOfAnyCorrectedHistoryWorksAndLeavesTheReplacedRecordsOut() {
        var views = everyViewWorks();
        forEveryHistory(5, RandomHistories::nextCorrected, history -> {
            views.accept(history);
            assertThat(history.massageSessions()).allMatch(SessionLog::kept);
            assertThat(OVERVIEW.summary(history, TODAY).sessionsKept())
                    .isEqualTo(history.massageSessions().size());
        });
    }

    /** Progress as text and JSON, the charts, the plan as text and JSON, and (one in fifty) the PDFs. */
    private static Consumer<ClientHistory> everyViewWorks() {
        var report = new ProgressReport();
        var planReport = new PlanReport(KNOWLEDGE);
        var planJson = new PlanJson(KNOWLEDGE);
        int[] tried = {0};
        return history -> {
            var summary = OVERVIEW.summary(history, TODAY);
            var adaptation = OVERVIEW.adaptation(history, TODAY);
            var plan = OVERVIEW.nextPlan(adaptation, TODAY);
            assertThat(report.terminal(summary)).contains("Next sessions");
            assertThat(report.json(summary)).contains("\"nextSessions\"");
            assertThat(planReport.terminal(plan, adaptation)).isNotBlank();
            assertThat(planJson.write(plan, adaptation)).contains("\"screening\"");
            summary.instruments().forEach(instrument -> assertThat(ProgressSvg.scoreChart(summary, instrument)).isNotBlank());
            assertThat(ProgressSvg.painChart(summary)).isNotBlank();
            assertThat(OVERVIEW.upcoming(history, TODAY)).isEqualTo(plan.schedule().sessions());
            if (tried[0]++ % 50 == 0) { // the PDFs take a while: one history in fifty
                assertThat(pdf(() -> PlanHandout.pdf(plan, adaptation.intake()))).startsWith("%PDF");
                assertThat(pdf(() -> ProgressPdf.render(summary))).startsWith("%PDF");
            }
        };
    }

    @Test
    void upcomingSessionsFollowOnFromTheLastKeptOneAndScreeningsLimits() {
        forEveryHistory(2, history -> {
            var plan = OVERVIEW.nextPlan(OVERVIEW.adaptation(history, TODAY), TODAY);
            var upcoming = OVERVIEW.upcoming(history, TODAY);
            var screening = plan.screening();
            assertThat(upcoming.isEmpty()).isEqualTo(screening.outcome().stopsMassage());
            if (upcoming.isEmpty()) {
                return;
            }
            int first = upcoming.get(0).number();
            assertThat(first).isBetween(1, history.massageSessions().size() + 1);
            for (int i = 0; i < upcoming.size(); i++) {
                var session = upcoming.get(i);
                assertThat(session.number()).isEqualTo(first + i);
                assertThat(session.date()).isAfterOrEqualTo(TODAY);
                assertThat(session.pressure()).isLessThanOrEqualTo(plan.pressure().max())
                        .isLessThanOrEqualTo(screening.pressureMax());
                assertThat(session.techniques()).noneMatch(screening::excludes);
                if (i > 0) {
                    assertThat(session.date()).isAfterOrEqualTo(upcoming.get(i - 1).date());
                }
            }
            assertThat(upcoming).extracting(Session::pressure)
                    .allMatch(p -> !p.isAbove(plan.pressure().max()));
        });
    }

    @Test
    void aNerveSymptomSinceTheLastIntakeLeavesNoSessionToBook() {
        forEveryHistory(3, history -> {
            var reassessed = history.intakes().get(history.intakes().size() - 1).recorded();
            boolean nerve = history.massageSessions().stream().filter(s -> !s.date().isBefore(reassessed))
                    .flatMap(s -> s.afterEffects().stream()).map(KNOWLEDGE::afterEffect)
                    .anyMatch(e -> e.orElseThrow().action() == AfterEffect.Action.REFER);
            if (nerve) {
                assertThat(OVERVIEW.upcoming(history, TODAY)).isEmpty();
            }
        });
    }

    @Test
    void timeAloneNeverLiftsAStopOnMassage() {
        forEveryHistory(6, history -> {
            if (!stopsMassage(history, TODAY)) {
                return;
            }
            for (var later : List.of(TODAY.plusWeeks(3), TODAY.plusMonths(6), TODAY.plusYears(2))) {
                assertThat(stopsMassage(history, later)).as("on " + later).isTrue();
                assertThat(OVERVIEW.upcoming(history, later)).as("on " + later).isEmpty();
            }
        });
    }

    private static boolean stopsMassage(ClientHistory history, LocalDate day) {
        return OVERVIEW.nextPlan(OVERVIEW.adaptation(history, day), day).screening().outcome().stopsMassage();
    }

    @Test
    void whileScreeningStopsMassageASessionIsRefusedAndAVisitIsKept() {
        forEveryHistory(4, history -> {
            var stopped = OVERVIEW.nextPlan(OVERVIEW.adaptation(history, TODAY), TODAY).screening().outcome()
                    .stopsMassage();
            var massage = new SessionLog(TODAY, "Mira", 45, List.of(), List.of(),
                    Pressure.LIGHT, 4, 3, List.of(), Feedback.none(), SoapNote.empty());
            var visit = SessionLog.visit(TODAY, "Mira", 15, 4, SoapNote.empty());
            assertThat(CHECK.problems(massage, history, TODAY, true)).extracting(Problem::field)
                    .containsExactlyElementsOf(stopped ? List.of("massage") : List.of());
            assertThat(CHECK.problems(visit, history, TODAY, false)).isEmpty();
        });
    }

    private interface Rendering {
        byte[] bytes() throws IOException;
    }

    private static String pdf(Rendering rendering) {
        try {
            return new String(rendering.bytes(), 0, 4, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
