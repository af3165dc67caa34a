package org.backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The commands that keep records, as a therapist meets them: each on its own database file. */
class ClientCommandsTest {
    private static final String INTAKE = "examples/chronic-low-back.yaml";

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("backcare.db").toString();
    }

    private Cli run(String... args) {
        return new Backcare(Path.of(db())).run(args);
    }

    @Test
    void aClientIsAddedListedShownAndForgotten() {
        var added = run("client", "add", "--name", "Asha Rao", "--intake", INTAKE, "--consent-date", "2026-11-01");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).startsWith("Added asha-rao (Asha Rao): consent given 2026-11-01, intake version 1, in ");

        assertThat(run("client", "list").out()).contains("asha-rao  2026-11-01  Asha Rao");
        var shown = run("client", "show", "asha-rao");
        assertThat(shown.out()).contains("Asha Rao (asha-rao)", "given 2026-11-01", "Intakes (1):", "Sessions (0):");
        var reference = shown.out().replaceAll("(?s).*forgotten: ([0-9a-f]{16}).*", "$1");

        var forgotten = run("client", "forget", "asha-rao", "--by", "Mira Shah");
        assertThat(forgotten.exitCode()).as(forgotten.err()).isZero();
        assertThat(forgotten.out()).contains("Forgot asha-rao", "forget, by Mira Shah, reference " + reference);
        assertThat(run("client", "list").out()).startsWith("No clients on file");
        assertThat(run("export").out()).doesNotContain("Asha", "asha-rao").contains(reference, "Mira Shah");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Asha\u202Eoar", "Asha\tRao", "Asha\u2066Rao"})
    void aNameWithHiddenCharactersIsRefusedAndNothingIsWritten(String name) {
        var refused = run("client", "add", "--name", name, "--intake", INTAKE, "--consent");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("--name: must be one line of plain text");
        assertThat(dir.resolve("backcare.db")).doesNotExist();
    }

    @Test
    void aClientUnder18WithoutAGuardiansConsentIsRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
        var minor = dir.resolve("minor.yaml");
        Files.writeString(minor, "client: { name: Sam Rao, age: 15 }\n"
                + "complaints: [{ region: lower-back, pain: 4, weeks: 3 }]\n");
        var refused = run("client", "add", "--name", "Sam Rao", "--intake", minor.toString(), "--consent");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("client.guardian-consent", "required for a client under 18");
        assertThat(dir.resolve("backcare.db")).doesNotExist();
        assertThat(Cli.run("plan", minor.toString()).exitCode()).isEqualTo(2);

        Files.writeString(minor, "client: { name: Sam Rao, age: 15, guardian-consent: { by: Rita Rao,"
                + " date: 2026-11-02 } }\ncomplaints: [{ region: lower-back, pain: 4, weeks: 3 }]\n"
                + "preferences: { pressure: firm }\n");
        var plan = Cli.run("plan", minor.toString(), "--format", "json");
        assertThat(plan.exitCode()).as(plan.err()).isZero();
        assertThat(plan.out()).contains("\"max\" : \"moderate\"").doesNotContain("\"pressure\" : \"firm\"");
    }

    @Test
    void aNameOver200CharactersOrAnIdOver100AreRefused() {
        var longName = run("client", "add", "--name", "x".repeat(201), "--intake", INTAKE, "--consent");
        assertThat(longName.exitCode()).isEqualTo(2);
        assertThat(longName.err()).contains("--name: at most 200 characters (this one has 201)");
        var longId = run("client", "add", "--name", "Asha", "--id", "a".repeat(101), "--intake", INTAKE, "--consent");
        assertThat(longId.exitCode()).isEqualTo(2);
        assertThat(longId.err()).contains("at most 100 lower-case letters");
    }

    @Test
    void anArchiveNestedTenThousandLevelsDeepIsBadInputNamingTheLimit() throws IOException {
        var deep = Files.writeString(dir.resolve("deep.json"), "[".repeat(10_000) + "]".repeat(10_000));
        var refused = run("import", deep.toString());
        assertThat(refused.exitCode()).as(refused.err()).isEqualTo(2);
        assertThat(refused.err()).contains("nested more than 1000 levels deep").doesNotContain("Exception");
    }

    @Test
    void jsonErrorsAreInPlainWordsWithoutJacksonsInternals() throws IOException {
        var unclosed = Files.writeString(dir.resolve("unclosed.json"), "{\"backcareArchive\": 2");
        var twice = Files.writeString(dir.resolve("twice.json"), "{\"backcareArchive\": 2} {}");
        for (var file : List.of(unclosed, twice)) {
            var refused = run("import", file.toString());
            assertThat(refused.exitCode()).isEqualTo(2);
            assertThat(refused.err()).contains("line 1").doesNotContain("`", "Source", "REDACTED", "com.fasterxml");
        }
        assertThat(run("import", unclosed.toString()).err()).contains("(opened at line 1, column 1)");
        assertThat(run("import", twice.toString()).err()).contains("more than one document");
    }

    @ParameterizedTest
    @ValueSource(strings = {"client list", "client show asha-rao", "progress asha-rao", "export", "plan asha-rao",
            "backup copy.db"})
    void aCommandThatReadsRefusesAMissingDatabaseAndMakesNone(String command) {
        var mistyped = dir.resolve("no-such-folder/backcare.db");
        var args = Stream.concat(Arrays.stream(command.split(" ")), Stream.of("--db", mistyped.toString()));
        var refused = Cli.run(args.toArray(String[]::new));
        assertThat(refused.exitCode()).as(refused.err()).isEqualTo(2);
        assertThat(refused.err()).contains("--db: there is no database at " + mistyped, "nothing was made");
        assertThat(mistyped.getParent()).doesNotExist();
    }

    @Test
    void contactDetailsAreAddedChangedShownAndForgotten() {
        var added = run("client", "add", "--name", "Asha Rao", "--intake", INTAKE, "--consent",
                "--email", "asha@example.org", "--phone", "+44 20 7946 0958");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(run("client", "show", "asha-rao").out())
                .contains("Email: asha@example.org", "Phone: +44 20 7946 0958", "Reminders: on");

        var edited = run("client", "edit", "asha-rao", "--email", "asha.rao@example.org", "--reminders", "off");
        assertThat(edited.exitCode()).as(edited.err()).isZero();
        assertThat(run("client", "show", "asha-rao").out())
                .contains("Email: asha.rao@example.org", "Phone: +44 20 7946 0958", "Reminders: off since ");
        assertThat(run("export").out()).contains("\"email\" : \"asha.rao@example.org\"");

        run("client", "forget", "asha-rao", "--by", "Mira Shah");
        assertThat(run("export").out()).doesNotContain("example.org", "7946");
    }

    @Test
    void aMalformedAddressOrPhoneIsRefusedByOptionAndNothingIsWritten() {
        var bad = run("client", "add", "--name", "Asha Rao", "--intake", INTAKE, "--consent",
                "--email", "asha@example", "--phone", "call me");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--email: 'asha@example' is not an email address: the domain after @",
                "--phone: 'call me' is not a phone number");
        assertThat(Files.exists(Path.of(db()))).isFalse();

        run("client", "add", "--name", "Asha Rao", "--intake", INTAKE, "--consent", "--email", "asha@example.org");
        var badEdit = run("client", "edit", "asha-rao", "--email", "asha@@example.org");
        assertThat(badEdit.exitCode()).isEqualTo(2);
        assertThat(badEdit.err()).contains("--email: 'asha@@example.org' is not an email address");
        var badReminders = run("client", "edit", "asha-rao", "--reminders", "maybe");
        assertThat(badReminders.err()).contains("--reminders: 'maybe' is not on or off");
        assertThat(run("client", "show", "asha-rao").out()).contains("Email: asha@example.org");
        assertNoStackTrace(bad, badEdit, badReminders);
    }

    @Test
    void consentIsRequiredOnceAndNotInTheFuture() {
        var none = run("client", "add", "--name", "Asha Rao", "--intake", INTAKE);
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("--consent:", "--consent-date YYYY-MM-DD");
        var both = run("client", "add", "--name", "Asha Rao", "--intake", INTAKE, "--consent", "--consent-date", "2026-11-01");
        assertThat(both.err()).contains("--consent-date: give --consent or --consent-date, not both");
        var future = run("client", "add", "--name", "Asha Rao", "--intake", INTAKE, "--consent-date", "2999-01-01");
        assertThat(future.err()).contains("--consent-date: 2999-01-01 is in the future");
        var badDate = run("client", "add", "--name", "Asha Rao", "--intake", INTAKE, "--consent-date", "01/11/2026");
        assertThat(badDate.exitCode()).isEqualTo(2);
        assertThat(badDate.err()).contains("--consent-date", "YYYY-MM-DD");

        assertThat(Files.exists(Path.of(db()))).isFalse();
        assertNoStackTrace(none, both, future, badDate);
    }

    @Test
    void aTakenIdOrAnUnknownClientIsAClearMessage() {
        run("client", "add", "--name", "Asha Rao", "--intake", INTAKE, "--consent");
        var again = run("client", "add", "--name", "Asha Rao", "--intake", INTAKE, "--consent");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("--id: a client 'asha-rao' is already on file", "--id asha-rao-2");
        assertThat(run("client", "add", "--name", "Asha Rao", "--intake", INTAKE, "--consent", "--id", "asha-rao-2").exitCode())
                .isZero();

        var unknown = run("client", "show", "nobody");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no client 'nobody' on file");
        var notAnId = run("client", "forget", "Asha Rao", "--by", "Mira");
        assertThat(notAnId.exitCode()).isEqualTo(2);
        assertThat(notAnId.err()).contains("(ID)", "'Asha Rao' is not a client id");
        assertThat(run("client", "list").out()).contains("asha-rao ", "asha-rao-2");
        assertNoStackTrace(again, unknown, notAnId);
    }

    @Test
    void exportImportExportIsByteIdenticalAndImportNeverOverwrites() throws IOException {
        run("client", "add", "--name", "Asha Rao", "--intake", INTAKE, "--consent");
        run("client", "add", "--name", "Léa Martin", "--intake", "examples/desk-worker.yaml", "--consent");
        run("client", "forget", "lea-martin", "--by", "Mira Shah");
        var first = dir.resolve("first.json");
        assertThat(run("export", "-o", first.toString()).exitCode()).isZero();

        var fresh = dir.resolve("fresh.db").toString();
        var imported = Cli.run("import", first.toString(), "--db", fresh);
        assertThat(imported.out()).contains("Imported 1 client (asha-rao), 0 sessions and 1 audit entry");
        var second = dir.resolve("second.json");
        Cli.run("export", "-o", second.toString(), "--db", fresh);
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));

        var again = Cli.run("import", first.toString(), "--db", fresh);
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already on file: asha-rao", "Nothing was imported");
        var overwrite = run("export", "-o", first.toString());
        assertThat(overwrite.err()).contains("--output", "already exists");
        assertNoStackTrace(again, overwrite);
    }

    @Test
    void anExportIsTheUsersOnlyAndAMissingFolderIsNamed() throws IOException {
        run("client", "add", "--name", "Asha Rao", "--intake", INTAKE, "--consent");
        var nowhere = dir.resolve("no/such/folder/export.json");
        var refused = run("export", "-o", nowhere.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("--output: the folder " + nowhere.getParent() + " does not exist");
        var written = dir.resolve("export.json");
        assertThat(run("export", "-o", written.toString()).exitCode()).isZero();
        assertThat(Files.getPosixFilePermissions(written)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void aBackupIsADatabaseAndIsNeverWrittenOverAnotherFile() throws IOException {
        run("client", "add", "--name", "Asha Rao", "--intake", INTAKE, "--consent");
        var copy = dir.resolve("copy.db");
        assertThat(run("backup", copy.toString()).out()).contains("Backed up", "to " + copy);
        assertThat(Cli.run("client", "list", "--db", copy.toString()).out()).contains("asha-rao");

        var intakeCopy = dir.resolve("intake.yaml");
        Files.copy(Path.of(INTAKE), intakeCopy);
        var refused = run("backup", intakeCopy.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(intakeCopy).hasSameBinaryContentAs(Path.of(INTAKE));
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedAndLeftAsItWas() throws IOException {
        var intakeCopy = dir.resolve("intake.db");
        Files.copy(Path.of(INTAKE), intakeCopy);
        var result = Cli.run("client", "list", "--db", intakeCopy.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("backcare: " + intakeCopy
                + " is not a Backcare database (it is not an SQLite file); nothing was changed\n");
        assertThat(intakeCopy).hasSameBinaryContentAs(Path.of(INTAKE));
    }

    @Test
    void aDatabaseFromANewerBackcareIsRefusedAndLeftAsItWas() throws Exception {
        run("client", "add", "--name", "Asha Rao", "--intake", INTAKE, "--consent");
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + db());
                var statement = connection.createStatement()) {
            statement.execute("insert into flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) values (99, '99', 'later', 'SQL', 'V99__later.sql',"
                    + " 0, 'backcare', 0, 1)");
        }
        var before = Files.readAllBytes(Path.of(db()));

        var result = run("client", "add", "--name", "Léa Martin", "--intake", INTAKE, "--consent");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("was written by a newer Backcare (database version 99", "Update Backcare");
        assertThat(Files.readAllBytes(Path.of(db()))).isEqualTo(before);
        assertNoStackTrace(result);
    }

    @ParameterizedTest
    @ValueSource(strings = {"client add", "client list", "client show", "client forget", "export", "import", "backup"})
    void everyRecordsCommandHasHelpAndTakesDb(String command) {
        var result = Cli.run((command + " --help").split(" "));
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: backcare " + command, "--db=LOCATION");
    }

    private static void assertNoStackTrace(Cli... results) {
        for (var result : results) {
            assertThat(result.err() + result.out()).doesNotContain("Exception", "\tat org.", "at java.");
        }
    }
}
