package org.backcare.web.servers;

import org.backcare.storage.PostgresServer;
import org.junit.jupiter.api.BeforeAll;

class TwoServersOnPostgresqlTest extends TwoServersContract {
    @BeforeAll
    static void needPostgresql() {
        PostgresServer.requireForTests();
    }

    @Override
    String newLocation() {
        return PostgresServer.shared().newDatabase();
    }
}
