package org.backcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** One line per request, with its method, route, status and time, and nothing a client said. */
class RequestLogTest {
    @Test
    void aPlanRequestIsLoggedWithoutItsBodyOrQuery() throws InterruptedException {
        var captured = new ByteArrayOutputStream();
        var stderr = System.err;
        try (var api = new RunningServer()) {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            api.post("/api/plan?start=2026-12-01", "application/json", RunningServer.exampleAsJson("desk-worker.yaml"));
            waitForALine(captured);
        } finally {
            System.setErr(stderr);
        }
        var log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).containsPattern("method=POST route=/api/plan status=200 ms=\\d+\\.\\d")
                .doesNotContain("Asha", "2026-12-01", "upper-back", "sitting");
    }

    /** Javalin logs a request once its response has gone out, so the line may come a moment after the answer. */
    private static void waitForALine(ByteArrayOutputStream captured) throws InterruptedException {
        for (int i = 0; i < 100 && !captured.toString(StandardCharsets.UTF_8).contains("route="); i++) {
            Thread.sleep(20);
        }
    }
}
