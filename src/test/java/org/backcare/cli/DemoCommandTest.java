package org.backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.backcare.files.KnowledgeFiles;
import org.backcare.storage.ClinicWeeks;
import org.backcare.storage.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backcare demo}: a generated clinic kept through the normal storage, only in an empty database. */
class DemoCommandTest {
    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("demo.db").toString();
    }

    @Test
    void theSmallClinicIsKeptAndItsWeekIsReadBackFromTheRecords() {
        var made = Cli.run("demo", "--clinic", "small", "--seed", "3", "--db", db());
        assertThat(made.exitCode()).as(made.err()).isZero();
        assertThat(made.out()).contains("3 therapists, 2 rooms").contains("backcare serve --db ")
                .contains("prints a link that creates the admin");

        var monday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        try (var database = Database.open(db())) {
            var week = new ClinicWeeks(database, KnowledgeFiles.bundled(), Clock.systemUTC()).read(monday, 6);
            assertThat(week.therapists()).hasSize(3).allSatisfy(t -> {
                assertThat(t.skills()).contains("swedish");
                assertThat(t.hours()).isNotEmpty();
            });
            assertThat(week.rooms()).hasSize(2);
            assertThat(week.due()).hasSizeGreaterThanOrEqualTo(30).allSatisfy(d -> assertThat(d.available()).isNotEmpty());
            assertThat(week.due()).anySatisfy(d -> assertThat(d.usualTherapist()).isNotNull());
            var book = database.clientBook(KnowledgeFiles.bundled().vocabulary());
            var histories = book.clients().stream().map(c -> book.history(c.id()).orElseThrow()).toList();
            assertThat(histories).anySatisfy(h -> assertThat(h.sessions()).isNotEmpty()); // past sessions are on file
            assertThat(histories).as("nothing on file is dated today or later: the demo is made today")
                    .allSatisfy(h -> {
                        assertThat(h.client().consentGiven()).isBefore(LocalDate.now());
                        assertThat(h.sessions()).allSatisfy(s -> assertThat(s.date()).isBefore(LocalDate.now()));
                    });
        }
        assertThat(Cli.run("therapist", "list", "--db", db()).out()).contains("mei", "tom", "ana");
    }

    @Test
    void aDatabaseWithClientsOrAnUnknownSizeIsRefusedWritingNothing() {
        var bad = Cli.run("demo", "--clinic", "huge", "--db", db());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--clinic: 'huge' is not a size; small, medium or large");

        Cli.run("client", "add", "--name", "Asha Rao", "--intake", "examples/desk-worker.yaml", "--consent", "--db", db());
        var again = Cli.run("demo", "--clinic", "small", "--db", db());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already has clients");
        assertThat(Cli.run("therapist", "list", "--db", db()).out()).doesNotContain("mei");
    }
}
