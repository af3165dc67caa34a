package org.backcare.web.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.backcare.web.RunningServer.Visitor;
import org.backcare.web.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One of two servers stopped for an upgrade while therapists keep writing: what the stopping server accepted it
 * finishes, what it no longer accepts (a refused connection, or 503 before anything is done) a load balancer sends
 * to the other, as nginx does with {@code proxy_next_upstream error http_503}. No request is lost.
 */
class RollingRestartTest {
    @TempDir
    Path folder;

    @Test
    void stoppingOneOfTwoServersUnderLoadLosesNoRequest() throws Exception {
        var location = folder.resolve("backcare.db").toString();
        try (var staying = new RunningServer(location)) {
            var stopping = new RunningServer(location);
            var admin = staying.setUpAdmin();
            assertThat(admin.postJson("/api/clients", Map.of("name", "Asha Rao", "consentGiven", "2026-03-02",
                    "intake", RunningServer.json(RunningServer.exampleAsJson("desk-worker.yaml")))).statusCode()).isEqualTo(201);
            var running = new AtomicBoolean(true);
            var answers = new ConcurrentLinkedQueue<Integer>();
            var sentToTheStoppingOne = new AtomicInteger();
            var retriedElsewhere = new AtomicInteger();
            var workers = new ArrayList<Thread>();
            for (int w = 0; w < 4; w++) {
                var first = admin.on(stopping);
                var second = admin.on(staying);
                var worker = new Thread(() -> {
                    for (int i = 0; running.get(); i++) {
                        var target = i % 2 == 0 ? first : second;
                        var answer = send(target);
                        if (target == first) {
                            sentToTheStoppingOne.incrementAndGet();
                        }
                        if (answer == null || answer.statusCode() == 503) {
                            retriedElsewhere.incrementAndGet();
                            answer = send(second);
                        }
                        answers.add(answer == null ? -1 : answer.statusCode());
                    }
                });
                worker.setUncaughtExceptionHandler((thread, e) -> answers.add(-2)); // a worker that failed fails the test
                worker.start();
                workers.add(worker);
            }
            waitUntil(() -> answers.size() >= 8);
            stopping.close(); // graceful: requests in flight finish
            waitUntil(() -> retriedElsewhere.get() >= 4);
            running.set(false);
            for (var worker : workers) {
                worker.join();
            }

            assertThat(sentToTheStoppingOne.get()).isGreaterThan(retriedElsewhere.get());
            assertThat(retriedElsewhere.get()).as("requests after the stop went elsewhere").isPositive();
            assertThat(answers).isNotEmpty().allMatch(status -> status == 201, "201 Created");
            var kept = RunningServer.json(admin.get("/api/clients/asha-rao/measures?limit=200").body()).get("total").asInt();
            assertThat(kept).as("every acknowledged write is on file").isEqualTo(answers.size());
        }
    }

    private static void waitUntil(BooleanSupplier done) throws InterruptedException {
        var deadline = System.nanoTime() + 60_000_000_000L;
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private static HttpResponse<String> send(Visitor visitor) {
        try {
            return visitor.postJson("/api/clients/asha-rao/measures", Map.of("instrument", "nprs", "answers", List.of(4)));
        } catch (UncheckedIOException refused) {
            return null; // the connection was refused: nothing was sent
        }
    }
}
