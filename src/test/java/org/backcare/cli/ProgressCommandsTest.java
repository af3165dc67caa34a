package org.backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.stream.Stream;
import org.backcare.booking.ClinicElsewhere;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sessions, questionnaires, progress and the adapted plan, as a therapist records and reads them. */
class ProgressCommandsTest {
    @TempDir
    Path dir;

    private Cli run(String... args) {
        return new Backcare(dir.resolve("b.db")).run(args);
    }

    private Cli session(String date, int painBefore, String... more) {
        var args = Stream.concat(Stream.of("session", "log", "daniel-okafor", "--date", date, "--minutes", "50",
                "--pain-before", Integer.toString(painBefore), "--pain-after", "2", "--technique", "deep-tissue",
                "--pressure", "moderate", "--areas", "lower-back:30,mid-back:15"), Arrays.stream(more));
        return run(args.toArray(String[]::new));
    }

    @BeforeEach
    void aClientOnFile() {
        var added = run("client", "add", "--name", "Daniel Okafor", "--intake", "examples/chronic-low-back.yaml",
                "--consent-date", "2026-10-01");
        assertThat(added.exitCode()).as(added.err()).isZero();
    }

    @Test
    void loggedSessionsShowInProgressWithTheDecision() {
        assertThat(session("2026-10-06", 6, "--note", "QL tight on the left", "--worked", "deep-tissue").exitCode())
                .isZero();
        assertThat(session("2026-10-13", 5).exitCode()).isZero();
        assertThat(session("2026-10-20", 4).exitCode()).isZero();
        var progress = run("progress", "daniel-okafor", "--as-of", "2026-10-25");
        assertThat(progress.exitCode()).as(progress.err()).isZero();
        assertThat(progress.out()).contains("3 sessions kept of 3 planned", "STEP DOWN", "Pain before sessions went "
                + "from 6/10", " 6 | o", "Next sessions");
        var json = run("progress", "daniel-okafor", "--as-of", "2026-10-25", "--format", "json");
        assertThat(json.out()).contains("\"decision\"", "\"step-down\"", "\"before\" : 6");
    }

    @Test
    void sessionsAndQuestionnairesAreDatedByTheClinicsDateNotTheMachines() {
        var clinic = ClinicElsewhere.onAnotherDateThan(ZoneId.systemDefault());
        var today = LocalDate.now(clinic);
        assertThat(run("clinic", "set", "--zone", clinic.getId()).exitCode()).isZero();

        var odi = run("measure", "daniel-okafor", "odi", "1,2,2,1,0,1,2,-,1,1");
        assertThat(odi.out()).as(odi.err()).contains("on " + today + ":");
        var ahead = session(today.plusDays(1).toString(), 5);
        assertThat(ahead.exitCode()).isEqualTo(2);
        assertThat(ahead.err()).contains("--date: " + today.plusDays(1));
        var logged = session(today.toString(), 5);
        assertThat(logged.exitCode()).as(logged.err()).isZero();
    }

    @Test
    void questionnairesAreScoredAndKept() {
        var odi = run("measure", "daniel-okafor", "odi", "1,2,2,1,0,1,2,-,1,1", "--date", "2026-10-06");
        assertThat(odi.exitCode()).as(odi.err()).isZero();
        assertThat(odi.out()).contains("24.4%", "moderate disability");
        assertThat(run("progress", "daniel-okafor").out()).contains("odi", "24.4%");
    }

    @Test
    void thePlanForAClientSaysWhatChangedAndIsKeptOnFile() {
        session("2026-10-06", 6);
        session("2026-10-13", 6, "--after-effects", "tingling");
        var plan = run("plan", "daniel-okafor", "--start", "2026-10-20", "--format", "json");
        assertThat(plan.exitCode()).as(plan.err()).isZero();
        assertThat(plan.out()).contains("\"decision\" : \"stop-new-red-flag\"", "\"outcome\" : \"refer\"",
                "\"sessions\" : [ ]");
        assertThat(run("client", "show", "daniel-okafor").out()).contains("Plans kept (1)");
    }

    @Test
    void badSessionInputListsEveryProblemAndWritesNothing() {
        var bad = run("session", "log", "daniel-okafor", "--date", "2026-09-01", "--minutes", "50", "--pain-before", "12",
                "--pain-after", "2", "--pressure", "hard", "--after-effects", "headache", "--areas", "neck:5");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--date", "consented", "--pain-before", "0-10", "--pressure", "hard",
                "--after-effects[0]", "headache", "neck:5");
        assertThat(run("client", "show", "daniel-okafor").out()).contains("Sessions (0)");
    }

    @Test
    void aSessionAfterTodayIsRefusedAndNothingIsWritten() {
        var tomorrow = session(LocalDate.now().plusDays(1).toString(), 5);
        assertThat(tomorrow.exitCode()).isEqualTo(2);
        assertThat(tomorrow.err()).contains("--date", "is after today");
        assertThat(run("client", "show", "daniel-okafor").out()).contains("Sessions (0)");
    }

    @Test
    void aSecondSessionOnOneDayNeedsSameDay() {
        assertThat(session("2026-10-06", 6).exitCode()).isZero();
        var again = session("2026-10-06", 5);
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("--same-day", "already a session on 2026-10-06");
        assertThat(run("client", "show", "daniel-okafor").out()).contains("Sessions (1)");
        assertThat(session("2026-10-06", 5, "--same-day").exitCode()).isZero();
        assertThat(run("client", "show", "daniel-okafor").out()).contains("Sessions (2)");
    }

    @Test
    void noMassageIsLoggedForAReferredClientButTheVisitIs() {
        session("2026-10-06", 6, "--after-effects", "numbness");
        var massage = session("2026-10-13", 5);
        assertThat(massage.exitCode()).isEqualTo(2);
        assertThat(massage.err()).contains("--visit", "Screening says refer: no massage", "Record the visit");
        assertThat(run("client", "show", "daniel-okafor").out()).contains("Sessions (1)");
        var visit = run("session", "log", "daniel-okafor", "--date", "2026-10-13", "--minutes", "15", "--pain-before",
                "5", "--visit", "--note", "Referred to the GP");
        assertThat(visit.exitCode()).as(visit.err()).isZero();
        assertThat(visit.out()).contains("Recorded the visit of 2026-10-13");
        var progress = run("progress", "daniel-okafor", "--format", "json");
        assertThat(progress.exitCode()).as(progress.err()).isZero();
        assertThat(progress.out()).contains("\"sessionsKept\" : 1", "\"nextSessions\" : [ ]");
        var withMassageOptions = run("session", "log", "daniel-okafor", "--date", "2026-10-14", "--minutes", "15",
                "--pain-before", "5", "--visit", "--pressure", "light");
        assertThat(withMassageOptions.exitCode()).isEqualTo(2);
        assertThat(withMassageOptions.err()).contains("--pressure", "a visit without massage (--visit) has no --pressure");
    }

    @Test
    void aVoidedSessionStaysOnFileMarkedAndThePlanStepsBack() {
        session("2026-11-13", 6);
        session("2026-11-20", 6);
        session("2026-11-27", 6);
        var before = run("progress", "daniel-okafor", "--as-of", "2026-11-28", "--format", "json");
        assertThat(before.out()).contains("\"sessionsKept\" : 3", "\"number\" : 4");

        var noReason = run("void", "daniel-okafor", "session", "3", "--reason", " ");
        assertThat(noReason.exitCode()).isEqualTo(2);
        assertThat(noReason.err()).contains("--reason", "required");
        var noSuch = run("void", "daniel-okafor", "session", "4", "--reason", "typo");
        assertThat(noSuch.exitCode()).isEqualTo(2);
        assertThat(noSuch.err()).contains("NUMBER", "must be 1-3");
        assertThat(run("client", "show", "daniel-okafor").out()).doesNotContain("VOIDED");

        var voided = run("void", "daniel-okafor", "session", "3", "--reason", "logged twice", "--by", "Mira");
        assertThat(voided.exitCode()).as(voided.err()).isZero();
        assertThat(run("client", "show", "daniel-okafor").out()).contains("Sessions (3)", "[VOIDED", "by Mira: logged twice");
        var after = run("progress", "daniel-okafor", "--as-of", "2026-11-28", "--format", "json");
        assertThat(after.out()).contains("\"sessionsKept\" : 2", "\"number\" : 3");
        assertThat(run("void", "daniel-okafor", "session", "3", "--reason", "again").err()).contains("voided already");
    }

    @Test
    void aVoidedQuestionnaireNoLongerCounts() {
        run("measure", "daniel-okafor", "nprs", "6", "--date", "2026-11-01");
        assertThat(run("void", "daniel-okafor", "questionnaire", "1", "--reason", "wrong client").exitCode()).isZero();
        assertThat(run("progress", "daniel-okafor").out()).contains("No questionnaires recorded yet");
        assertThat(run("void", "daniel-okafor", "homework", "1", "--reason", "x").err()).contains("KIND");
    }

    @Test
    void progressJsonNumbersTheNextSessions() {
        session("2026-11-20", 6);
        session("2026-11-27", 6);
        var json = run("progress", "daniel-okafor", "--as-of", "2026-11-28", "--format", "json");
        assertThat(json.out()).contains("\"number\" : 3", "\"date\" : \"2026-12-04\"", "\"phase\"");
    }

    @Test
    void anUnknownClientABadDateAndABadAnswerAreRefused() {
        var unknown = run("session", "log", "nobody", "--date", "2026-10-06", "--minutes", "50", "--pain-before", "5",
                "--pain-after", "3", "--pressure", "light");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no client 'nobody'");
        var date = session("06/10/2026", 5);
        assertThat(date.exitCode()).isEqualTo(2);
        assertThat(date.err()).contains("YYYY-MM-DD");
        var odi = run("measure", "daniel-okafor", "odi", "1,2,7,1,0,1,2,-,1,1");
        assertThat(odi.exitCode()).isEqualTo(2);
        assertThat(odi.err()).contains("answers[2]", "0-5");
        assertThat(run("progress", "daniel-okafor").out()).contains("No questionnaires recorded yet");
    }

    @Test
    void theReportIsAPdfAndAnExistingFileIsKept() throws IOException {
        session("2026-10-06", 6);
        var pdf = dir.resolve("report.pdf");
        var written = run("report", "daniel-okafor", "--pdf", pdf.toString());
        assertThat(written.exitCode()).as(written.err()).isZero();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
        var again = run("report", "daniel-okafor", "--pdf", pdf.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already exists");
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedAndLeftAlone() throws IOException {
        var notes = dir.resolve("notes.txt");
        Files.writeString(notes, "shopping list");
        var result = Cli.run("progress", "daniel-okafor", "--db", notes.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).doesNotContain("Exception");
        assertThat(notes).hasContent("shopping list");
    }
}
