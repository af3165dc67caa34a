package org.backcare.storage;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import org.junit.jupiter.api.BeforeAll;

/** The same tests on a real PostgreSQL server; without PostgreSQL's programs they fail in CI and are skipped elsewhere. */
class PostgresqlClientBookTest extends ClientBookContract {
    @BeforeAll
    static void needPostgresql() {
        if (PostgresServer.binaries().isEmpty()) {
            if ("true".equals(System.getenv("CI"))) {
                fail(PostgresServer.missing());
            }
            abort(PostgresServer.missing());
        }
    }

    @Override
    String newLocation() {
        return PostgresServer.shared().newDatabase();
    }
}
