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

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.backcare.clients.AuditEntry;
import org.backcare.clients.AuditLine;
import org.backcare.clients.ClientChangedException;
import org.backcare.clients.ClientExistsException;
import org.backcare.clients.ClientId;
import org.backcare.clients.ClientPage;
import org.backcare.clients.ClientQuery;
import org.backcare.clients.ClientRecord;
import org.backcare.clients.Contact;
import org.backcare.clients.IntakeDraft;
import org.backcare.clients.IntakeVersion;
import org.backcare.clients.MeasureEntry;
import org.backcare.clients.RecordsVersion;
import org.backcare.clients.UnknownClientException;
import org.backcare.files.IntakeFile;
import org.backcare.files.KnowledgeFiles;
import org.backcare.planning.CarePlanner;
import org.backcare.progress.AreaMinutes;
import org.backcare.progress.HomeworkDone;
import org.backcare.progress.SessionLog;
import org.backcare.progress.SoapNote;
import org.backcare.progress.Voided;
import org.backcare.report.PlanJson;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every database keeps and refuses: run on SQLite and on a real PostgreSQL server, the same tests. */
abstract class ClientBookContract extends DatabaseContract {
    static final ClientId ASHA = new ClientId("asha-rao");
    static final Contact ASHAS_CONTACT = Contact.of(Optional.of("asha@example.org"), Optional.of("+44 20 7946 0958"))
            .remindersOff(Optional.of(DAY_ONE.plusDays(5)));

    SqlClientBook book;

    @BeforeEach
    void openTheBook() {
        book = database.clientBook(VOCABULARY);
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
    void readsGoOnWhileAWriteHoldsTheWriter() throws Exception {
        book.add(client("Asha Rao"), firstIntake());
        var holding = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        // threads of its own: the common pool may have a single thread, which the held write would keep
        var threads = Executors.newFixedThreadPool(2);
        var writing = CompletableFuture.runAsync(() -> database.transaction("hold the writer",
                handle -> {
                    handle.createUpdate("update clients set name = 'Asha R.' where id = 'asha-rao'").execute();
                    holding.countDown();
                    await(release);
                    return null;
                }), threads);
        try {
            await(holding);
            // on one shared connection this waited for the write; the writer's change is not seen until it commits
            var read = CompletableFuture.supplyAsync(() -> book.history(ASHA).orElseThrow(),
                    threads);
            assertThat(read.get(30, TimeUnit.SECONDS).client().name()).isEqualTo("Asha Rao");
        } finally {
            release.countDown();
            writing.join();
            threads.shutdown();
        }
        assertThat(book.history(ASHA).orElseThrow().client().name()).isEqualTo("Asha R.");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
    void theAnswersAClientSentBeforeAVisitTravelWithTheArchiveAndABrokenOneIsNamed() {
        fill(book);
        var draft = new IntakeDraft(ASHA, DAY_ONE.plusDays(40), Instant.parse("2026-12-23T08:30:00Z"), intake(2));
        book.keepIntakeDraft(draft);
        var one = new Archive(database, VOCABULARY).export(Optional.of(ASHA));
        assertThat(one).contains("\"intakeDraft\" : {", "\"received\" : \"2026-12-23T08:30:00Z\"");
        assertThat(new Archive(database, VOCABULARY).export(Optional.of(new ClientId("daniel-okafor"))))
                .contains("\"intakeDraft\" : null");

        var fresh = open(newLocation());
        new Archive(fresh, VOCABULARY).importJson(one, "asha.json");
        assertThat(fresh.clientBook(VOCABULARY).intakeDraft(ASHA)).hasValue(draft);
        assertThat(new Archive(fresh, VOCABULARY).export(Optional.of(ASHA))).isEqualTo(one);

        var broken = one.replace("\"received\" : \"2026-12-23T08:30:00Z\"", "\"received\" : \"this morning\"");
        var another = open(newLocation());
        assertThatThrownBy(() -> new Archive(another, VOCABULARY).importJson(broken, "asha.json"))
                .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.details()).contains(
                        "clients[0].intakeDraft.received: 'this morning' is not a time; use for example 2026-12-03T10:15:30Z"));
        assertThat(another.clientBook(VOCABULARY).clients()).isEmpty();
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
                .replace("\"painAfter\" : 3", "\"painAfter\" : 12").replace("\"date\" : \"2026-12-08\"", "\"date\" : \"08/12/2026\"")
                .replace("\"exercise\" : \"20-minute walk\"", "\"exercise\" : \" \"");
        var fresh = open(newLocation());

        assertThatThrownBy(() -> new Archive(fresh, VOCABULARY).importJson(broken, "asha.json"))
                .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.details()).contains(
                        "clients[0].sessions[0].painAfter: required: a whole number from 0 to 10",
                        "clients[0].sessions[1].date: '08/12/2026' is not a date; use YYYY-MM-DD",
                        "clients[0].homework[1].exercise: required: what the client did, at most 200 characters"));
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
                        + " versions up to " + Schema.VERSIONS.get(Schema.VERSIONS.size() - 1)
                        + "). Update Backcare to open it. Nothing was changed.");
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

    @Test
    void aServerKilledUnderLoadKeepsEveryAuditEntryItAcknowledged() throws Exception {
        book.add(new ClientRecord(new ClientId("crash-test"), "Crash Test", DAY_ONE), firstIntake());
        var errors = Files.createTempFile("crashing-auditor", ".err");
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CrashingAuditor.class.getName(),
                location, "8").redirectError(errors.toFile()).start();
        var acknowledged = new ArrayList<String>();
        try (var lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (var line = lines.readLine(); line != null; line = lines.readLine()) {
                acknowledged.add("read " + line);
                if (acknowledged.size() == 400) {
                    child.toHandle().destroyForcibly(); // SIGKILL, with entries of 8 threads on their way
                }
            }
        }
        child.waitFor();

        assertThat(acknowledged).as("the child's errors: %s", Files.readString(errors)).hasSizeGreaterThanOrEqualTo(400);
        var kept = open(location).clientBook(VOCABULARY).auditLog().stream().map(AuditEntry::action).toList();
        assertThat(kept).containsAll(acknowledged);
    }

    @Test
    void auditEntriesArrivingTogetherShareATransactionAndEachCallerWaitsForItsOwn() throws Exception {
        book.add(client("Asha Rao"), firstIntake());
        var biggest = new AtomicInteger();
        database.observeAuditBatches((lines, wait) -> biggest.accumulateAndGet(lines, Math::max));
        var threads = new ArrayList<Thread>();
        var kept = new ConcurrentLinkedQueue<String>();
        for (int t = 0; t < 8; t++) {
            var name = "t" + t;
            var thread = new Thread(() -> {
                for (int i = 0; i < 25; i++) {
                    var action = "read " + name + "-" + i;
                    book.audit(ASHA, "tom", action, Instant.now());
                    kept.add(action);
                }
            });
            thread.start();
            threads.add(thread);
        }
        var refused = new AtomicInteger();
        var nobody = new Thread(() -> { // their lines share batches with Asha's: refused alone, the others kept
            for (int i = 0; i < 25; i++) {
                try {
                    book.audit(new ClientId("nobody"), "tom", "read client", Instant.now());
                } catch (UnknownClientException e) {
                    refused.incrementAndGet();
                }
            }
        });
        nobody.start();
        threads.add(nobody);
        for (var thread : threads) {
            thread.join();
        }
        assertThat(book.auditLog().stream().map(AuditEntry::action)).containsExactlyInAnyOrderElementsOf(kept).hasSize(200);
        assertThat(refused).hasValue(25);
        assertThat(biggest.get()).as("lines committed together").isGreaterThan(1);
    }

    @Test
    void everyWriteAboutAClientRaisesTheirVersionByOneAndReadsDoNot() {
        book.add(client("Asha Rao"), firstIntake());
        var versions = new ArrayList<Long>(List.of(book.version(ASHA)));
        List<Runnable> writes = List.of(
                () -> book.addIntake(ASHA, DAY_ONE, intake(4)),
                () -> book.addIntake(ASHA, DAY_ONE, intake(3), book.version(ASHA)),
                () -> book.logSession(ASHA, session(DAY_ONE, "x")),
                () -> book.recordMeasure(ASHA, new MeasureEntry("nprs", DAY_ONE, "5")),
                () -> book.keepPlan(ASHA, DAY_ONE, "k", "{}"),
                () -> book.rename(ASHA, "Asha R. Rao", book.version(ASHA)),
                () -> book.logHomework(ASHA, new HomeworkDone(DAY_ONE, "cat-cow stretch", "")));
        for (var write : writes) {
            write.run();
            book.history(ASHA);
            book.homework(ASHA);
            book.audit(ASHA, "mira", "read progress", Instant.parse("2026-12-02T10:00:00Z"));
            versions.add(book.version(ASHA));
        }

        assertThat(versions).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
    }

    @Test
    void theRecordsVersionOfAClientForgottenAndAddedAgainUnderTheSameIdIsNotTheOldOne() {
        book.add(client("Asha Rao"), firstIntake());
        var first = book.recordsVersion(ASHA);
        assertThat(first).isEqualTo(new RecordsVersion(ASHA, book.reference(ASHA).orElseThrow(), book.version(ASHA)));

        book.forget(ASHA, "Mira Shah", Instant.parse("2026-12-02T10:00:00Z"));
        assertThatThrownBy(() -> book.recordsVersion(ASHA)).isInstanceOf(UnknownClientException.class);
        book.add(client("Asha Rao"), firstIntake());

        var again = book.recordsVersion(ASHA);
        assertThat(again.version()).isEqualTo(first.version());
        assertThat(again).isNotEqualTo(first);
    }

    @Test
    void aWriteRefusedByTheDatabaseLeavesTheVersionAsItWas() {
        book.add(client("Asha Rao"), firstIntake());
        var good = session(DAY_ONE, "x");
        var noMinutes = new SessionLog(good.date(), good.therapist(), 0, good.areas(), good.techniques(), good.pressure(),
                good.painBefore(), good.painAfter(), good.afterEffects(), good.feedback(), good.notes());

        assertThatThrownBy(() -> book.logSession(ASHA, noMinutes)).isInstanceOf(StorageException.class);
        assertThat(book.version(ASHA)).isEqualTo(1);
    }

    @Test
    void aChangeOnAnOutOfDateVersionIsRefusedAndWritesNothing() {
        book.add(client("Asha Rao"), firstIntake());
        long seen = book.version(ASHA);
        book.logSession(ASHA, session(DAY_ONE, "someone else's")); // meanwhile

        assertThatThrownBy(() -> book.addIntake(ASHA, DAY_ONE.plusDays(1), intake(2), seen))
                .isInstanceOfSatisfying(ClientChangedException.class, e -> {
                    assertThat(e.id()).isEqualTo(ASHA);
                    assertThat(List.of(e.expected(), e.actual())).containsExactly(1L, 2L);
                })
                .hasMessage("asha-rao was changed by someone else (version 2, you had 1); reload and try again");
        assertThatThrownBy(() -> book.rename(ASHA, "Someone Else", seen)).isInstanceOf(ClientChangedException.class);
        var history = book.history(ASHA).orElseThrow();
        assertThat(history.intakes()).containsExactly(firstIntake());
        assertThat(history.client().name()).isEqualTo("Asha Rao");
        assertThat(book.version(ASHA)).isEqualTo(2);

        book.rename(ASHA, "  Asha R. Rao ", 2);
        assertThat(book.clients()).containsExactly(new ClientRecord(ASHA, "Asha R. Rao", DAY_ONE));
    }

    @Test
    void ofTwoWritersWhoSawTheSameVersionOneWinsAndTheOtherIsToldTheClientChanged() throws Exception {
        book.add(client("Asha Rao"), firstIntake());
        var writers = List.of(book, open(location).clientBook(VOCABULARY));
        var start = new CyclicBarrier(2);
        var outcomes = new ConcurrentLinkedQueue<String>();
        var threads = IntStream.range(0, 2).mapToObj(i -> new Thread(() -> {
            try {
                start.await();
                writers.get(i).addIntake(ASHA, DAY_ONE.plusDays(1), intake(i), 1);
                outcomes.add("written");
            } catch (ClientChangedException e) {
                outcomes.add(e.getMessage());
            } catch (Exception e) {
                outcomes.add(e.toString());
            }
        })).toList();
        threads.forEach(Thread::start);
        for (var thread : threads) {
            thread.join();
        }

        assertThat(outcomes).containsExactlyInAnyOrder("written",
                "asha-rao was changed by someone else (version 2, you had 1); reload and try again");
        assertThat(book.history(ASHA).orElseThrow().intakes()).hasSize(2);
        assertThat(book.version(ASHA)).isEqualTo(2);
    }

    @Test
    void versionsAndRenamingNameAnUnknownClientOrABlankName() {
        var nobody = new ClientId("nobody");
        book.add(client("Asha Rao"), firstIntake());

        assertThatThrownBy(() -> book.version(nobody)).isInstanceOf(UnknownClientException.class);
        assertThatThrownBy(() -> book.rename(nobody, "Nobody", 1)).isInstanceOf(UnknownClientException.class);
        assertThatThrownBy(() -> book.addIntake(nobody, DAY_ONE, intake(3), 1)).isInstanceOf(UnknownClientException.class);
        assertThatThrownBy(() -> book.rename(ASHA, " ", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name: required: the client's name");
        assertThat(book.version(ASHA)).isEqualTo(1);
    }

    @Test
    void homeworkIsKeptOldestFirstAndGoesWithTheClient() {
        book.add(client("Asha Rao"), firstIntake());
        var stretch = new HomeworkDone(DAY_ONE.plusDays(2), "knee-to-chest stretch", "easier than last week");
        var walk = new HomeworkDone(DAY_ONE.plusDays(1), "20-minute walk", "");
        var again = new HomeworkDone(DAY_ONE.plusDays(2), "20-minute walk", "in the rain");
        book.logHomework(ASHA, stretch);
        book.logHomework(ASHA, walk);
        book.logHomework(ASHA, again);

        assertThat(book.homework(ASHA)).containsExactly(walk, stretch, again);
        assertThatThrownBy(() -> book.homework(new ClientId("nobody"))).isInstanceOf(UnknownClientException.class);
        assertThatThrownBy(() -> book.logHomework(new ClientId("nobody"), walk)).isInstanceOf(UnknownClientException.class);
        book.forget(ASHA, "mira", Instant.parse("2026-12-24T09:30:00Z"));
        assertThat(rows("homework_log")).isZero();
    }

    @Test
    void aSearchFindsNameOrIdInAnyCaseAndEachPageCountsTheWhole() {
        for (var name : List.of("Asha Rao", "Émile Zola", "daniel okafor", "Rao Singh", "Bea 100% Rao_x!", "Zoe Adams")) {
            book.add(client(name), firstIntake());
        }

        assertThat(names(book.clients(new ClientQuery("RAO", Optional.empty(), 0, 10))))
                .containsExactly("Asha Rao", "Bea 100% Rao_x!", "Rao Singh");
        assertThat(names(book.clients(new ClientQuery("émile", Optional.empty(), 0, 10)))).containsExactly("Émile Zola");
        assertThat(names(book.clients(new ClientQuery("ÉMILE", Optional.empty(), 0, 10)))).containsExactly("Émile Zola");
        assertThat(names(book.clients(new ClientQuery("a-r", Optional.empty(), 0, 10)))).containsExactly("Asha Rao");
        assertThat(names(book.clients(new ClientQuery("0%", Optional.empty(), 0, 10)))).containsExactly("Bea 100% Rao_x!");
        assertThat(names(book.clients(new ClientQuery("o_", Optional.empty(), 0, 10)))).containsExactly("Bea 100% Rao_x!");
        assertThat(names(book.clients(new ClientQuery("x!", Optional.empty(), 0, 10)))).containsExactly("Bea 100% Rao_x!");
        assertThat(names(book.clients(new ClientQuery("nobody", Optional.empty(), 0, 10)))).isEmpty();

        var first = book.clients(ClientQuery.everyone(0, 4));
        var second = book.clients(ClientQuery.everyone(4, 4));
        assertThat(names(first)).containsExactly("Asha Rao", "Bea 100% Rao_x!", "daniel okafor", "Rao Singh");
        assertThat(names(second)).containsExactlyInAnyOrder("Zoe Adams", "Émile Zola"); // where É goes: the collation's
        assertThat(List.of(first.total(), second.total(), second.offset(), second.limit())).containsExactly(6, 6, 4, 4);
        assertThat(book.clients(ClientQuery.everyone(10, 4)).clients()).isEmpty();
        var raoPage = book.clients(new ClientQuery("rao", Optional.empty(), 1, 1));
        assertThat(names(raoPage)).containsExactly("Bea 100% Rao_x!");
        assertThat(raoPage.total()).isEqualTo(3);
    }

    @Test
    void theSameNameIsOrderedById() {
        book.add(new ClientRecord(new ClientId("sam-lee-2"), "Sam Lee", DAY_ONE), firstIntake());
        book.add(new ClientRecord(new ClientId("sam-lee"), "Sam Lee", DAY_ONE), firstIntake());

        assertThat(book.clients(ClientQuery.everyone(0, 10)).clients()).extracting(c -> c.id().value())
                .containsExactly("sam-lee", "sam-lee-2");
    }

    @Test
    void aListAmongACaseloadShowsOnlyThoseClients() {
        for (var name : List.of("Asha Rao", "Daniel Okafor", "Rao Singh")) {
            book.add(client(name), firstIntake());
        }
        var caseload = Optional.of(Set.of(ASHA, new ClientId("rao-singh"), new ClientId("forgotten-long-ago")));

        var page = book.clients(new ClientQuery("", caseload, 0, 10));
        assertThat(names(page)).containsExactly("Asha Rao", "Rao Singh");
        assertThat(page.total()).isEqualTo(2);
        assertThat(names(book.clients(new ClientQuery("singh", caseload, 0, 10)))).containsExactly("Rao Singh");
        assertThat(book.clients(new ClientQuery("", Optional.of(Set.of()), 0, 10)))
                .isEqualTo(new ClientPage(List.of(), 0, 0, 10));
    }

    @Test
    void theAuditTrailIsNewestFirstAndNamesTheClientWhileTheyAreOnFile() {
        book.add(client("Asha Rao"), firstIntake());
        book.add(client("Daniel Okafor"), firstIntake());
        var daniel = new ClientId("daniel-okafor");
        var reference = book.reference(daniel).orElseThrow();
        var start = Instant.parse("2026-12-02T09:00:00Z");
        book.audit(ASHA, "mira", "read progress", start);
        book.audit(daniel, "mira", "log session", start.plusSeconds(60));
        book.audit(ASHA, "admin", "read the plan", start.plusSeconds(120));
        book.forget(daniel, "admin", start.plusSeconds(180));

        var page = book.auditTrail(0, 3);
        assertThat(page.lines()).containsExactly(
                new AuditLine(new AuditEntry(start.plusSeconds(180), "admin", "forget", reference), Optional.empty()),
                new AuditLine(new AuditEntry(start.plusSeconds(120), "admin", "read the plan", book.reference(ASHA).orElseThrow()),
                        Optional.of(ASHA)),
                new AuditLine(new AuditEntry(start.plusSeconds(60), "mira", "log session", reference), Optional.empty()));
        assertThat(page.total()).isEqualTo(4);
        assertThat(book.auditTrail(3, 3).lines()).extracting(line -> line.entry().action()).containsExactly("read progress");
        assertThatThrownBy(() -> book.audit(new ClientId("nobody"), "mira", "read progress", start))
                .isInstanceOf(UnknownClientException.class);
        assertThatThrownBy(() -> book.audit(ASHA, "mira", " ", start)).hasMessageStartingWith("action: required");
        assertThatThrownBy(() -> book.auditTrail(-1, 3)).hasMessage("offset: must be 0 or more (was -1)");
        assertThatThrownBy(() -> book.auditTrail(0, 201)).hasMessage("limit: must be from 1 to 200 (was 201)");
        assertThat(rows("audit_log")).isEqualTo(4);
    }

    @Test
    void aVersion1DatabaseKeepsItsClientsWhenBroughtUpToDate() {
        var old = newLocation();
        var place = Place.of(old);
        Flyway.configure().dataSource(place.writer()).locations(place.dialect().migrations()).target("1").load().migrate();
        Jdbi.create(place.writer()).useHandle(h -> {
            h.createUpdate("insert into clients (id, name, consent_given, reference) values ('asha-rao', 'Asha Rao', :day, 'a1b2c3d4e5f60718')")
                    .bind("day", place.dialect().date(DAY_ONE)).execute();
            h.createUpdate("insert into intakes (client_id, version, recorded, intake_yaml) values ('asha-rao', 1, :day, :yaml)")
                    .bind("day", place.dialect().date(DAY_ONE)).bind("yaml", IntakeFile.toYaml(intake(6))).execute();
        });

        var upgraded = open(old);
        var oldBook = upgraded.clientBook(VOCABULARY);
        assertThat(oldBook.clients()).containsExactly(client("Asha Rao"));
        assertThat(oldBook.history(ASHA).orElseThrow().intakes()).containsExactly(firstIntake());
        assertThat(oldBook.version(ASHA)).isEqualTo(1);
        oldBook.logSession(ASHA, session(DAY_ONE, "after the upgrade"));
        assertThat(oldBook.version(ASHA)).isEqualTo(2);
        assertThat(oldBook.reference(ASHA)).hasValue("a1b2c3d4e5f60718");
        assertThat(upgraded.accounts().all()).isEmpty();
    }

    @Test
    void anArchiveOfVersion1WithoutHomeworkStillImports() throws Exception {
        fill(book);
        var tree = (ObjectNode) Archive.JSON.readTree(new Archive(database, VOCABULARY).export(Optional.empty()));
        tree.put("backcareArchive", 1);
        tree.withArray("clients").forEach(client -> ((ObjectNode) client).remove("homework"));
        var fresh = open(newLocation());

        new Archive(fresh, VOCABULARY).importJson(Archive.text(tree), "old.json");

        var imported = fresh.clientBook(VOCABULARY);
        assertThat(imported.history(ASHA).orElseThrow().sessions()).isEqualTo(book.history(ASHA).orElseThrow().sessions());
        assertThat(imported.homework(ASHA)).isEmpty();
    }

    @Test
    void aVisitWithoutMassageTravelsAndAnArchiveOfVersion2ReadsEverySessionAsMassage() throws Exception {
        fill(book);
        book.logSession(ASHA, SessionLog.visit(DAY_ONE.plusDays(9), "Mira", 15, 4,
                new SoapNote("", "", "", "Referred to the GP")));
        var export = new Archive(database, VOCABULARY).export(Optional.empty());
        var again = open(newLocation());
        new Archive(again, VOCABULARY).importJson(export, "new.json");
        assertThat(again.clientBook(VOCABULARY).history(ASHA).orElseThrow().sessions())
                .isEqualTo(book.history(ASHA).orElseThrow().sessions()).filteredOn(s -> !s.massage()).hasSize(1);

        var tree = (ObjectNode) Archive.JSON.readTree(export);
        tree.put("backcareArchive", 2);
        tree.withArray("clients").forEach(client -> client.withArray("sessions")
                .forEach(session -> ((ObjectNode) session).remove("massage")));
        var fresh = open(newLocation());
        new Archive(fresh, VOCABULARY).importJson(Archive.text(tree), "old.json");
        assertThat(fresh.clientBook(VOCABULARY).history(ASHA).orElseThrow().sessions()).allMatch(SessionLog::massage);
    }

    @Test
    void aVoidedSessionOrQuestionnaireStaysOnFileMarkedAndAudited() {
        fill(book);
        var at = Instant.parse("2026-12-04T10:00:00Z");
        var why = new Voided(DAY_ONE.plusDays(8), "Mira", "logged for the wrong client");
        long version = book.version(ASHA);
        book.voidSession(ASHA, 2, why, at);
        book.voidMeasure(ASHA, 1, why, at);

        var history = book.history(ASHA).orElseThrow();
        assertThat(history.sessions()).extracting(SessionLog::voided).containsExactly(null, why);
        assertThat(history.massageSessions()).hasSize(1);
        assertThat(history.measures().get(0).voided()).isEqualTo(why);
        assertThat(history.keptMeasures()).isEmpty();
        assertThat(book.version(ASHA)).isEqualTo(version + 2);
        assertThat(book.auditLog()).extracting(AuditEntry::action).contains("void session", "void questionnaire");
        assertThatThrownBy(() -> book.voidSession(ASHA, 2, why, at)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> book.voidSession(ASHA, 9, why, at)).isInstanceOf(IllegalArgumentException.class);
        assertThat(book.history(ASHA).orElseThrow()).isEqualTo(history);

        var again = open(newLocation());
        new Archive(again, VOCABULARY).importJson(new Archive(database, VOCABULARY).export(Optional.of(ASHA)), "a.json");
        assertThat(again.clientBook(VOCABULARY).history(ASHA).orElseThrow().sessions()).isEqualTo(history.sessions());
    }

    @Test
    void aCorrectionReplacesTheRecordInOneStepKeepingTheOldOneMarkedAndAudited() {
        fill(book);
        var at = Instant.parse("2026-12-04T10:00:00Z");
        var why = new Voided(DAY_ONE.plusDays(8), "Mira", "pain after was 2, not 5");
        var corrected = session(DAY_ONE.plusDays(7), "second, corrected");
        var odi = new MeasureEntry("odi", DAY_ONE, "1,1,1,1,0,1,2,-,1,1");
        long version = book.version(ASHA);
        book.correctSession(ASHA, 2, corrected, why, at, version);
        book.correctMeasure(ASHA, 1, odi, why, at, version + 1);

        var history = book.history(ASHA).orElseThrow();
        assertThat(history.sessions()).hasSize(3).extracting(SessionLog::voided)
                .containsExactly(null, why.asReplaced(), null);
        assertThat(history.massageSessions()).extracting(SessionLog::notes).extracting(SoapNote::subjective)
                .containsExactly("first", "second, corrected");
        assertThat(history.keptMeasures()).containsExactly(odi);
        assertThat(history.measures().get(0).voided()).isEqualTo(why.asReplaced());
        assertThat(book.version(ASHA)).isEqualTo(version + 2);
        assertThat(book.auditLog()).extracting(AuditEntry::action).contains("correct session", "correct questionnaire");
        var exported = new Archive(database, VOCABULARY).export(Optional.of(ASHA));
        assertThat(exported).contains("\"replaces\" : 2", "\"replaces\" : 1");
        var again = open(newLocation());
        new Archive(again, VOCABULARY).importJson(exported, "a.json");
        assertThat(again.clientBook(VOCABULARY).history(ASHA).orElseThrow()).as("corrected, not just voided")
                .isEqualTo(history);
        assertThat(new Archive(again, VOCABULARY).export(Optional.of(ASHA))).isEqualTo(exported);
        var pointingAtAStandingRecord = exported.replace("\"replaces\" : 2", "\"replaces\" : 1");
        assertThatThrownBy(() -> new Archive(open(newLocation()), VOCABULARY).importJson(pointingAtAStandingRecord,
                "b.json")).isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.details()).containsExactly(
                        "clients[0].sessions[2].replaces: must be the number of another record in the list, one that is"
                                + " voided"));

        assertThatThrownBy(() -> book.correctSession(ASHA, 3, corrected, why, at, version))
                .isInstanceOf(ClientChangedException.class);
        assertThatThrownBy(() -> book.correctSession(ASHA, 2, corrected, why, at, version + 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> book.voidSession(ASHA, 3, why, at, version)).isInstanceOf(ClientChangedException.class);
        assertThat(book.history(ASHA).orElseThrow()).isEqualTo(history);
        assertThat(book.version(ASHA)).isEqualTo(version + 2);

        book.voidSession(ASHA, 3, why, at, version + 2);
        assertThat(book.history(ASHA).orElseThrow().massageSessions()).hasSize(1);
        book.forget(ASHA, "Mira", at);
        assertThat(book.history(ASHA)).isEmpty();
    }

    @Test
    void contactDetailsAreKeptRaiseTheVersionAndGoWithTheClient() {
        book.add(client("Asha Rao"), firstIntake(), ASHAS_CONTACT);
        book.add(client("Daniel Okafor"), firstIntake());
        assertThat(book.contact(ASHA)).isEqualTo(ASHAS_CONTACT);
        assertThat(book.contact(new ClientId("daniel-okafor"))).isEqualTo(Contact.NONE);

        var bounced = ASHAS_CONTACT.bounced(DAY_ONE.plusDays(9));
        book.contact(ASHA, bounced, 1);
        assertThat(book.contact(ASHA)).isEqualTo(bounced);
        assertThat(book.contact(ASHA).mailable()).isEmpty();
        assertThat(book.version(ASHA)).isEqualTo(2);
        assertThatThrownBy(() -> book.contact(ASHA, Contact.NONE, 1)).isInstanceOf(ClientChangedException.class);
        assertThatThrownBy(() -> book.contact(new ClientId("nobody"))).isInstanceOf(UnknownClientException.class);

        book.forget(ASHA, "Mira Shah", Instant.parse("2026-12-24T09:30:00Z"));
        assertThat(rows("client_contacts")).isZero();
    }

    @Test
    void anArchiveOfVersion2WithoutContactDetailsStillImports() throws Exception {
        fill(book);
        var tree = (ObjectNode) Archive.JSON.readTree(new Archive(database, VOCABULARY).export(Optional.empty()));
        assertThat(tree.get("backcareArchive").asInt()).isEqualTo(3);
        tree.put("backcareArchive", 2);
        tree.withArray("clients").forEach(client -> ((ObjectNode) client).remove("contact"));
        var fresh = open(newLocation());

        new Archive(fresh, VOCABULARY).importJson(Archive.text(tree), "old.json");

        assertThat(fresh.clientBook(VOCABULARY).contact(ASHA)).isEqualTo(Contact.NONE);
        assertThat(fresh.clientBook(VOCABULARY).homework(ASHA)).isEqualTo(book.homework(ASHA));
    }

    @Test
    void anArchiveWithAMalformedAddressNamesItAndWritesNothing() {
        fill(book);
        var broken = new Archive(database, VOCABULARY).export(Optional.of(ASHA))
                .replace("\"asha@example.org\"", "\"asha.example.org\"");
        var fresh = open(newLocation());

        assertThatThrownBy(() -> new Archive(fresh, VOCABULARY).importJson(broken, "asha.json"))
                .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.details()).containsExactly(
                        "clients[0].contact.email: 'asha.example.org' is not an email address: needs one @ between"
                                + " a name and a domain, such as asha@example.org"));
        assertThat(fresh.clientBook(VOCABULARY).clients()).isEmpty();
    }

    private static List<String> names(ClientPage page) {
        return page.clients().stream().map(ClientRecord::name).toList();
    }

    /** Two clients with every kind of record (homework too), and a third forgotten. */
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
        book.logHomework(ASHA, new HomeworkDone(DAY_ONE.plusDays(2), "knee-to-chest stretch", "felt easier"));
        book.logHomework(ASHA, new HomeworkDone(DAY_ONE.plusDays(3), "20-minute walk", ""));
        book.contact(ASHA, ASHAS_CONTACT);
        book.logSession(new ClientId("daniel-okafor"), session(DAY_ONE.plusDays(1), "only"));
        book.forget(new ClientId("lea-martin"), "Mira Shah", Instant.parse("2026-12-20T16:45:00Z"));
    }
}
