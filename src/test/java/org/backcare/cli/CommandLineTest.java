package org.backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The backcare command as a user meets it: plans, help, and a clear message for every kind of bad input. */
class CommandLineTest {
    @TempDir
    Path dir;

    private Path intake(String yaml) throws IOException {
        var file = dir.resolve("intake.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private static final String VALID = """
            client: { name: Asha Rao, age: 42 }
            complaints:
              - { region: lower-back, symptoms: [stiffness], pain: 6, weeks: 14 }
            """;

    @Test
    void planPrintsTheWholePlan() {
        var result = Cli.run("plan", "examples/desk-worker.yaml", "--start", "2026-12-01");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Safety screening: CLEAR", "Recommended techniques", "Session calendar",
                "Before each session", "Between sessions", "When to reassess or see a doctor", "Backcare is decision support");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void screenPrintsOnlyTheScreening() {
        var result = Cli.run("screen", "examples/red-flags.yaml", "--format", "json");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("\"outcome\" : \"urgent\"", "cauda-equina-signs").doesNotContain("sessions");
    }

    @Test
    void techniquesListsTheKnowledgeBase() {
        var result = Cli.run("techniques");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("swedish", "deep-tissue", "trigger-point", "myofascial-release", "sports",
                "hot-stone", "aromatherapy", "stretch-assisted", "abhyanga", "kati-basti", "swedana", "potli",
                "Weekly for 4-8 weeks, then biweekly", "4-10 weekly sessions");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan", "screen", "techniques", "knowledge", "intake"})
    void everyCommandHasHelp(String command) {
        var result = Cli.run(command, "--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: backcare " + command);
    }

    @Test
    void aPlanWithoutAStartDateStartsToday() throws IOException {
        var result = Cli.run("plan", intake(VALID).toString(), "--format", "json");
        assertThat(result.out()).contains("\"start\" : \"" + LocalDate.now() + "\"");
    }

    @Test
    void aBadIntakeListsEveryProblemWithItsFieldAndExitsTwo() throws IOException {
        var result = Cli.run("plan", intake("""
                client: { name: Asha }
                complaints:
                  - { region: lower-back, symptoms: [stifness], pain: 11, weeks: 14 }
                goals: [world-peace]
                """).toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("client.age", "complaints[0].symptoms[0]", "stiffness",
                "complaints[0].pain", "goals[0]");
        assertThat(result.out()).isEmpty();
        assertNoStackTrace(result);
    }

    @Test
    void aYamlSyntaxErrorSaysWhere() throws IOException {
        var result = Cli.run("plan", intake("client: { name: Asha, age: 42\ncomplaints: [").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("line");
        assertNoStackTrace(result);
    }

    @Test
    void anEmptyFileADirectoryAMissingFileAndAHugeFileAreRefusedPlainly() throws IOException {
        var huge = dir.resolve("huge.yaml");
        try (var file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }
        for (var path : new String[] {intake("").toString(), dir.toString(), dir.resolve("nope.yaml").toString(),
                huge.toString()}) {
            var result = Cli.run("plan", path);
            assertThat(result.exitCode()).as(path).isEqualTo(2);
            assertThat(result.err()).as(path).isNotBlank();
            assertNoStackTrace(result);
        }
    }

    @Test
    void aWrongStartDateOrFormatIsAUsageError() throws IOException {
        var file = intake(VALID).toString();
        var date = Cli.run("plan", file, "--start", "2026-13-01");
        assertThat(date.exitCode()).isEqualTo(2);
        assertThat(date.err()).contains("--start", "YYYY-MM-DD");
        var farAway = Cli.run("plan", file, "--start", "+99999-01-01");
        assertThat(farAway.exitCode()).isEqualTo(2);
        assertThat(farAway.err()).contains("--start", "'+99999-01-01' is not a date from 1900-01-01 to 2999-12-31");
        var format = Cli.run("plan", file, "--format", "pdf");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("--format", "json");
    }

    @Test
    void aClinicCanOverrideAnEntryAndTheirFilesAreCheckedTheSameWay() throws IOException {
        var clinic = Files.createDirectory(dir.resolve("clinic"));
        Files.writeString(clinic.resolve("best-practices.yaml"), """
                limits:
                  minutes-per-area: { min: 10, max: 20, source: "clinic policy" }
                  session-minutes: { min: 45, max: 60, source: "Our clinic books 45-minute back sessions (clinic policy 2026)" }
                  sessions-per-pressure-step: { value: 1, source: "clinic policy" }
                """);
        var check = Cli.run("knowledge", "check", clinic.toString());
        assertThat(check.exitCode()).as(check.err()).isZero();
        var plan = Cli.run("plan", intake(VALID).toString(), "--knowledge", clinic.toString(), "--format", "json");
        assertThat(plan.out()).contains("\"minutes\" : 45");

        Files.writeString(clinic.resolve("technique-fit.yaml"), """
                rules:
                  - { id: clinic-rule, technique: reiki, weight: 2, when: { symptoms: [sadness] }, reason: "x" }
                """);
        var broken = Cli.run("knowledge", "check", clinic.toString());
        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(broken.err()).contains("clinic-rule", "reiki", "sadness", "source");
        assertNoStackTrace(broken);
    }

    @Test
    void intakeAsksTheQuestionsAndWritesAFileThatPlans() throws IOException {
        var output = dir.resolve("asked.yaml");
        var answers = "Asha Rao\n42\nlower-back\n\nstiffness\n11\n6\n14\nlifting\nn\ndesk-work\n\n\n\nn\nn\npain-relief\n";
        var result = withInput(answers, () -> Cli.run("intake", "-o", output.toString()));
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("from 0 to 10");
        assertThat(Cli.run("plan", output.toString()).out()).contains("BACK CARE PLAN FOR ASHA RAO");
    }

    @Test
    void anUnfinishedIntakeWritesNothingAndAnExistingFileIsKept() throws IOException {
        var output = dir.resolve("unfinished.yaml");
        var unfinished = withInput("Asha\n42\n", () -> Cli.run("intake", "-o", output.toString()));
        assertThat(unfinished.exitCode()).isEqualTo(2);
        assertThat(output).doesNotExist();
        var existing = intake(VALID);
        var refused = withInput("", () -> Cli.run("intake", "-o", existing.toString()));
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("already exists", "--force");
        assertThat(existing).hasContent(VALID);
    }

    private static Cli withInput(String input, Supplier<Cli> run) {
        var original = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return run.get();
        } finally {
            System.setIn(original);
        }
    }

    private static void assertNoStackTrace(Cli result) {
        assertThat(result.err() + result.out()).doesNotContain("Exception", "\tat org.", "at java.");
    }
}
