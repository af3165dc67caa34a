package org.backcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.backcare.cli.BackcareCommand;
import org.backcare.files.KnowledgeFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class PlanApiTest {
    private static final RunningServer api = new RunningServer();

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void healthSaysOkAndTheKnowledgeVersion() {
        var response = api.get("/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(RunningServer.json(response.body())).isEqualTo(RunningServer.json(
                "{\"status\":\"ok\",\"database\":\"ok\",\"knowledgeVersion\":\"" + KnowledgeFiles.bundled().version() + "\"}"));
    }

    @Test
    void thePlanIsTheCommandLinesJsonPlan() {
        var response = api.post("/api/plan?start=2026-12-01", "application/json",
                RunningServer.exampleAsJson("desk-worker.yaml"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(RunningServer.json(response.body()))
                .isEqualTo(RunningServer.json(cliPlan("examples/desk-worker.yaml", "2026-12-01")));
    }

    @Test
    void thePlanComesCompactWithItsLengthEvenToAClientThatAcceptsGzip() {
        var request = HttpRequest.newBuilder(api.uri("/api/plan?start=2026-12-01"))
                .header("Content-Type", "application/json").header("Accept-Encoding", "gzip")
                .POST(BodyPublishers.ofString(RunningServer.exampleAsJson("desk-worker.yaml"))).build();
        var response = api.send(request);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(response.headers().firstValue("Content-Length"))
                .hasValue(String.valueOf(response.body().getBytes(StandardCharsets.UTF_8).length));
        assertThat(response.body()).doesNotContain("\n");
    }

    @Test
    void withoutAStartDateThePlanStartsToday() {
        var response = api.post("/api/plan", "application/json; charset=utf-8",
                RunningServer.exampleAsJson("desk-worker.yaml"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(RunningServer.json(response.body()).get("start").asText())
                .isEqualTo(LocalDate.now().toString());
    }

    @Test
    void fiftyPlansAtOnceAllComeBackWhole() {
        var expected = cliPlan("examples/desk-worker.yaml", "2026-12-01");
        var request = HttpRequest.newBuilder(api.uri("/api/plan?start=2026-12-01"))
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(RunningServer.exampleAsJson("desk-worker.yaml"))).build();
        var client = HttpClient.newHttpClient();
        var responses = IntStream.range(0, 50)
                .mapToObj(i -> client.sendAsync(request, BodyHandlers.ofString()))
                .toList().stream()
                .map(CompletableFuture::join)
                .toList();
        assertThat(responses).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(RunningServer.json(response.body())).isEqualTo(RunningServer.json(expected));
        });
    }

    @Test
    void theDocumentDescribesTheApi() {
        HttpResponse<String> response = api.get("/openapi.json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(RunningServer.json(response.body()).get("openapi").asText()).startsWith("3.0");
    }

    @Test
    void theLoadTestSendsTheDeskWorkerIntake() throws IOException {
        assertThat(RunningServer.json(Files.readString(Path.of("bench/desk-worker.json"))))
                .isEqualTo(RunningServer.json(RunningServer.exampleAsJson("desk-worker.yaml")));
    }

    private static String cliPlan(String intake, String start) {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = BackcareCommand.run(new String[] {"plan", intake, "--start", start, "--format", "json"},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }
}
