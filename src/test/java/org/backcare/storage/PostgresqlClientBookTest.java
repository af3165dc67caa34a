package org.backcare.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The same tests on a real PostgreSQL server; without PostgreSQL's programs they fail in CI and are skipped elsewhere. */
class PostgresqlClientBookTest extends ClientBookContract {
    @BeforeAll
    static void needPostgresql() {
        PostgresServer.requireForTests();
    }

    @Test
    void aBackupPointsToPgDump() {
        assertThatThrownBy(() -> database.backup(Path.of("copy.db"))).isInstanceOf(StorageException.class)
                .hasMessageContaining("is a PostgreSQL database: back it up with PostgreSQL's pg_dump");
        assertThat(Path.of("copy.db")).doesNotExist();
    }

    @Test
    void messagesNameTheServerButNeverThePassword() {
        assertThat(database.shown()).startsWith("postgresql://backcare@127.0.0.1:").doesNotContain("password");
        var wrongPassword = location.replace(":throwaway-test-password@", ":wrong@");
        assertThatThrownBy(() -> Database.open(wrongPassword)).isInstanceOf(StorageException.class)
                .hasMessageStartingWith("cannot open the database postgresql://backcare@127.0.0.1:")
                .hasMessageEndingWith(": the server refused the user name or password").message().doesNotContain("wrong");
    }

    @Test
    void aJdbcUrlWorksTooAndIsShownWithoutItsParameters() {
        book.add(OnFile.client("Asha Rao"), OnFile.firstIntake());
        var address = URI.create(location);
        var jdbc = "jdbc:postgresql://" + address.getHost() + ":" + address.getPort() + address.getPath()
                + "?user=backcare&password=throwaway-test-password";

        try (var same = Database.open(jdbc)) {
            assertThat(same.shown()).isEqualTo("jdbc:postgresql://" + address.getHost() + ":" + address.getPort() + address.getPath());
            assertThat(same.clientBook(OnFile.VOCABULARY).clients()).extracting(c -> c.id().value()).containsExactly("asha-rao");
        }
    }

    @Override
    String newLocation() {
        return PostgresServer.shared().newDatabase();
    }
}
