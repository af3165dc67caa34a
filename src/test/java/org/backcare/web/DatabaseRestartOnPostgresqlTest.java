package org.backcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.backcare.storage.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL restarted under a running server (an upgrade, a failover): while it is down each request is a clear
 * 503 and {@code /health} says so; once it is back the server works again without a restart of its own.
 */
class DatabaseRestartOnPostgresqlTest {
    private static PostgresServer postgres; // its own: stopping the tests' shared one would stop other tests

    @BeforeAll
    static void startPostgresql() {
        PostgresServer.requireForTests();
        postgres = PostgresServer.start(PostgresServer.binaries().orElseThrow());
    }

    @AfterAll
    static void stopPostgresql() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void whileTheDatabaseIsDownRequestsAre503AndOnceItIsBackTheyWorkAgain() {
        try (var running = new RunningServer(postgres.newDatabase())) {
            var admin = running.setUpAdmin();
            admin.postJson("/api/clients", Map.of("name", "Asha Rao", "consentGiven", "2026-03-02",
                    "intake", RunningServer.json(RunningServer.exampleAsJson("desk-worker.yaml"))));
            assertThat(admin.get("/api/clients/asha-rao").statusCode()).isEqualTo(200);

            postgres.stop();

            var down = admin.get("/api/clients/asha-rao");
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                    .startsWith("application/problem+json"));
            assertThat(down.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(RunningServer.json(down.body()).get("detail").asText())
                    .isEqualTo("The database is not answering just now; nothing was changed. Try again in a moment.");
            assertThat(down.body()).doesNotContain("Exception").doesNotContain("at org.");
            assertThat(running.get("/health").statusCode()).isEqualTo(503);
            assertThat(running.get("/health/live").statusCode()).isEqualTo(200);

            postgres.startAgain();

            assertThat(running.get("/health").statusCode()).isEqualTo(200);
            assertThat(admin.get("/api/clients/asha-rao").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aRestartWhileNoOneAskedCostsAtMostOneRefusedRequest() {
        try (var running = new RunningServer(postgres.newDatabase())) {
            var admin = running.setUpAdmin();
            assertThat(admin.get("/api/clients").statusCode()).isEqualTo(200);

            postgres.stop();
            postgres.startAgain();

            var first = admin.get("/api/clients").statusCode();
            assertThat(first).isIn(200, 503);
            assertThat(admin.get("/api/clients").statusCode()).isEqualTo(200);
            assertThat(admin.postJson("/api/clients", Map.of("name", "Ben Ode", "consentGiven", "2026-03-02",
                    "intake", RunningServer.json(RunningServer.exampleAsJson("desk-worker.yaml")))).statusCode())
                    .isEqualTo(201);
        }
    }
}
