package org.backcare.web.plans;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.backcare.booking.Status;
import org.backcare.clients.ClientId;
import org.backcare.web.RunningServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Self-booking for programs: the free times, booking, moving and cancelling, and each refusal, over real HTTP. */
class MyAppointmentsApiTest {
    private final SelfBookingClinic clinic = new SelfBookingClinic();

    @AfterEach
    void stop() {
        clinic.close();
    }

    @Test
    void theClientBooksAFreeTimeMovesItToAnotherAndCancelsIt() {
        var ashaIn = clinic.fixture.clientAccount("asha", "asha-rao");
        var free = RunningServer.json(ashaIn.get("/api/me/free-times").body());
        assertThat(free.get("session").asInt()).isEqualTo(1);
        var times = free.get("times");
        assertThat(times.size()).isGreaterThan(1);
        assertThat(times.get(0).get("therapist").asText()).isEqualTo("tom");
        var first = times.get(0).get("start").asText();

        var booked = ashaIn.postJson("/api/me/appointments", Map.of("therapist", "tom", "start", first));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        var id = RunningServer.json(booked.body()).get("id").asLong();
        assertThat(clinic.desk.find(id).orElseThrow().planSession()).hasValue(1);
        var mine = RunningServer.json(ashaIn.get("/api/me/appointments").body());
        assertThat(mine.get("selfBooking").asBoolean()).isTrue();
        assertThat(mine.get("appointments").get(0).get("start").asText()).isEqualTo(first);
        assertThat(mine.get("appointments").get(0).get("cancellable").asBoolean()).isTrue();
        assertThat(RunningServer.json(ashaIn.get("/api/me/free-times").body()).get("session").asInt()).isEqualTo(2);

        var again = ashaIn.postJson("/api/me/appointments", Map.of("therapist", "tom", "start", first));
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("not one of the free times");

        var later = laterFreeTime(times, LocalDateTime.parse(first).plusHours(3));
        var moved = ashaIn.sendJson("PUT", "/api/me/appointments/" + id, Map.of("start", later), null);
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(clinic.desk.find(id).orElseThrow().start()).isEqualTo(LocalDateTime.parse(later));
        var outside = ashaIn.sendJson("PUT", "/api/me/appointments/" + id, Map.of("start", "2099-01-01T10:00"), null);
        assertThat(outside.statusCode()).isEqualTo(422);
        assertThat(clinic.desk.find(id).orElseThrow().start()).isEqualTo(LocalDateTime.parse(later));

        var cancelled = ashaIn.send(ashaIn.request("/api/me/appointments/" + id + "/cancel")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(clinic.desk.find(id).orElseThrow().status()).isEqualTo(Status.CANCELLED);
    }

    /** A free time of the list at or after {@code notBefore}: +3 h itself may fall after the therapist's hours. */
    private static String laterFreeTime(JsonNode times, LocalDateTime notBefore) {
        for (var time : times) {
            if (!LocalDateTime.parse(time.get("start").asText()).isBefore(notBefore)) {
                return time.get("start").asText();
            }
        }
        throw new AssertionError("no free time at or after " + notBefore + " in " + times);
    }

    @Test
    void insideTheNoticeMovingAndCancellingAreRefusedWithThePhoneNumber() {
        var ashaIn = clinic.fixture.clientAccount("asha", "asha-rao");
        var first = RunningServer.json(ashaIn.get("/api/me/free-times").body()).get("times").get(0).get("start").asText();
        var id = RunningServer.json(ashaIn.postJson("/api/me/appointments", Map.of("therapist", "tom", "start", first))
                .body()).get("id").asLong();
        clinic.notice(Duration.ofDays(14));

        var cancel = ashaIn.send(ashaIn.request("/api/me/appointments/" + id + "/cancel")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        var move = ashaIn.sendJson("PUT", "/api/me/appointments/" + id, Map.of("start", first), null);

        assertThat(cancel.statusCode()).isEqualTo(422);
        assertThat(cancel.body()).contains("+44 117 496 0000");
        assertThat(move.statusCode()).isEqualTo(422);
        assertThat(clinic.desk.find(id).orElseThrow().status()).isEqualTo(Status.BOOKED);
        assertThat(ashaIn.sendJson("PUT", "/api/me/appointments/999", Map.of("start", first), null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aReferPlanGetsA422WithWhatToDoAndNothingIsBooked() {
        var tomIn = clinic.fixture.clientAccount("tomb", "tom-becker");
        var free = tomIn.get("/api/me/free-times");
        assertThat(free.statusCode()).isEqualTo(422);
        assertThat(free.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/problem+json"));
        assertThat(free.body()).contains("screening-stops-massage");
        var start = LocalDateTime.now(ZoneOffset.UTC).plusDays(1).withHour(10).withMinute(0).withSecond(0).withNano(0);
        assertThat(tomIn.postJson("/api/me/appointments", Map.of("therapist", "tom", "start", start.toString()))
                .statusCode()).isEqualTo(422);
        assertThat(clinic.desk.ofClient(new ClientId("tom-becker"))).isEmpty();
    }

    @Test
    void withSelfBookingOffBookingIsRefusedButTheAppointmentsStillShow() {
        clinic.selfBooking(false);
        var ashaIn = clinic.fixture.clientAccount("asha", "asha-rao");
        assertThat(ashaIn.get("/api/me/appointments").statusCode()).isEqualTo(200);
        var free = ashaIn.get("/api/me/free-times");
        assertThat(free.statusCode()).isEqualTo(403);
        assertThat(free.body()).contains("does not let clients book themselves", "+44 117 496 0000");
        var start = LocalDateTime.now(ZoneOffset.UTC).plusDays(1).withHour(10).withMinute(0).withSecond(0).withNano(0);
        assertThat(ashaIn.postJson("/api/me/appointments", Map.of("therapist", "tom", "start", start.toString()))
                .statusCode()).isEqualTo(403);
        assertThat(clinic.desk.ofClient(clinic.asha)).isEmpty();
        assertThat(ashaIn.postJson("/api/me/appointments", Map.of("when", "soon")).statusCode()).isEqualTo(422);
        assertThat(clinic.fixture.running.signIn("tom", PlanFixture.PASSWORD).get("/api/me/appointments").statusCode())
                .isEqualTo(403);
    }
}
