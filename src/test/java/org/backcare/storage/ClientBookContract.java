package org.backcare.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.backcare.intake.Region.LOWER_BACK;
import static org.backcare.storage.OnFile.DAY_ONE;
import static org.backcare.storage.OnFile.VOCABULARY;
import static org.backcare.storage.OnFile.client;
import static org.backcare.storage.OnFile.firstIntake;
import static org.backcare.storage.OnFile.intake;
import static org.backcare.storage.OnFile.session;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.backcare.clients.AuditEntry;
import org.backcare.clients.ClientExistsException;
import org.backcare.clients.ClientId;
import org.backcare.clients.ClientRecord;
import org.backcare.clients.IntakeVersion;
import org.backcare.clients.MeasureEntry;
import org.backcare.clients.UnknownClientException;
import org.backcare.files.KnowledgeFiles;
import org.backcare.planning.CarePlanner;
import org.backcare.progress.AreaMinutes;
import org.backcare.progress.SessionLog;
import org.backcare.report.PlanJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every database keeps and refuses: run on SQLite and on a real PostgreSQL server, the same tests. */
abstract class ClientBookContract {
    static final ClientId ASHA = new ClientId("asha-rao");

    private final List<Database> opened = new ArrayList<>();
    String location;
    Database database;
    SqlClientBook book;

    /** The location of a new, empty database. */
    abstract String newLocation();

    Database open(String where) {
        var db = Database.open(where);
        opened.add(db);
        return db;
    }

    @BeforeEach
    void openANewDatabase() {
        location = newLocation();
        database = open(location);
        book = database.clientBook(VOCABULARY);
    }

    @AfterEach
    void closeEverything() {
        opened.forEach(Database::close);
    }

    long rows(String table) {
        return database.transaction("count", h -> h.createQuery("select count(*) from " + table).mapTo(Long.class).one());
    }

    @Test
    void aClientIsListedWithTheirConsentAndFirstIntake() {
        book.add(client("Asha Rao"), firstIntake());
        book.add(client("Daniel Okafor"), firstIntake());

        assertThat(book.clients()).containsExactly(client("Asha Rao"), client("Daniel Okafor"));
        var history = book.history(ASHA).orElseThrow();
        assertThat(history.client().consentGiven()).isEqualTo(DAY_ONE);
        assertThat(history.intakes()).containsExactly(firstIntake());
        assertThat(book.history(new ClientId("nobody"))).isEmpty();
    }

    @Test
    void aSessionIsKeptWithEveryField() {
        book.add(client("Asha Rao"), firstIntake());
        var later = session(DAY_ONE.plusDays(7), "second");
        var first = session(DAY_ONE, "first");
        book.logSession(ASHA, later);
        book.logSession(ASHA, first);

        assertThat(book.history(ASHA).orElseThrow().sessions()).containsExactly(first, later);
    }

    @Test
    void everyIntakeVersionIsKeptAndNumbered() {
        book.add(client("Asha Rao"), firstIntake());
        var second = book.addIntake(ASHA, DAY_ONE.plusDays(30), intake(3));

        assertThat(second.version()).isEqualTo(2);
        var history = book.history(ASHA).orElseThrow();
        assertThat(history.intakes()).containsExactly(firstIntake(), second);
        assertThat(history.currentIntake().painIn(LOWER_BACK)).hasValue(3);
    }

    @Test
    void plansAreNumberedAndKeptAsGivenAndMeasuresAsWritten() {
        book.add(client("Asha Rao"), firstIntake());
        var first = book.keepPlan(ASHA, DAY_ONE, "abc123", "{\"plan\" : 1}\n");
        var second = book.keepPlan(ASHA, DAY_ONE.plusDays(28), "abc124", "{ \"plan\": 2 }");
        var odi = new MeasureEntry("odi", DAY_ONE, "1,2,2,1,0,1,2,-,1,1");
        book.recordMeasure(ASHA, odi);

        assertThat(List.of(first.number(), second.number())).containsExactly(1, 2);
        var history = book.history(ASHA).orElseThrow();
        assertThat(history.plans()).containsExactly(first, second);
        assertThat(history.measures()).containsExactly(odi);
    }

    @Test
    void aTakenIdIsRefusedAndNothingChanges() {
        book.add(client("Asha Rao"), firstIntake());

        assertThatThrownBy(() -> book.add(new ClientRecord(ASHA, "Another Asha", DAY_ONE),
                new IntakeVersion(1, DAY_ONE, intake(2))))
                .isInstanceOf(ClientExistsException.class).hasMessageContaining("asha-rao");
        assertThat(book.clients()).containsExactly(client("Asha Rao"));
        assertThat(book.history(ASHA).orElseThrow().intakes()).containsExactly(firstIntake());
    }

    @Test
    void anUnknownClientIsRefusedAndNothingIsWritten() {
        var nobody = new ClientId("nobody");

        assertThatThrownBy(() -> book.logSession(nobody, session(DAY_ONE, "x"))).isInstanceOf(UnknownClientException.class);
        assertThatThrownBy(() -> book.addIntake(nobody, DAY_ONE, intake(3))).isInstanceOf(UnknownClientException.class);
        assertThatThrownBy(() -> book.recordMeasure(nobody, new MeasureEntry("odi", DAY_ONE, "1")))
                .isInstanceOf(UnknownClientException.class);
        assertThatThrownBy(() -> book.keepPlan(nobody, DAY_ONE, "k", "{}")).isInstanceOf(UnknownClientException.class);
        assertThatThrownBy(() -> book.forget(nobody, "Mira", Instant.now())).isInstanceOf(UnknownClientException.class);
        for (var table : List.of("clients", "sessions", "intakes", "measures", "plans", "audit_log")) {
            assertThat(rows(table)).as(table).isZero();
        }
    }

    @Test
    void aValueRefusedMidwayThroughASessionLeavesNoPartOfIt() {
        book.add(client("Asha Rao"), firstIntake());
        var good = session(DAY_ONE, "x");
        var badSecondArea = new SessionLog(good.date(), good.therapist(), good.minutes(),
                List.of(new AreaMinutes(LOWER_BACK, 30), new AreaMinutes(LOWER_BACK, 0)), good.techniques(),
                good.pressure(), good.painBefore(), good.painAfter(), good.afterEffects(), good.feedback(), good.notes());

        assertThatThrownBy(() -> book.logSession(ASHA, badSecondArea)).isInstanceOf(StorageException.class)
                .hasMessage("cannot log the session for asha-rao: the database refused a value (rule: area minutes above 0);"
                        + " nothing was changed");
        for (var table : List.of("sessions", "session_areas", "session_techniques", "session_after_effects", "session_feedback")) {
            assertThat(rows(table)).as(table).isZero();
        }
    }

    @Test
    void aPlanThatIsNotJsonIsRefused() {
        book.add(client("Asha Rao"), firstIntake());

        assertThatThrownBy(() -> book.keepPlan(ASHA, DAY_ONE, "k", "not json")).isInstanceOf(StorageException.class)
                .hasMessageContaining("not JSON");
        assertThat(rows("plans")).isZero();
    }

    @Test
    void forgettingRemovesEverythingAndLeavesAnAuditEntryWithoutHealthData() {
        book.add(client("Asha Rao"), firstIntake());
        book.add(client("Daniel Okafor"), firstIntake());
        for (var id : List.of(ASHA, new ClientId("daniel-okafor"))) {
            book.addIntake(id, DAY_ONE, intake(2));
            book.logSession(id, session(DAY_ONE, "x"));
            book.recordMeasure(id, new MeasureEntry("odi", DAY_ONE, "1,2"));
            book.keepPlan(id, DAY_ONE, "k", "{}");
        }
        var reference = book.reference(ASHA).orElseThrow();
        var when = Instant.parse("2026-12-24T09:30:00.123456Z");

        book.forget(ASHA, "Mira Shah", when);

        assertThat(book.history(ASHA)).isEmpty();
        assertThat(book.clients()).extracting(c -> c.id().value()).containsExactly("daniel-okafor");
        assertThat(List.of(rows("intakes"), rows("sessions"), rows("session_areas"), rows("session_techniques"),
                rows("session_after_effects"), rows("session_feedback"), rows("measures"), rows("plans")))
                .containsExactly(2L, 1L, 2L, 2L, 1L, 2L, 1L, 1L);
        assertThat(book.auditLog()).containsExactly(new AuditEntry(when, "Mira Shah", "forget", reference));
        assertThat(reference).doesNotContainIgnoringCase("asha").doesNotContainIgnoringCase("rao").matches("[0-9a-f]{16}");
    }

    @Test
    void exportImportExportGivesTheSameBytes() {
        fill(book);
        var archive = new Archive(database, VOCABULARY);
        var everything = archive.export(Optional.empty());
        var one = archive.export(Optional.of(ASHA));

        var fresh = open(newLocation());
        var imported = new Archive(fresh, VOCABULARY).importJson(everything, "everything.json");
        assertThat(imported.clients()).extracting(ClientId::value).containsExactly("asha-rao", "daniel-okafor");
        assertThat(new Archive(fresh, VOCABULARY).export(Optional.empty())).isEqualTo(everything);
        assertThat(fresh.clientBook(VOCABULARY).history(ASHA).orElseThrow().plans()) // a plan's text is kept as it was made
                .isEqualTo(book.history(ASHA).orElseThrow().plans());

        var another = open(newLocation());
        new Archive(another, VOCABULARY).importJson(one, "asha.json");
        assertThat(new Archive(another, VOCABULARY).export(Optional.of(ASHA))).isEqualTo(one);
        assertThat(one).contains("\"id\" : \"asha-rao\"").doesNotContain("daniel-okafor");
    }

    @Test
    void importRefusesAClientAlreadyOnFileAndWritesNothing() {
        fill(book);
        var archive = new Archive(database, VOCABULARY);
        var everything = archive.export(Optional.empty());
        book.forget(new ClientId("daniel-okafor"), "Mira Shah", Instant.parse("2026-12-30T10:00:00Z"));
        var before = archive.export(Optional.empty());

        assertThatThrownBy(() -> archive.importJson(everything, "everything.json")).isInstanceOf(StorageException.class)
                .hasMessage("will not import everything.json: already on file: asha-rao. Nothing was imported;"
                        + " forget them first, or import into another database.");
        assertThat(archive.export(Optional.empty())).isEqualTo(before);
    }

    @Test
    void anArchiveWithProblemsNamesEachOneAndWritesNothing() {
        fill(book);
        var broken = new Archive(database, VOCABULARY).export(Optional.of(ASHA))
                .replace("\"painAfter\" : 3", "\"painAfter\" : 12").replace("\"date\" : \"2026-12-08\"", "\"date\" : \"08/12/2026\"");
        var fresh = open(newLocation());

        assertThatThrownBy(() -> new Archive(fresh, VOCABULARY).importJson(broken, "asha.json"))
                .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.details()).contains(
                        "clients[0].sessions[0].painAfter: required: a whole number from 0 to 10",
                        "clients[0].sessions[1].date: '08/12/2026' is not a date; use YYYY-MM-DD"));
        assertThat(fresh.clientBook(VOCABULARY).clients()).isEmpty();
    }

    @Test
    void twoWritersAtOnceLoseNeitherWrite() throws Exception {
        book.add(client("Asha Rao"), firstIntake());
        var other = open(location).clientBook(VOCABULARY);
        var start = new CountDownLatch(1);
        var writers = List.of(book, other).stream().map(writer -> new Thread(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            for (int i = 0; i < 25; i++) {
                writer.logSession(ASHA, session(DAY_ONE.plusDays(i), Thread.currentThread().getName() + " " + i));
                writer.addIntake(ASHA, DAY_ONE.plusDays(i), intake(i % 11));
                writer.keepPlan(ASHA, DAY_ONE.plusDays(i), "k", "{}");
            }
        })).toList();
        var failures = new ConcurrentLinkedQueue<Throwable>();
        writers.forEach(w -> w.setUncaughtExceptionHandler((t, e) -> failures.add(e)));
        writers.forEach(Thread::start);
        start.countDown();
        for (var writer : writers) {
            writer.join();
        }

        assertThat(failures).isEmpty();
        var history = book.history(ASHA).orElseThrow();
        assertThat(history.sessions()).hasSize(50);
        assertThat(history.intakes()).extracting(v -> v.version()).containsExactlyElementsOf(IntStream.rangeClosed(1, 51).boxed().toList());
        assertThat(history.plans()).extracting(p -> p.number()).containsExactlyElementsOf(IntStream.rangeClosed(1, 50).boxed().toList());
    }

    @Test
    void theMigrationsAppliedAreTheVersionsBackcareKnows() {
        List<String> applied = database.transaction("read the schema history", h -> h.createQuery(
                "select version from flyway_schema_history order by installed_rank").mapTo(String.class).list());
        assertThat(applied).isEqualTo(Schema.VERSIONS);
    }

    @Test
    void aDatabaseFromANewerBackcareIsRefusedUntouched() {
        database.transaction("pretend a newer Backcare wrote here", h -> h.execute("""
                insert into flyway_schema_history (installed_rank, version, description, type, script, checksum,
                                                   installed_by, execution_time, success)
                values (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 0, 'backcare', 0, true)"""));
        var history = rows("flyway_schema_history");

        assertThatThrownBy(() -> Database.open(location)).isInstanceOf(StorageException.class)
                .hasMessageEndingWith(" was written by a newer Backcare (database version 99; this Backcare knows"
                        + " versions up to 1). Update Backcare to open it. Nothing was changed.");
        assertThat(rows("flyway_schema_history")).isEqualTo(history);
    }

    @Test
    void aWriterKilledMidBatchLeavesEveryCommittedSessionAndNoPartialOne() throws Exception {
        var crashTest = new ClientId("crash-test");
        book.add(new ClientRecord(crashTest, "Crash Test", DAY_ONE), firstIntake());
        var errors = Files.createTempFile("crashing-writer", ".err");
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CrashingWriter.class.getName(),
                location, "100000").redirectError(errors.toFile()).start();
        var committed = new ArrayList<Integer>();
        try (var lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (var line = lines.readLine(); line != null; line = lines.readLine()) {
                committed.add(Integer.parseInt(line.replace("committed ", "")));
                if (committed.size() == 40) {
                    child.toHandle().destroyForcibly(); // SIGKILL: no rollback, no close; its output so far stays readable
                }
            }
        }
        child.waitFor();

        assertThat(committed).as("the child's errors: %s", Files.readString(errors)).hasSizeGreaterThanOrEqualTo(40);
        var sessions = open(location).clientBook(VOCABULARY).history(crashTest).orElseThrow().sessions();
        assertThat(sessions).hasSizeBetween(committed.size(), committed.size() + 1); // one may commit before it says so
        for (int i = 0; i < sessions.size(); i++) {
            assertThat(sessions.get(i)).isEqualTo(session(DAY_ONE.plusDays(i), "session " + i));
        }
    }

    /** Two clients with every kind of record, and a third forgotten. */
    static void fill(SqlClientBook book) {
        book.add(client("Asha Rao"), firstIntake());
        book.add(client("Daniel Okafor"), firstIntake());
        book.add(client("Léa Martin"), firstIntake());
        book.addIntake(ASHA, DAY_ONE.plusDays(30), intake(3));
        book.logSession(ASHA, session(DAY_ONE, "first"));
        book.logSession(ASHA, session(DAY_ONE.plusDays(7), "second"));
        book.recordMeasure(ASHA, new MeasureEntry("odi", DAY_ONE, "1,2,2,1,0,1,2,-,1,1"));
        var knowledge = KnowledgeFiles.bundled();
        book.keepPlan(ASHA, DAY_ONE, knowledge.version(),
                new PlanJson(knowledge).write(new CarePlanner(knowledge).plan(intake(6), DAY_ONE)));
        book.logSession(new ClientId("daniel-okafor"), session(DAY_ONE.plusDays(1), "only"));
        book.forget(new ClientId("lea-martin"), "Mira Shah", Instant.parse("2026-12-20T16:45:00Z"));
    }
}
