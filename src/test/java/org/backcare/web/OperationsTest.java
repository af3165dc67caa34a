package org.backcare.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.backcare.MovingClock;
import org.backcare.accounts.Username;
import org.backcare.clients.ClientId;
import org.backcare.jobs.JobQueue;
import org.backcare.mail.Outbox;
import org.backcare.mail.OutboxDepth;
import org.backcare.web.access.ClientAddress;
import org.junit.jupiter.api.Test;

/** What an operator relies on: health for the load balancer, liveness apart from it, and metrics kept private. */
class OperationsTest {
    @Test
    void healthAnswers503WhenTheDatabaseDoesNotWhileTheProcessStaysLive() {
        try (var running = new RunningServer()) {
            assertThat(running.get("/health").statusCode()).isEqualTo(200);
            assertThat(RunningServer.json(running.get("/health").body()).get("database").asText()).isEqualTo("ok");

            running.database.close();

            var health = running.get("/health");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(RunningServer.json(health.body()).get("database").asText()).isEqualTo("not answering");
            assertThat(running.get("/health/live").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void metricsCountRequestsByRoutePatternNeverByPath() {
        try (var running = new RunningServer()) {
            var admin = running.setUpAdmin();
            admin.postJson("/api/clients", Map.of("name", "Asha Rao", "consentGiven", "2026-03-02",
                    "intake", RunningServer.json(RunningServer.exampleAsJson("desk-worker.yaml"))));
            assertThat(admin.get("/api/clients/asha-rao").statusCode()).isEqualTo(200);

            var metrics = running.get("/metrics");

            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body())
                    .contains("http_server_requests_seconds_bucket{method=\"GET\",route=\"/api/clients/{id}\",status=\"200\",le=")
                    .containsPattern("http_server_requests_seconds_count\\{method=\"GET\",route=\"/api/clients/\\{id}\",status=\"200\"} 1")
                    .contains("backcare_audit_batch_lines_count")
                    .contains("backcare_audit_batch_wait_seconds_bucket")
                    .contains("jvm_memory_used_bytes")
                    .doesNotContain("asha");
        }
    }

    @Test
    void metricsShowTheMailsNotSentYetDueLaterAndGivenUpOn() {
        try (var running = new RunningServer()) {
            var now = Instant.now();
            var jobs = running.database.jobQueue();
            jobs.add("mail", "confirmation 1", now.minusSeconds(60));
            jobs.add("mail", "confirmation 2", now.minusSeconds(1));
            jobs.add("mail", "reminder 1 2026-12-24T10:00", now.plus(Duration.ofDays(2)));
            var givenUp = jobs.add("mail", "confirmation 3", now.minusSeconds(120));
            jobs.add("week-plan", "2026-12-07", now.minusSeconds(60)); // not a mail
            var claimed = jobs.claim(Set.of("mail"), "worker", now, Duration.ofMinutes(1))
                    .orElseThrow();
            assertThat(claimed.id()).isEqualTo(givenUp);
            jobs.failed(new JobQueue.Job(givenUp, "mail", "confirmation 3", JobQueue.MOST_ATTEMPTS), "worker",
                    "550 no such mailbox", now);

            var metrics = running.get("/metrics").body();

            assertThat(metrics).contains("backcare_mail_outbox_mails{state=\"due\"} 2.0")
                    .contains("backcare_mail_outbox_mails{state=\"later\"} 1.0")
                    .contains("backcare_mail_outbox_mails{state=\"failed\"} 1.0");
        }
    }

    @Test
    void theOutboxIsCountedOnceForSeveralScrapesWithinAFewSeconds() {
        var counts = new AtomicInteger();
        var outbox = new Outbox() {
            @Override
            public void queue(String mail, Username account, Instant at) {
            }

            @Override
            public void queuePreVisitIntake(ClientId client, Instant at) {
            }

            @Override
            public OutboxDepth depth(Instant at) {
                return new OutboxDepth(counts.incrementAndGet(), 0, 0);
            }
        };
        var start = Instant.parse("2026-12-05T10:00:00Z");
        var clock = new MovingClock(start);
        var gauges = new OutboxGauges(outbox, clock);

        assertThat(gauges.depth(OutboxDepth::due)).isEqualTo(1.0);
        clock.at(start.plus(OutboxGauges.KEPT).minusMillis(1));
        assertThat(gauges.depth(OutboxDepth::due)).isEqualTo(1.0);
        clock.at(start.plus(OutboxGauges.KEPT));
        assertThat(gauges.depth(OutboxDepth::due)).isEqualTo(2.0);
    }

    @Test
    void metricsAreOnlyForTheAddressesAllowedAndNeverThroughTheProxy() {
        try (var running = new RunningServer()) {
            var throughProxy = running.send(HttpRequest.newBuilder(running.uri("/metrics"))
                    .header("X-Forwarded-For", "203.0.113.7").GET().build());
            assertThat(throughProxy.statusCode()).isEqualTo(404);
            try (var elsewhere = new RunningServer(running.location, ClientAddress.direct(), List.of("10.1.2.3"))) {
                assertThat(elsewhere.get("/metrics").statusCode()).isEqualTo(404);
                assertThat(elsewhere.get("/metrics").body()).doesNotContain("jvm_");
            }
        }
    }

    @Test
    void anAddressThatIsNotOneIsRefusedByName() {
        var refused = catchThrowable(() -> Operations.of(ClientAddress.direct(),
                List.of("metrics.example"), () -> true));
        assertThat(refused).hasMessageContaining("'metrics.example' is not an IP address");
    }
}
