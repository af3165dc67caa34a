package org.backcare.storage;

import org.junit.jupiter.api.BeforeAll;

class PostgresqlWeekSolvesTest extends WeekSolvesContract {
    @BeforeAll
    static void needPostgresql() {
        PostgresServer.requireForTests();
    }

    @Override
    String newLocation() {
        return PostgresServer.shared().newDatabase();
    }
}
