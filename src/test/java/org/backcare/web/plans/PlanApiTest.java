package org.backcare.web.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import org.backcare.web.ProblemDetails;
import org.backcare.web.RunningServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A client's plan through the JSON API: the plan contract, keeping it with If-Match, the plans kept. */
class PlanApiTest {
    private final AshaInTomsCare clinic = new AshaInTomsCare();

    @AfterEach
    void stop() {
        clinic.close();
    }

    @Test
    void thePlanIsTheCommandLinesJsonHeadedByWhatChangedWithTheClientsVersionAsETag() {
        var answer = clinic.tom.get("/api/clients/asha-rao/plan");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("ETag")).hasValue("\"v" + clinic.book.version(clinic.asha) + "\"");
        var plan = RunningServer.json(answer.body());
        assertThat(plan.fieldNames().next()).isEqualTo("adaptation");
        assertThat(plan.get("adaptation").get("decision").asText()).isEqualTo("start");
        assertThat(plan.get("client").asText()).isEqualTo("Asha Rao");
        assertThat(plan.get("start").asText()).isEqualTo(PlanFixture.today().toString());
        assertThat(plan.get("schedule").get("sessions").size()).isPositive();
        assertThat(clinic.tom.get("/api/clients/asha-rao/plan").headers().firstValue("ETag"))
                .as("reading is audited but does not change the version").isEqualTo(answer.headers().firstValue("ETag"));
    }

    @Test
    void keepingNeedsTheETagOfThePlanRead() {
        var missing = keep(null);
        assertThat(missing.statusCode()).isEqualTo(428);
        var stale = keep("\"v0\"");
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(RunningServer.json(stale.body()).get("type").asText()).isEqualTo(ProblemDetails.CHANGED_MEANWHILE);
        assertThat(clinic.book.history(clinic.asha).orElseThrow().plans()).isEmpty();
    }

    @Test
    void keepingAnswersTheNumberAndKeepsTheSamePlanOnce() {
        var etag = clinic.tom.get("/api/clients/asha-rao/plan").headers().firstValue("ETag").orElseThrow();
        var kept = keep(etag);
        assertThat(kept.statusCode()).isEqualTo(201);
        assertThat(kept.headers().firstValue("Location")).hasValue("/api/clients/asha-rao/plans/1");
        var body = RunningServer.json(kept.body());
        assertThat(body.get("number").asInt()).isEqualTo(1);
        assertThat(body.get("made").asText()).isEqualTo(PlanFixture.today().toString());

        var etagNow = clinic.tom.get("/api/clients/asha-rao/plan").headers().firstValue("ETag").orElseThrow();
        var again = keep(etagNow);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(RunningServer.json(again.body()).get("number").asInt()).isEqualTo(1);

        var list = RunningServer.json(clinic.tom.get("/api/clients/asha-rao/plans").body());
        assertThat(list.get("total").asInt()).isEqualTo(1);
        assertThat(list.get("items").get(0).get("number").asInt()).isEqualTo(1);
        var one = RunningServer.json(clinic.tom.get("/api/clients/asha-rao/plans/1").body());
        assertThat(one.get("client").asText()).isEqualTo("Asha Rao");
        assertThat(one.has("adaptation")).isFalse();
        assertThat(clinic.tom.get("/api/clients/asha-rao/plans/2").statusCode()).isEqualTo(404);
    }

    @Test
    void theHandoutComesAsAPdf() {
        var answer = clinic.tom.get("/api/clients/asha-rao/handout.pdf");
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(answer.body()).startsWith("%PDF-");
    }

    @Test
    void anotherTherapistFindsNothingAndCanKeepNothing() {
        var uma = clinic.fixture.therapist("uma");
        for (var path : new String[] {"/api/clients/asha-rao/plan", "/api/clients/asha-rao/plans",
                "/api/clients/asha-rao/plans/1", "/api/clients/asha-rao/handout.pdf"}) {
            var answer = uma.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.body()).as(path).doesNotContain("Asha");
        }
        var keep = uma.send(uma.request("/api/clients/asha-rao/plans").header("If-Match", "\"v1\"")
                .POST(BodyPublishers.noBody()).build());
        assertThat(keep.statusCode()).isEqualTo(404);
        assertThat(clinic.book.history(clinic.asha).orElseThrow().plans()).isEmpty();
    }

    @Test
    void theKeptPlansListIsPaged() {
        clinic.book.keepPlan(clinic.asha, PlanFixture.today(), "k1", "{}");
        clinic.book.keepPlan(clinic.asha, PlanFixture.today(), "k2", "{}");
        var page = RunningServer.json(clinic.tom.get("/api/clients/asha-rao/plans?offset=1&limit=1").body());
        assertThat(page.get("total").asInt()).isEqualTo(2);
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("items").get(0).get("number").asInt()).isEqualTo(2);
        var bad = clinic.tom.get("/api/clients/asha-rao/plans?limit=0");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("limit");
    }

    private HttpResponse<String> keep(String ifMatch) {
        var request = clinic.tom.request("/api/clients/asha-rao/plans").POST(BodyPublishers.noBody());
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return clinic.tom.send(request.build());
    }
}
