package org.backcare.web.intakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.web.Clinic.ASHA;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backcare.accounts.Username;
import org.backcare.clients.ClientId;
import org.backcare.web.Clinic;
import org.backcare.web.ProblemDetails;
import org.backcare.web.RunningServer.Visitor;
import org.backcare.web.RunningServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Clients and intakes through the JSON API: added, versioned with ETag and If-Match, listed; refused with the field named. */
class IntakeApiTest {
    private static final LocalDate CONSENT = LocalDate.now().minusDays(20);

    private final Clinic clinic = new Clinic();
    private final Visitor tom = clinic.therapist("tom");

    @AfterEach
    void stop() {
        clinic.close();
    }

    @Test
    void aClientAddedWithTheirIntakeIsCreatedInTheTherapistsCare() {
        var answer = tom.postJson("/api/clients", newClient("desk-worker.yaml"));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        assertThat(answer.headers().firstValue("Location")).hasValue("/api/clients/asha-rao");
        assertThat(answer.headers().firstValue("ETag")).hasValue("\"v" + clinic.book.version(ASHA) + "\"");
        var client = RunningServer.json(answer.body());
        assertThat(client.get("id").asText()).isEqualTo("asha-rao");
        assertThat(client.get("consentGiven").asText()).isEqualTo(CONSENT.toString());
        assertThat(clinic.book.history(ASHA).orElseThrow().currentIntake().complaints()).hasSize(2);
        assertThat(clinic.running.database.accounts().caseload(new Username("tom"))).containsExactly(ASHA);
    }

    @Test
    void anInvalidIntakeIs422WithThePathOfEachProblemAndNothingIsStored() {
        var body = newClient("desk-worker.yaml");
        @SuppressWarnings("unchecked")
        var intake = (Map<String, Object>) body.get("intake");
        @SuppressWarnings("unchecked")
        var complaint = (Map<String, Object>) ((List<Object>) intake.get("complaints")).get(0);
        complaint.put("pain", 11);
        body.put("consentGiven", "2999-01-01");

        var answer = tom.postJson("/api/clients", body);

        assertThat(answer.statusCode()).isEqualTo(422);
        var problem = RunningServer.json(answer.body());
        assertThat(problem.get("type").asText()).isEqualTo(ProblemDetails.INVALID_INTAKE);
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactly("consentGiven",
                "intake.complaints[0].pain");
        assertThat(clinic.book.clients()).isEmpty();
    }

    @Test
    void aClientUnder18WithoutAGuardiansConsentIs422NamingTheFieldAndNothingIsStored() {
        var body = newClient("desk-worker.yaml");
        @SuppressWarnings("unchecked")
        var client = (Map<String, Object>) ((Map<String, Object>) body.get("intake")).get("client");
        client.put("age", 16);

        var answer = tom.postJson("/api/clients", body);

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(RunningServer.json(answer.body()).get("errors").findValuesAsText("field"))
                .containsExactly("intake.client.guardian-consent");
        assertThat(clinic.book.clients()).isEmpty();
        client.put("guardian-consent", Map.of("by", "Rita Rao", "date", "2026-11-02"));
        assertThat(tom.postJson("/api/clients", body).statusCode()).isEqualTo(201);
    }

    @Test
    void aNameTooLongOrWithHiddenCharactersIsRefusedAndNothingIsStored() {
        for (var name : List.of("x".repeat(20_000), "Asha\u202Eoar", "Asha\nRao", "Asha\u0007")) {
            var body = newClient("desk-worker.yaml");
            body.put("name", name);

            var answer = tom.postJson("/api/clients", body);

            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
            assertThat(RunningServer.json(answer.body()).get("errors").findValuesAsText("field")).containsExactly("name");
        }
        assertThat(clinic.book.clients()).isEmpty();
    }

    @Test
    void aLongNameGivesAnIdShortEnoughForAnyLink() {
        var body = newClient("desk-worker.yaml");
        body.put("name", "Asha ".repeat(40).strip());

        var answer = tom.postJson("/api/clients", body);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        var location = answer.headers().firstValue("Location").orElseThrow();
        assertThat(location.length()).isLessThanOrEqualTo("/api/clients/".length() + ClientId.MAX_LENGTH);
        assertThat(tom.get(location).statusCode()).isEqualTo(200);
        var again = tom.postJson("/api/clients", body);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(RunningServer.json(again.body()).get("errors").get(0).get("message").asText())
                .contains("first " + ClientId.MAX_LENGTH);
    }

    @Test
    void aNameAlreadyOnFileIsAConflict() {
        tom.postJson("/api/clients", newClient("desk-worker.yaml"));

        var answer = tom.postJson("/api/clients", newClient("athlete.yaml"));

        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.body()).contains("Asha Rao 2");
    }

    @Test
    void aNextIntakeNeedsTheETagTheClientWasReadWith() {
        tom.postJson("/api/clients", newClient("desk-worker.yaml"));
        var listed = tom.get("/api/clients/asha-rao/intakes");
        var etag = listed.headers().firstValue("ETag").orElseThrow();
        var next = RunningServer.exampleAsJson("athlete.yaml");

        assertThat(postIntake(null, next).statusCode()).isEqualTo(428);
        assertThat(postIntake("\"v0\"", next).statusCode()).isEqualTo(412);
        var added = postIntake(etag, next);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(added.headers().firstValue("Location")).hasValue("/api/clients/asha-rao/intakes/2");
        var stale = postIntake(etag, next);
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(RunningServer.json(stale.body()).get("type").asText()).isEqualTo(ProblemDetails.CHANGED_MEANWHILE);
        assertThat(stale.headers().firstValue("ETag")).hasValue("\"v" + clinic.book.version(ASHA) + "\"");
        assertThat(clinic.book.history(ASHA).orElseThrow().intakes()).hasSize(2);
    }

    @Test
    void theIntakeVersionsAreListedWithTheirDatesAndEachCanBeRead() {
        tom.postJson("/api/clients", newClient("desk-worker.yaml"));
        var etag = tom.get("/api/clients/asha-rao/intakes").headers().firstValue("ETag").orElseThrow();
        postIntake(etag, RunningServer.exampleAsJson("athlete.yaml"));

        var list = RunningServer.json(tom.get("/api/clients/asha-rao/intakes").body());

        assertThat(list.get("total").asInt()).isEqualTo(2);
        assertThat(list.get("items").findValuesAsText("version")).containsExactly("1", "2");
        assertThat(list.get("items").get(1).get("recorded").asText()).isEqualTo(LocalDate.now().toString());
        var second = RunningServer.json(tom.get("/api/clients/asha-rao/intakes/2").body());
        assertThat(second.at("/intake/client/name").asText()).isEqualTo("Maya Lindqvist");
        assertThat(tom.get("/api/clients/asha-rao/intakes/3").statusCode()).isEqualTo(404);
        assertThat(clinic.book.auditLog()).extracting(e -> e.action()).contains("add client", "add intake",
                "read intakes", "read intake");
    }

    @Test
    void anInvalidNextIntakeIs422AndAnotherTherapistsClientIsNotThere() {
        tom.postJson("/api/clients", newClient("desk-worker.yaml"));
        var etag = tom.get("/api/clients/asha-rao/intakes").headers().firstValue("ETag").orElseThrow();

        var invalid = postIntake(etag, "{\"client\": {\"age\": 200}, \"complaints\": []}");
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(RunningServer.json(invalid.body()).get("errors").findValuesAsText("field"))
                .containsExactly("client.age", "complaints");

        var ruth = clinic.therapist("ruth");
        assertThat(ruth.get("/api/clients/asha-rao/intakes").statusCode()).isEqualTo(404);
        assertThat(ruth.send(ruth.request("/api/clients/asha-rao/intakes").header("Content-Type", "application/json")
                .header("If-Match", etag).POST(BodyPublishers.ofString(RunningServer.exampleAsJson("athlete.yaml")))
                .build()).statusCode()).isEqualTo(404);
        assertThat(clinic.book.history(ASHA).orElseThrow().intakes()).hasSize(1);
    }

    private HttpResponse<String> postIntake(String ifMatch, String json) {
        var request = tom.request("/api/clients/asha-rao/intakes").header("Content-Type", "application/json");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return tom.send(request.POST(BodyPublishers.ofString(json)).build());
    }

    private static Map<String, Object> newClient(String example) {
        var body = new LinkedHashMap<String, Object>();
        body.put("name", "Asha Rao");
        body.put("consentGiven", CONSENT.toString());
        body.put("intake", RunningServer.JSON.convertValue(RunningServer.json(RunningServer.exampleAsJson(example)),
                Map.class));
        return body;
    }
}
