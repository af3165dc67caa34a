package org.backcare.storage;

import org.junit.jupiter.api.BeforeAll;

class PostgresqlSignInRecordsTest extends SignInRecordsContract {
    @BeforeAll
    static void needPostgresql() {
        PostgresServer.requireForTests();
    }

    @Override
    String newLocation() {
        return PostgresServer.shared().newDatabase();
    }
}
