package org.backcare.web.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.IntStream;
import org.backcare.accounts.Username;
import org.backcare.storage.SqlClientBook;
import org.backcare.web.Clinic;
import org.backcare.web.ProblemDetails;
import org.backcare.web.RunningServer.Visitor;
import org.backcare.web.RunningServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /api/clients}: lists, one client with its ETag, changes that need If-Match, over real HTTP. */
class ClientApiTest {
    private final Clinic clinic = new Clinic();

    @AfterEach
    void stop() {
        clinic.close();
    }

    @Test
    void theListHoldsATherapistsOwnClientsWithTheirVersionAndTherapist() {
        var tom = clinic.therapist("tom");
        clinic.therapist("ann");
        var asha = clinic.client("Asha Rao", "tom");
        clinic.client("Ben Okafor", "ann");
        var list = RunningServer.json(tom.get("/api/clients").body());
        assertThat(list.get("total").asInt()).isEqualTo(1);
        var item = list.get("items").get(0);
        assertThat(item.get("id").asText()).isEqualTo("asha-rao");
        assertThat(item.get("name").asText()).isEqualTo("Asha Rao");
        assertThat(item.get("consentGiven").asText()).isEqualTo("2026-03-02");
        assertThat(item.get("therapist").asText()).isEqualTo("tom");
        assertThat(item.get("version").asLong()).isEqualTo(clinic.book.version(asha)).isEqualTo(2); // added, assigned
        assertThat(RunningServer.json(clinic.admin.get("/api/clients").body()).get("total").asInt()).isEqualTo(2);
    }

    @Test
    void theListSearchesAndPages() {
        IntStream.rangeClosed(1, 30).forEach(i -> clinic.client(String.format("Client %02d", i), null));
        clinic.client("Asha Rao", null);
        var page = RunningServer.json(clinic.admin.get("/api/clients?q=client&offset=20&limit=8").body());
        assertThat(page.get("total").asInt()).isEqualTo(30);
        assertThat(page.get("offset").asInt()).isEqualTo(20);
        assertThat(page.get("limit").asInt()).isEqualTo(8);
        assertThat(page.get("items")).hasSize(8);
        assertThat(page.get("items").get(0).get("name").asText()).isEqualTo("Client 21");
        var asha = RunningServer.json(clinic.admin.get("/api/clients?q=asha-r").body());
        assertThat(asha.get("items")).hasSize(1);
    }

    @Test
    void aBadQueryIsRefusedNamingTheParameter() {
        var tooMany = clinic.admin.get("/api/clients?limit=1000");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(RunningServer.json(tooMany.body()).get("errors").get(0).get("field").asText()).isEqualTo("limit");
        var tooLong = clinic.admin.get("/api/clients?q=" + "a".repeat(201));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(RunningServer.json(tooLong.body()).get("errors").get(0).get("field").asText()).isEqualTo("q");
    }

    @Test
    void oneClientComesWithItsVersionAsETagAndItsCurrentIntake() {
        var tom = clinic.therapist("tom");
        var asha = clinic.client("Asha Rao", "tom", "saddle-numbness");
        var answer = tom.get("/api/clients/asha-rao");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("ETag")).hasValue("\"v2\"");
        var body = RunningServer.json(answer.body());
        assertThat(body.get("version").asLong()).isEqualTo(2);
        assertThat(body.get("therapist").asText()).isEqualTo("tom");
        assertThat(body.get("intakeVersion").asInt()).isEqualTo(1);
        assertThat(body.get("intake").get("complaints").get(0).get("region").asText()).isEqualTo("lower-back");
        assertThat(body.get("intake").get("red-flags").get(0).asText()).isEqualTo("saddle-numbness");
        assertThat(body.get("counts").get("sessions").asInt()).isZero();
        assertThat(body.get("counts").get("intakes").asInt()).isEqualTo(1);
        assertThat(clinic.audited("tom", "read client", asha)).isTrue();
    }

    @Test
    void aRenameNeedsIfMatchAndIsRefusedOnAStaleVersion() {
        var tom = clinic.therapist("tom");
        var asha = clinic.client("Asha Rao", "tom");
        var missing = put(tom, "/api/clients/asha-rao", null, Map.of("name", "Asha Rao-Singh"));
        assertThat(missing.statusCode()).isEqualTo(428);
        assertThat(missing.body()).contains("If-Match");
        clinic.book.rename(asha, "Asha R.", 2);
        var stale = put(tom, "/api/clients/asha-rao", "\"v2\"", Map.of("name", "Asha Rao-Singh"));
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(RunningServer.json(stale.body()).get("type").asText()).isEqualTo(ProblemDetails.CHANGED_MEANWHILE);
        assertThat(put(tom, "/api/clients/asha-rao", "*", Map.of("name", "Asha Rao-Singh")).statusCode()).isEqualTo(412);
        assertThat(clinic.name(asha)).isEqualTo("Asha R.");
        var renamed = put(tom, "/api/clients/asha-rao", "\"v3\"", Map.of("name", "Asha Rao-Singh"));
        assertThat(renamed.statusCode()).isEqualTo(200);
        assertThat(renamed.headers().firstValue("ETag")).hasValue("\"v4\"");
        assertThat(RunningServer.json(renamed.body()).get("name").asText()).isEqualTo("Asha Rao-Singh");
        assertThat(clinic.name(asha)).isEqualTo("Asha Rao-Singh");
        assertThat(clinic.audited("tom", "rename client", asha)).isTrue();
    }

    @Test
    void aRenameWithABadBodyNamesTheProblemAndChangesNothing() {
        var tom = clinic.therapist("tom");
        var asha = clinic.client("Asha Rao", "tom");
        var blank = put(tom, "/api/clients/asha-rao", "\"v2\"", Map.of("name", " "));
        assertThat(blank.statusCode()).isEqualTo(422);
        assertThat(RunningServer.json(blank.body()).get("errors").get(0).get("field").asText()).isEqualTo("name");
        var notJson = tom.send(tom.request("/api/clients/asha-rao").header("If-Match", "\"v2\"")
                .header("Content-Type", "application/json").PUT(BodyPublishers.ofString("{name:")).build());
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(clinic.book.version(asha)).isEqualTo(2);
    }

    @Test
    void anotherTherapistsClientIsNotFoundAndAClientsSignInIsForbidden() {
        var tom = clinic.therapist("tom");
        clinic.therapist("ann");
        var ben = clinic.client("Ben Okafor", "ann");
        assertThat(tom.get("/api/clients/ben-okafor").statusCode()).isEqualTo(404);
        assertThat(put(tom, "/api/clients/ben-okafor", "\"v2\"", Map.of("name", "Mallory")).statusCode()).isEqualTo(404);
        assertThat(clinic.name(ben)).isEqualTo("Ben Okafor");
        var himself = clinic.clientSignIn("ben", ben);
        assertThat(himself.get("/api/clients").statusCode()).isEqualTo(403);
        assertThat(himself.get("/api/clients/ben-okafor").statusCode()).isEqualTo(403);
    }

    @Test
    void theAdminPutsAClientInATherapistsCare() {
        var tom = clinic.therapist("tom");
        var asha = clinic.client("Asha Rao", null);
        assertThat(put(tom, "/api/clients/asha-rao/therapist", null, Map.of("therapist", "tom")).statusCode())
                .isEqualTo(403);
        var unknown = put(clinic.admin, "/api/clients/asha-rao/therapist", null, Map.of("therapist", "zed"));
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(RunningServer.json(unknown.body()).get("errors").get(0).get("field").asText()).isEqualTo("therapist");
        assertThat(put(clinic.admin, "/api/clients/asha-rao/therapist", null, Map.of("therapist", "tom")).statusCode())
                .isEqualTo(204);
        assertThat(clinic.running.database.accounts().therapistOf(asha)).hasValue(new Username("tom"));
        assertThat(tom.get("/api/clients/asha-rao").statusCode()).isEqualTo(200);
        assertThat(put(clinic.admin, "/api/clients/nobody/therapist", null, Map.of("therapist", "tom")).statusCode())
                .isEqualTo(404);
    }

    @Test
    void theAdminForgetsAClient() {
        var tom = clinic.therapist("tom");
        var asha = clinic.client("Asha Rao", "tom");
        assertThat(tom.send(tom.request("/api/clients/asha-rao").DELETE().build()).statusCode()).isEqualTo(403);
        var forgotten = clinic.admin.send(clinic.admin.request("/api/clients/asha-rao").DELETE().build());
        assertThat(forgotten.statusCode()).isEqualTo(204);
        assertThat(clinic.book.history(asha)).isEmpty();
        assertThat(clinic.book.auditLog()).anyMatch(entry -> entry.actor().equals("dana")
                && entry.action().equals(SqlClientBook.FORGET));
        assertThat(clinic.admin.get("/api/clients/asha-rao").statusCode()).isEqualTo(404);
        assertThat(clinic.admin.send(clinic.admin.request("/api/clients/asha-rao").DELETE().build()).statusCode())
                .isEqualTo(404);
    }

    private static HttpResponse<String> put(Visitor visitor, String path, String ifMatch, Map<String, String> body) {
        var request = visitor.request(path).header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString(RunningServer.json(body)));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return visitor.send(request.build());
    }
}
