package org.backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorrectionCommandsTest {
    @TempDir
    Path dir;

    private Cli run(String... args) {
        return new Backcare(dir.resolve("b.db")).run(args);
    }

    private static String[] sessionOptions(String date, String painAfter) {
        return new String[] {"--date", date, "--minutes", "50", "--pain-before", "6", "--pain-after", painAfter,
                "--technique", "deep-tissue", "--pressure", "moderate", "--areas", "lower-back:30,mid-back:15"};
    }

    private Cli session(String date) {
        return run(Stream.concat(Stream.of("session", "log", "daniel-okafor"),
                Arrays.stream(sessionOptions(date, "2"))).toArray(String[]::new));
    }

    private Cli correct(String kind, String number, String reason, String... more) {
        return run(Stream.concat(Stream.of("correct", "daniel-okafor", kind, number, "--reason", reason, "--by", "Mira"),
                Arrays.stream(more)).toArray(String[]::new));
    }

    @BeforeEach
    void aClientWithThreeSessions() {
        var added = run("client", "add", "--name", "Daniel Okafor", "--intake", "examples/chronic-low-back.yaml",
                "--consent-date", "2026-10-01");
        assertThat(added.exitCode()).as(added.err()).isZero();
        for (var day : new String[] {"2026-11-13", "2026-11-20", "2026-11-27"}) {
            assertThat(session(day).exitCode()).isZero();
        }
    }

    @Test
    void aCorrectedSessionReplacesTheOldOneWhichStaysOnFileMarked() {
        var corrected = correct("session", "2", "pain after was 4, not 2", sessionOptions("2026-11-20", "4"));
        assertThat(corrected.exitCode()).as(corrected.err()).isZero();
        assertThat(corrected.out()).contains("Corrected session 2 of daniel-okafor");
        var shown = run("client", "show", "daniel-okafor").out();
        assertThat(shown).contains("Sessions (4)", "[CORRECTED", "by Mira: pain after was 4, not 2");
        var progress = run("progress", "daniel-okafor", "--as-of", "2026-11-28", "--format", "json");
        assertThat(progress.out()).contains("\"sessionsKept\" : 3", "\"number\" : 4");
        assertThat(correct("session", "2", "again", sessionOptions("2026-11-20", "4")).err())
                .contains("NUMBER", "voided already");
    }

    @Test
    void aSessionCorrectedIntoAVisitWithoutMassageStepsThePlanBack() {
        var visit = correct("session", "3", "no massage that day, only a talk", "--date", "2026-11-27", "--minutes",
                "15", "--pain-before", "5", "--visit");
        assertThat(visit.exitCode()).as(visit.err()).isZero();
        var progress = run("progress", "daniel-okafor", "--as-of", "2026-11-28", "--format", "json");
        assertThat(progress.out()).contains("\"sessionsKept\" : 2", "\"number\" : 3");
    }

    @Test
    void aBadReasonAFutureDateAnUnknownNumberOrAnswersForASessionAreRefusedWithNothingWritten() {
        var before = run("client", "show", "daniel-okafor").out();
        var blank = correct("session", "2", " ", sessionOptions("2026-11-20", "4"));
        assertThat(blank.exitCode()).isEqualTo(2);
        assertThat(blank.err()).contains("--reason", "required");
        var tooLong = correct("session", "2", "x".repeat(501), sessionOptions("2026-11-20", "4"));
        assertThat(tooLong.err()).contains("--reason", "at most 500");
        var future = correct("session", "2", "wrong day", sessionOptions(LocalDate.now().plusDays(2).toString(), "4"));
        assertThat(future.exitCode()).isEqualTo(2);
        assertThat(future.err()).contains("--date", "after today");
        var noSuch = correct("session", "7", "typo", sessionOptions("2026-11-20", "4"));
        assertThat(noSuch.err()).contains("NUMBER", "must be 1-3");
        var missing = correct("session", "2", "typo", "--date", "2026-11-20");
        assertThat(missing.err()).contains("--minutes: required", "--pain-before: required");
        var answers = correct("session", "2", "typo", "nprs", "4");
        assertThat(answers.err()).contains("ANSWERS");
        var sameDayAsAnother = correct("session", "2", "wrong day", sessionOptions("2026-11-27", "4"));
        assertThat(sameDayAsAnother.err()).contains("--same-day");
        assertThat(correct("homework", "1", "x").err()).contains("KIND");
        assertThat(run("client", "show", "daniel-okafor").out()).isEqualTo(before);
    }

    @Test
    void aQuestionnaireIsCorrectedOnItsDayOrRefusedWithNothingWritten() {
        assertThat(run("measure", "daniel-okafor", "nprs", "6", "--date", "2026-11-01").exitCode()).isZero();
        var before = run("client", "show", "daniel-okafor").out();
        assertThat(correct("questionnaire", "1", "typo", "nprs", "11").err()).contains("answers");
        assertThat(correct("questionnaire", "1", "typo", "--date", LocalDate.now().plusDays(1).toString(), "nprs", "3")
                .err()).contains("--date", "in the future");
        assertThat(correct("questionnaire", "1", "typo", "--minutes", "5", "nprs", "3").err())
                .contains("--minutes", "a questionnaire has no --minutes");
        assertThat(correct("questionnaire", "1", "typo").err()).contains("ANSWERS", "required");
        assertThat(run("client", "show", "daniel-okafor").out()).isEqualTo(before);

        var corrected = correct("questionnaire", "1", "the client said 3", "nprs", "3");
        assertThat(corrected.exitCode()).as(corrected.err()).isZero();
        var shown = run("client", "show", "daniel-okafor").out();
        assertThat(shown).contains("[CORRECTED", "the client said 3", "2026-11-01");
        assertThat(run("progress", "daniel-okafor", "--format", "json").out()).contains("\"nprs\"").doesNotContain(
                "\"value\" : 6");
    }
}
