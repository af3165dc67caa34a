package org.backcare.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.backcare.AnIntake;
import org.backcare.clients.ClientId;
import org.backcare.clients.ClientRecord;
import org.backcare.intake.Pressure;
import org.backcare.planning.Adjustments;
import org.backcare.planning.Session;
import org.backcare.planning.SessionArea;
import org.backcare.progress.Adaptation;
import org.backcare.progress.Adaptation.Decision;
import org.backcare.progress.ProgressSummary;
import org.backcare.progress.ProgressSummary.PainPoint;
import org.backcare.progress.ProgressSummary.ScorePoint;
import org.backcare.screening.Reason;
import org.junit.jupiter.api.Test;

class ProgressPdfTest {
    private static final LocalDate START = LocalDate.of(2026, 9, 1);

    @Test
    void oneA4PageWithTheClientTheDecisionTheNextSessionsAndTheDisclaimer() throws IOException {
        try (var pdf = Loader.loadPDF(ProgressPdf.render(summary("Asha Rao", 4, 2)))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, offset(1f));
            assertThat(text(pdf)).contains("Progress report — Asha Rao", "Decision: Refer: not improving",
                    "Pain has not improved after 4 sessions", "Sessions kept: 4 of 6 planned",
                    "Mon 2026-11-02", "2026-11-09", "2026-11-16", ProgressHtml.DISCLAIMER);
        }
    }

    @Test
    void theChartsAreVectorDrawingsOnThePage() throws IOException {
        try (var pdf = Loader.loadPDF(ProgressPdf.render(summary("Asha Rao", 4, 2)))) {
            var resources = pdf.getPage(0).getResources();
            var pathOperators = 0;
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDFormXObject form) {
                    pathOperators += pathOperators(form);
                }
            }
            assertThat(pathOperators).as("lines and curves drawn by the charts").isGreaterThan(50);
        }
    }

    @Test
    void clientTextIsShownLiterallyNotAsMarkup() throws IOException {
        var name = "Ann <script>&\"O'Neil</script>";
        try (var pdf = Loader.loadPDF(ProgressPdf.render(summary(name, 2, 1)))) {
            assertThat(text(pdf)).contains("Progress report — " + name);
        }
    }

    @Test
    void sixtySessionsThirtyScoresSixChangesAndTenNextSessionsStillFitOnOnePage() throws IOException {
        try (var pdf = Loader.loadPDF(ProgressPdf.render(summary("Asha Rao", 60, 6, 6, 10)))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(text(pdf)).contains("and 4 more in the plan", ProgressHtml.DISCLAIMER);
        }
    }

    @Test
    void theSameSummaryGivesTheSameBytes() throws IOException {
        assertThat(ProgressPdf.render(summary("Asha Rao", 4, 2))).isEqualTo(ProgressPdf.render(summary("Asha Rao", 4, 2)));
    }

    @Test
    void anEmptyHistorySaysThereIsNoDataYet() throws IOException {
        var adaptation = new Adaptation(Decision.START, List.of(), AnIntake.aged(40).build(), Adjustments.NONE);
        var empty = new ProgressSummary(client("Asha Rao"), START, List.of(), List.of(), 0, 0, adaptation, List.of(),
                List.of());
        try (var pdf = Loader.loadPDF(ProgressPdf.render(empty))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(text(pdf)).contains("Decision: Start", "No data yet: no sessions logged",
                    "No data yet: no questionnaire scores", "No sessions planned", ProgressHtml.DISCLAIMER);
        }
    }

    private static ProgressSummary summary(String name, int sessions, int scoresPerInstrument) {
        return summary(name, sessions, scoresPerInstrument, 2, 3);
    }

    /** Weekly sessions, scores of the five instruments at as many dates, changes and next sessions. */
    private static ProgressSummary summary(String name, int sessions, int scoresPerInstrument, int changeCount,
            int nextCount) {
        var pain = IntStream.range(0, sessions)
                .mapToObj(i -> new PainPoint(START.plusWeeks(i), 7 - i % 4, 4 - i % 3)).toList();
        var scores = new ArrayList<ScorePoint>();
        for (int i = 0; i < scoresPerInstrument; i++) {
            var date = START.plusWeeks(2L * i);
            scores.add(new ScorePoint("odi", date, 40 - 3 * i, "%", "moderate disability", i >= 3));
            scores.add(new ScorePoint("rmdq", date, 14 - i, "/24", "", i >= 4));
            scores.add(new ScorePoint("psfs", date, 3.5 + 0.5 * i, "/10", "", i >= 4));
            scores.add(new ScorePoint("start-back", date, 5 - i % 2, "/9", "medium risk", false));
            scores.add(new ScorePoint("nprs", date, 7 - i % 3, "/10", "", i >= 2));
        }
        var changes = new ArrayList<>(List.of(
                new Reason("refer-not-improving", "Pain has not improved after 4 sessions: see a healthcare provider.",
                        "002_a2e44ad849196633.txt § When Massage Might Not Be Enough"),
                new Reason("pressure-down", "Pressure one step lighter after soreness lasting two days.",
                        "after-effects.yaml § soreness")));
        while (changes.size() < changeCount) {
            changes.add(new Reason("personal-fit", "Technique " + changes.size() + " moved down the ranking: the "
                    + "client said it did not help, twice, and asked for something gentler over the lower back.",
                    "session log of " + START.plusWeeks(changes.size())));
        }
        var adaptation = new Adaptation(Decision.REFER_NOT_IMPROVING, changes, AnIntake.aged(40).build(),
                Adjustments.NONE);
        var next = IntStream.range(0, nextCount).mapToObj(i -> session(i + 1, LocalDate.of(2026, 11, 2).plusWeeks(i)))
                .toList();
        return new ProgressSummary(client(name), LocalDate.of(2026, 10, 30), pain, scores, sessions, sessions + 2,
                adaptation, next, List.of());
    }

    private static Session session(int number, LocalDate date) {
        var areas = List.of(new SessionArea(SessionArea.WARM_UP, "both", 10, Pressure.LIGHT, List.of(), List.of()),
                new SessionArea("lower-back", "left", 20, Pressure.MODERATE, List.of("effleurage"),
                        List.of()));
        return new Session(number, date, "weekly", 30, Pressure.MODERATE, List.of("effleurage"), areas);
    }

    private static ClientRecord client(String name) {
        return new ClientRecord(ClientId.fromName(name), name, START);
    }

    private static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }

    private static int pathOperators(PDFormXObject form) throws IOException {
        var count = 0;
        for (var token : new PDFStreamParser(form).parse()) {
            if (token instanceof Operator op && List.of("m", "l", "c", "re").contains(op.getName())) {
                count++;
            }
        }
        return count;
    }
}
