package org.backcare.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.backcare.storage.OnFile.VOCABULARY;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.util.List;
import java.util.Optional;
import org.backcare.clients.ClientId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only the SQLite file has: its settings, its backup, and files that are not Backcare's left as they were. */
class SqliteFileTest {
    @TempDir
    Path folder;

    @Test
    void theFileIsKeptInWalModeWithForeignKeysAndFullDurability() {
        try (var database = Database.open(folder.resolve("backcare.db").toString())) {
            var settings = database.transaction("read the settings", h -> h.createQuery(
                    "select (select journal_mode from pragma_journal_mode) || ' ' || (select foreign_keys from pragma_foreign_keys)"
                            + " || ' ' || (select synchronous from pragma_synchronous)").mapTo(String.class).one());
            assertThat(settings).isEqualTo("wal 1 2"); // synchronous 2 is FULL
        }
    }

    @Test
    void theFileItsWalAndSharedMemoryAndItsFolderAreTheUsersOnly() throws IOException {
        var file = Path.of(DatabaseLocation.resolve(folder.resolve("records/backcare.db").toString()));
        try (var database = Database.open(file.toString())) {
            ClientBookContract.fill(database.clientBook(VOCABULARY));
            assertThat(Files.getPosixFilePermissions(file.getParent())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            for (var name : List.of("backcare.db", "backcare.db-wal", "backcare.db-shm")) {
                assertThat(Files.getPosixFilePermissions(file.resolveSibling(name))).as(name)
                        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            }
            var backup = folder.resolve("copy.db");
            database.backup(backup);
            assertThat(Files.getPosixFilePermissions(backup)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedUntouched() throws IOException {
        var intake = folder.resolve("intake.yaml");
        Files.writeString(intake, "client: { name: Asha Rao, age: 42 }\n");

        assertThatThrownBy(() -> Database.open(intake.toString())).isInstanceOf(StorageException.class)
                .hasMessage(intake + " is not a Backcare database (it is not an SQLite file); nothing was changed");
        assertThat(Files.readString(intake)).isEqualTo("client: { name: Asha Rao, age: 42 }\n");
        assertThat(Files.list(folder)).containsExactly(intake);
    }

    @Test
    void anotherProgramsDatabaseIsRefusedUntouched() throws Exception {
        var theirs = folder.resolve("notes.db");
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + theirs);
                var statement = connection.createStatement()) {
            statement.execute("create table notes (text text)");
        }
        var before = Files.readAllBytes(theirs);

        assertThatThrownBy(() -> Database.open(theirs.toString())).isInstanceOf(StorageException.class)
                .hasMessage(theirs + " holds tables that are not Backcare's: give Backcare a new file or an empty database."
                        + " Nothing was changed.");
        assertThat(Files.readAllBytes(theirs)).isEqualTo(before);
    }

    @Test
    void aFileFromANewerBackcareIsLeftByteForByte() throws IOException {
        var file = folder.resolve("backcare.db");
        try (var database = Database.open(file.toString())) {
            database.transaction("pretend a newer Backcare wrote here", h -> h.execute("""
                    insert into flyway_schema_history (installed_rank, version, description, type, script, checksum,
                                                       installed_by, execution_time, success)
                    values (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 0, 'backcare', 0, true)"""));
        }
        var before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Database.open(file.toString())).hasMessageContaining("newer Backcare");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aFolderOrAMissingFolderIsNamedAsSuch() {
        assertThatThrownBy(() -> Database.open(folder.toString())).hasMessage(folder + " is a folder: give a database file,"
                + " such as " + folder.resolve("backcare.db"));
        var nowhere = folder.resolve("no/such/folder/backcare.db");
        assertThatThrownBy(() -> Database.open(nowhere.toString()))
                .hasMessage("cannot open the database " + nowhere + ": its folder does not exist");
    }

    @Test
    void aBackupIsAConsistentCopyTakenWhileAnotherWriterIsMidTransaction() throws Exception {
        var file = folder.resolve("backcare.db");
        var backup = folder.resolve("copy.db");
        try (var database = Database.open(file.toString());
                var other = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            ClientBookContract.fill(database.clientBook(VOCABULARY));
            other.setAutoCommit(false);
            try (var statement = other.createStatement()) {
                statement.execute("insert into clients (id, name, consent_given, reference) values"
                        + " ('not-yet', 'Not Yet', '2026-12-01', 'ffffffffffffffff')");
            }

            database.backup(backup);
            other.rollback();

            try (var copy = Database.open(backup.toString())) {
                assertThat(new Archive(copy, VOCABULARY).export(Optional.empty()))
                        .isEqualTo(new Archive(database, VOCABULARY).export(Optional.empty()));
                assertThat(copy.clientBook(VOCABULARY).history(new ClientId("not-yet"))).isEmpty();
            }
            assertThatThrownBy(() -> database.backup(backup)).isInstanceOf(StorageException.class)
                    .hasMessage("will not overwrite " + backup + ": choose a file that does not exist yet");
        }
    }
}
