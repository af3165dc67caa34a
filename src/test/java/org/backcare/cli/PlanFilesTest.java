package org.backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan --pdf} and {@code --ics}: the client's handout and calendar, and every way writing them is refused. */
class PlanFilesTest {
    @TempDir
    Path dir;

    @Test
    void planWritesTheHandoutAndTheCalendarInsteadOfPrintingThePlan() throws Exception {
        var pdf = dir.resolve("asha.pdf");
        var ics = dir.resolve("asha.ics");
        var result = Cli.run("plan", "examples/desk-worker.yaml", "--start", "2026-12-01", "--pdf", pdf.toString(),
                "--ics", ics.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEqualTo("Wrote " + pdf + "\nWrote " + ics + " (8 sessions)\n");
        assertThat(pdfText(pdf)).contains("Back care plan for Asha Rao", "Safety screening: CLEAR", "Tue 2026-12-01",
                "Session calendar", "Backcare is decision support");
        assertThat(uids(ics)).hasSize(8).first().isEqualTo("asha-rao-2026-12-01-session-1@backcare");
    }

    @Test
    void aFolderThatDoesNotExistIsRefusedAndNothingIsWritten() {
        var ics = dir.resolve("asha.ics");
        var result = Cli.run("plan", "examples/desk-worker.yaml", "--pdf", dir.resolve("handouts/asha.pdf").toString(),
                "--ics", ics.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("nothing was written", "--pdf", "the folder " + dir.resolve("handouts"),
                "does not exist");
        assertThat(result.out()).isEmpty();
        assertThat(ics).doesNotExist();
        assertNoStackTrace(result);
    }

    @Test
    void anExistingFileIsKeptUnlessForced() throws IOException {
        var ics = Files.writeString(dir.resolve("asha.ics"), "my own calendar");
        var kept = Cli.run("plan", "examples/desk-worker.yaml", "--ics", ics.toString());
        assertThat(kept.exitCode()).isEqualTo(2);
        assertThat(kept.err()).contains("--ics", "already exists", "--force");
        assertThat(ics).hasContent("my own calendar");

        var forced = Cli.run("plan", "examples/desk-worker.yaml", "--ics", ics.toString(), "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(Files.readString(ics)).startsWith("BEGIN:VCALENDAR");
    }

    @Test
    void anUrgentPlanGivesAHandoutButNoCalendar() throws IOException {
        var pdf = dir.resolve("tom.pdf");
        var ics = dir.resolve("tom.ics");
        var refused = Cli.run("plan", "examples/red-flags.yaml", "--pdf", pdf.toString(), "--ics", ics.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("--ics", "URGENT", "no sessions to put in a calendar");
        assertThat(pdf).doesNotExist();
        assertThat(ics).doesNotExist();
        assertNoStackTrace(refused);

        var handout = Cli.run("plan", "examples/red-flags.yaml", "--pdf", pdf.toString());
        assertThat(handout.exitCode()).as(handout.err()).isZero();
        assertThat(pdfText(pdf)).contains("Safety screening: URGENT", "Seek emergency medical care now")
                .doesNotContain("Session calendar");
    }

    @Test
    void formatPrintsThePlanSoItIsRefusedWithAFile() {
        var pdf = dir.resolve("asha.pdf");
        var result = Cli.run("plan", "examples/desk-worker.yaml", "--format", "json", "--pdf", pdf.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--format", "--pdf");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void aClientOnFileGetsTheirHandoutAndCalendarWithTheirIdInTheEvents() throws Exception {
        var db = dir.resolve("b.db").toString();
        var added = Cli.run("client", "add", "--name", "Daniel Okafor", "--intake", "examples/chronic-low-back.yaml",
                "--consent-date", "2026-10-01", "--db", db);
        assertThat(added.exitCode()).as(added.err()).isZero();
        var pdf = dir.resolve("daniel.pdf");
        var ics = dir.resolve("daniel.ics");

        var result = Cli.run("plan", "daniel-okafor", "--start", "2026-12-01", "--pdf", pdf.toString(), "--ics",
                ics.toString(), "--db", db);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(pdfText(pdf)).contains("Back care plan for Daniel Okafor", "Tue 2026-12-01");
        assertThat(uids(ics)).first().isEqualTo("daniel-okafor-2026-12-01-session-1@backcare");
    }

    @Test
    void theProgressReportRefusesAMissingFolderToo() {
        var result = Cli.run("report", "daniel-okafor", "--pdf", dir.resolve("nowhere/report.pdf").toString(), "--db",
                dir.resolve("b.db").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--pdf", "does not exist");
        assertNoStackTrace(result);
    }

    private static String pdfText(Path pdf) throws IOException {
        try (var document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static List<String> uids(Path ics) throws IOException, ParserException {
        var calendar = new CalendarBuilder().build(new StringReader(Files.readString(ics)));
        return calendar.<VEvent>getComponents("VEVENT").stream().map(e -> e.getUid().orElseThrow().getValue()).toList();
    }

    private static void assertNoStackTrace(Cli result) {
        assertThat(result.err() + result.out()).doesNotContain("Exception", "\tat org.", "at java.");
    }
}
