package org.backcare.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A connection's prepared statements are used again for the same SQL, and never by two at once. */
class KeptStatementsTest {
    private static final String BY_NAME = "select id from people where name = :name";

    private Handle handle;
    private final List<PreparedStatement> used = new ArrayList<>();

    @BeforeEach
    void openWithPeople() throws SQLException {
        var jdbi = Jdbi.create(DriverManager.getConnection("jdbc:sqlite::memory:"));
        jdbi.setStatementBuilderFactory(connection -> new KeptStatements());
        handle = jdbi.open();
        handle.execute("create table people (id integer primary key, name text not null unique)");
        for (var name : List.of("Asha", "Ben", "Chen")) {
            handle.createUpdate("insert into people (name) values (:name)").bind("name", name).execute();
        }
    }

    @AfterEach
    void close() {
        handle.close();
    }

    @Test
    void theSameSqlRunsOnTheSameStatementWithItsNewValues() {
        assertThat(idOf("Asha")).isEqualTo(1);
        assertThat(idOf("Chen")).isEqualTo(3);
        assertThat(used).hasSize(2);
        assertThat(used.get(1)).isSameAs(used.get(0));
    }

    @Test
    void aValueLeftFromTheLastUseIsNeverUsedAgain() {
        assertThat(idOf("Ben")).isEqualTo(2);
        assertThatThrownBy(() -> handle.createQuery(BY_NAME).mapTo(Long.class).one())
                .hasMessageContaining("Missing named parameter 'name'");
        assertThat(handle.createQuery(BY_NAME).bindByType("name", null, String.class).mapTo(Long.class).findOne())
                .isEmpty();
    }

    @Test
    void aStatementStillReadingIsNotHandedOutAgain() {
        var pairs = handle.createQuery("select name from people order by id").mapTo(String.class).stream()
                .map(name -> name + "=" + handle.createQuery("select name from people order by id").mapTo(String.class)
                        .list().size())
                .toList();
        assertThat(pairs).containsExactly("Asha=3", "Ben=3", "Chen=3");
    }

    @Test
    void aStatementThatFailedServesTheNextUse() {
        var insert = "insert into people (name) values (:name)";
        assertThatThrownBy(() -> handle.createUpdate(insert).bind("name", "Asha").execute())
                .hasMessageContaining("UNIQUE");
        handle.createUpdate(insert).bind("name", "Dana").execute();
        assertThat(idOf("Dana")).isEqualTo(4);
    }

    @Test
    void generatedKeysStillComeBack() {
        var id = handle.createUpdate("insert into people (name) values (:name)").bind("name", "Dana")
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        assertThat(id).isEqualTo(4);
    }

    @Test
    void beyondTheMostKeptTheLeastRecentlyUsedIsClosed() throws SQLException {
        idOf("Asha");
        var first = used.get(0);
        for (int n = 0; n < KeptStatements.MOST; n++) {
            handle.createQuery("select " + n + " as number").mapTo(Integer.class).one();
        }
        assertThat(first.isClosed()).isTrue();
        assertThat(idOf("Ben")).isEqualTo(2);
        assertThat(used.get(used.size() - 1)).isNotSameAs(first);
    }

    @Test
    void closingTheHandleClosesWhatWasKept() throws SQLException {
        idOf("Asha");
        handle.close();
        assertThat(used.get(0).isClosed()).isTrue();
    }

    private long idOf(String name) {
        return handle.createQuery(BY_NAME).bind("name", name).addCustomizer(new StatementCustomizer() {
            @Override
            public void beforeExecution(PreparedStatement statement, StatementContext context) {
                used.add(statement);
            }
        }).mapTo(Long.class).one();
    }
}
