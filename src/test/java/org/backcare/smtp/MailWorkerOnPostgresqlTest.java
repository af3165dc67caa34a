package org.backcare.smtp;

import org.backcare.storage.PostgresServer;
import org.junit.jupiter.api.BeforeAll;

/**
 * The outbox's tests on PostgreSQL, where two servers' workers claim mails with {@code FOR UPDATE SKIP LOCKED}: each
 * mail is sent exactly once, a restart sends nothing twice, a bounce is marked.
 */
class MailWorkerOnPostgresqlTest extends MailWorkerTest {
    @BeforeAll
    static void needPostgresql() {
        PostgresServer.requireForTests();
    }

    @Override
    String newLocation() {
        return PostgresServer.shared().newDatabase();
    }
}
