package org.backcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Every refusal is RFC 9457 problem details with the field path of each problem, and never a stack trace. */
class ProblemsTest {
    private static final RunningServer api = new RunningServer();

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void anInvalidIntakeIs422WithTheFieldOfEachProblem() {
        var intake = RunningServer.exampleAsJson("desk-worker.yaml").replace("\"pain\":5", "\"pain\":14")
                .replace("\"region\":\"lower-back\"", "\"region\":\"elbow\"");
        var problem = problem(api.post("/api/plan", "application/json", intake), 422);
        assertThat(problem.get("type").asText()).isEqualTo(ProblemDetails.INVALID_INTAKE);
        assertThat(fields(problem)).contains("complaints[0].pain", "complaints[1].region");
    }

    @Test
    void malformedJsonIs400AndSaysWhere() {
        var problem = problem(api.post("/api/plan", "application/json", "{\"client\": {\"name\": "), 400);
        assertThat(problem.get("type").asText()).isEqualTo(ProblemDetails.MALFORMED_JSON);
        assertThat(problem.get("errors").get(0).get("message").asText()).contains("line 1");
    }

    @Test
    void twoDocumentsAndAnEmptyBodyAreMalformedToo() {
        assertThat(problem(api.post("/api/plan", "application/json", "{} {}"), 400).get("type").asText())
                .isEqualTo(ProblemDetails.MALFORMED_JSON);
        assertThat(problem(api.post("/api/plan", "application/json", ""), 400).get("type").asText())
                .isEqualTo(ProblemDetails.MALFORMED_JSON);
    }

    @Test
    void aStartThatIsNotADateIs400OnTheStartField() {
        var problem = problem(api.post("/api/plan?start=1st-of-december", "application/json",
                RunningServer.exampleAsJson("desk-worker.yaml")), 400);
        assertThat(fields(problem)).containsExactly("start");
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        problem(api.post("/api/plan", "text/plain", RunningServer.exampleAsJson("desk-worker.yaml")), 415);
        problem(api.post("/api/plan", "application/x-yaml", "client: {name: A}"), 415);
    }

    @Test
    void anUnknownRouteIs404AndAWrongMethodIs405() {
        problem(api.get("/api/plans"), 404);
        problem(api.get("/api/plan"), 405);
    }

    @Test
    void fiftyMegabytesAreRefusedWith413BeforeTheyAreSent() throws IOException {
        try (var socket = new Socket(InetAddress.getLoopbackAddress(), api.server.port())) {
            var out = socket.getOutputStream();
            write(out, "POST /api/plan HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + 50 * 1024 * 1024 + "\r\n\r\n");
            out.write(new byte[64 * 1024]); // the rest is never sent: the answer must not wait for it
            out.flush();
            var response = new String(socket.getInputStream().readNBytes(4096), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 413").contains(Problems.CONTENT_TYPE).contains("\"status\":413");
        }
    }

    @Test
    void requestsJettyCannotReadAreProblemJsonWithTheSecurityHeaders() throws IOException {
        var tooLongAddress = "GET /api/clients/" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        var tooLargeHeaders = "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\nX-Big: "
                + "b".repeat(20_000) + "\r\n\r\n";
        var badHeader = "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\nno colon here\r\n\r\n";
        for (var request : List.of(tooLongAddress, tooLargeHeaders, badHeader)) {
            var response = raw(request);
            assertThat(response).as(response).matches("(?s)HTTP/1.1 (400|414|431) .*")
                    .contains("Content-Type: " + Problems.CONTENT_TYPE, "Content-Security-Policy: default-src 'self'",
                            "X-Frame-Options: DENY", "X-Content-Type-Options: nosniff", "Cache-Control: no-store")
                    .containsPattern("\"status\":(400|414|431)").doesNotContain("<html");
        }
        var fromABrowser = raw("GET /clients/" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Accept: text/html\r\n\r\n");
        assertThat(fromABrowser).startsWith("HTTP/1.1 414").contains("Content-Security-Policy", "longer than this server reads");
    }

    @Test
    void headIsAnsweredOnHealthSignInAndTheApiDescription() {
        for (var path : new String[] {"/health", "/login", "/openapi.json"}) {
            var head = api.send(HttpRequest.newBuilder(api.uri(path))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
            assertThat(head.statusCode()).as(path).isEqualTo(200);
            assertThat(head.body()).isEmpty();
            assertThat(head.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        }
    }

    private static String raw(String request) throws IOException {
        try (var socket = new Socket(InetAddress.getLoopbackAddress(), api.server.port())) {
            socket.setSoTimeout(10_000);
            write(socket.getOutputStream(), request);
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readNBytes(8192), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aBodyThatGrowsPastTheLimitWithoutSayingItsLengthIs413() throws IOException {
        try (var socket = new Socket(InetAddress.getLoopbackAddress(), api.server.port())) {
            var out = socket.getOutputStream();
            write(out, "POST /api/plan HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n");
            var chunk = new byte[64 * 1024];
            for (int i = 0; i < 17; i++) { // one chunk more than the limit, and no last chunk
                write(out, Integer.toHexString(chunk.length) + "\r\n");
                out.write(chunk);
                write(out, "\r\n");
            }
            out.flush();
            var response = new String(socket.getInputStream().readNBytes(4096), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 413").contains("\"status\":413");
        }
    }

    @Test
    void anUnexpectedFailureIsAGeneric500WithoutItsMessageOrStack() {
        var app = Javalin.create(config -> {
            Problems.register(config.routes, (ctx, title) -> Frame.anonymous(title));
            config.routes.get("/fails", ctx -> {
                throw new IllegalStateException("client Asha Rao, secret detail");
            });
        }).start("127.0.0.1", 0);
        try {
            var response = api.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + app.port() + "/fails")).build());
            var problem = problem(response, 500);
            assertThat(response.body()).doesNotContain("Asha", "secret", "IllegalStateException", "at org.");
            assertThat(problem.get("detail").asText()).contains("logged");
        } finally {
            app.stop();
        }
    }

    private static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(Problems.CONTENT_TYPE);
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
        var problem = RunningServer.json(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(problem.has("type")).isTrue();
        assertThat(problem.get("errors").isArray()).isTrue();
        return problem;
    }

    private static ArrayList<String> fields(JsonNode problem) {
        var fields = new ArrayList<String>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
    }
}
