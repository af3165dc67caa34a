package org.backcare.web.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.web.RunningServer.json;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.Map;
import org.backcare.AnIntake;
import org.backcare.accounts.Username;
import org.backcare.clients.ClientId;
import org.backcare.clients.ClientRecord;
import org.backcare.clients.IntakeVersion;
import org.backcare.files.KnowledgeFiles;
import org.backcare.intake.Region;
import org.backcare.web.RunningServer;
import org.backcare.web.RunningServer.Visitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The appointment book's API against the real routes: a clinic with Mira and Tom, and their clients. */
class AppointmentApiTest {
    private static final String PASSWORD = "twelve chars at least";
    private static final String FROM = "2030-01-08";
    private final RunningServer running = new RunningServer();
    private final Visitor admin = running.setUpAdmin();
    private final Visitor mira = therapist("mira");
    private final Visitor tom = therapist("tom");
    private final ClientId asha = client("Asha Rao", "mira");

    @AfterEach
    void stop() {
        running.close();
    }

    private Visitor therapist(String username) {
        admin.postForm("/admin/accounts", Map.of("name", username + " Therapist", "username", username, "role", "therapist",
                "password", PASSWORD));
        var hours = admin.send(admin.request("/api/therapists/" + username + "/hours").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"hours\": \"mon-fri 09:00-17:00 break 12:30-13:15\"}")).build());
        assertThat(hours.statusCode()).as(hours.body()).isEqualTo(200);
        return running.signIn(username, PASSWORD);
    }

    private ClientId client(String name, String therapist, String... redFlags) {
        var id = ClientId.fromName(name);
        var intake = AnIntake.aged(44).hurting(Region.LOWER_BACK, 6, 10, "stiffness").withRedFlags(redFlags).build();
        var day = LocalDate.of(2026, 3, 2);
        running.database.clientBook(KnowledgeFiles.bundled().vocabulary()).add(new ClientRecord(id, name, day),
                new IntakeVersion(1, day, intake));
        running.database.accounts().assign(id, new Username(therapist));
        return id;
    }

    private static String week(Visitor who) {
        return who.get("/api/appointments?week=" + FROM).body();
    }

    @Test
    void aSeriesIsProposedThenConfirmedAndShowsOnTheWeek() {
        var dry = mira.postJson("/api/clients/asha-rao/appointments/series", Map.of("at", "10:00", "weekday", "tue",
                "next", 3, "from", FROM, "dryRun", true));
        assertThat(dry.statusCode()).as(dry.body()).isEqualTo(200);
        assertThat(json(dry.body()).get("appointments")).hasSize(3);
        assertThat(json(dry.body()).get("appointments").get(0).get("id").asLong()).isZero();
        assertThat(json(week(mira)).get("appointments")).isEmpty();

        var booked = mira.postJson("/api/clients/asha-rao/appointments/series", Map.of("at", "10:00", "weekday", "tue",
                "next", 3, "from", FROM));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        var first = json(week(mira)).get("appointments").get(0);
        assertThat(first.get("client").asText()).isEqualTo("asha-rao");
        assertThat(first.get("start").asText()).isEqualTo("2030-01-08T10:00");
        assertThat(first.get("planSession").asInt()).isEqualTo(1);

        var seenByTom = json(week(tom)).get("appointments").get(0);
        assertThat(seenByTom.get("client").isNull()).isTrue();
        assertThat(seenByTom.get("status").asText()).isEqualTo("busy");
        assertThat(json(week(admin)).get("appointments").get(0).get("client").asText()).isEqualTo("asha-rao");
        assertThat(tom.get("/api/appointments?client=asha-rao").statusCode()).isEqualTo(404);
    }

    @Test
    void aClashIs409NamingItAndAReferClientIs422WithTheOutcome() {
        assertThat(mira.postJson("/api/appointments", Map.of("client", "asha-rao", "start", FROM + "T10:00")).statusCode()).isEqualTo(201);
        client("Ben Cole", "mira");
        client("Red Flag", "mira", "numbness");

        var clash = mira.postJson("/api/appointments", Map.of("client", "ben-cole", "start", FROM + "T10:15"));
        var refer = mira.postJson("/api/appointments", Map.of("client", "red-flag", "start", FROM + "T15:00"));
        var bad = mira.postJson("/api/appointments", Map.of("client", "ben-cole", "start", "tomorrow"));
        var noSuchClient = admin.postJson("/api/appointments", Map.of("client", "no-one-here", "start", FROM + "T11:00",
                "therapist", "mira"));
        var noSuchTherapist = admin.postJson("/api/appointments", Map.of("client", "ben-cole", "start", FROM + "T11:00",
                "therapist", "nobody"));

        assertThat(clash.statusCode()).isEqualTo(409);
        assertThat(json(clash.body()).get("errors").get(0).get("field").asText()).isEqualTo("therapist-busy");
        assertThat(json(clash.body()).get("errors").get(0).get("message").asText()).startsWith("mira is booked 2030-01-08 10:00-");
        assertThat(refer.statusCode()).isEqualTo(422);
        assertThat(json(refer.body()).get("errors").get(0).get("message").asText()).isEqualTo("refer");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(json(bad.body()).get("errors").get(0).get("field").asText()).isEqualTo("start");
        assertThat(noSuchClient.statusCode()).as(noSuchClient.body()).isEqualTo(404);
        assertThat(noSuchTherapist.statusCode()).isEqualTo(422);
        assertThat(json(noSuchTherapist.body()).get("errors").get(0).get("field").asText()).isEqualTo("therapist");
        assertThat(json(noSuchTherapist.body()).get("errors").get(0).get("message").asText())
                .isEqualTo("there is no therapist named nobody");
        assertThat(json(week(admin)).get("appointments")).hasSize(1);
    }

    @Test
    void aMoveNeedsIfMatchAndCancelAndNoShowAreKept() {
        var booked = mira.postJson("/api/appointments", Map.of("client", "asha-rao", "start", FROM + "T10:00"));
        var id = json(booked.body()).get("id").asLong();
        var etag = booked.headers().firstValue("ETag").orElseThrow();
        var path = "/api/appointments/" + id;

        var noMatch = mira.send(mira.request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"start\": \"2030-01-09T11:00\"}")).build());
        var moved = mira.send(mira.request(path).header("Content-Type", "application/json").header("If-Match", etag)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"start\": \"2030-01-09T11:00\"}")).build());
        var stale = mira.send(mira.request(path).header("Content-Type", "application/json").header("If-Match", etag)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"start\": \"2030-01-09T14:00\"}")).build());

        assertThat(noMatch.statusCode()).isEqualTo(428);
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(json(moved.body()).get("start").asText()).isEqualTo("2030-01-09T11:00");
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(tom.postJson(path + "/cancel", Map.of()).statusCode()).isEqualTo(404);
        var cancelled = mira.postJson(path + "/cancel", Map.of("reason", "work"));
        assertThat(json(cancelled.body()).get("status").asText()).isEqualTo("cancelled");
        assertThat(json(cancelled.body()).get("late").asBoolean()).isFalse();
        assertThat(mira.postJson(path + "/no-show", Map.of()).statusCode()).isEqualTo(422);
    }

    @Test
    void roomsAndHoursAreSetByTheAdminAndReadByStaff() {
        assertThat(admin.postJson("/api/rooms", Map.of("name", "Blue", "equipment", new String[] {"heated-table"})).statusCode())
                .isEqualTo(201);
        assertThat(mira.postJson("/api/rooms", Map.of("name", "Green")).statusCode()).isEqualTo(403);
        assertThat(json(mira.get("/api/rooms").body()).get("items").get(0).get("equipment").get(0).asText()).isEqualTo("heated-table");
        assertThat(json(mira.get("/api/therapists/mira/hours").body()).get("hours").asText())
                .isEqualTo("mon-fri 09:00-17:00 break 12:30-13:15");
        var bad = admin.send(admin.request("/api/therapists/mira/hours").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"hours\": \"mon 9-5\"}")).build());
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(json(bad.body()).get("errors").get(0).get("field").asText()).isEqualTo("hours");
    }
}
