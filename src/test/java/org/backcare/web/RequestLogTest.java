package org.backcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
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

    @Test
    void aStopWritesTheLinesStillWaitingBeforeItReturns() {
        var captured = new ByteArrayOutputStream();
        var stderr = System.err;
        var api = new RunningServer();
        try {
            System.setErr(new PrintStream(new SlowStream(captured), true, StandardCharsets.UTF_8));
            for (int i = 0; i < 100; i++) {
                assertThat(api.get("/health").statusCode()).isEqualTo(200);
            }
            api.close();
        } finally {
            System.setErr(stderr);
        }
        var lines = Pattern.compile("method=GET route=/health status=200").matcher(captured.toString(StandardCharsets.UTF_8));
        assertThat(lines.results().count()).isEqualTo(100);
    }

    @Test
    void theTimeIsInMillisecondsToOneDecimal() {
        assertThat(RequestLog.line("POST", "/api/plan", 422, 2.06f))
                .isEqualTo("method=POST route=/api/plan status=422 ms=2.1");
        assertThat(RequestLog.line("GET", "(none)", 404, 0.04f)).isEqualTo("method=GET route=(none) status=404 ms=0.0");
        assertThat(RequestLog.line("GET", "/health", 200, 1234.5f)).endsWith(" ms=1234.5");
    }

    /** Javalin logs a request once its response has gone out, so the line may come a moment after the answer. */
    private static void waitForALine(ByteArrayOutputStream captured) throws InterruptedException {
        for (int i = 0; i < 100 && !captured.toString(StandardCharsets.UTF_8).contains("route="); i++) {
            Thread.sleep(20);
        }
    }

    /** A stderr that takes 5 ms a line, so lines are still waiting to be written when the server stops. */
    private static final class SlowStream extends OutputStream {
        private final OutputStream out;

        SlowStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }

        @Override
        public void flush() {
            var interrupted = Thread.interrupted();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                interrupted = true;
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
