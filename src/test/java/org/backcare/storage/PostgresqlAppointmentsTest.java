package org.backcare.storage;

import org.junit.jupiter.api.BeforeAll;

class PostgresqlAppointmentsTest extends AppointmentsContract {
    @BeforeAll
    static void needPostgresql() {
        PostgresServer.requireForTests();
    }

    @Override
    String newLocation() {
        return PostgresServer.shared().newDatabase();
    }
}
