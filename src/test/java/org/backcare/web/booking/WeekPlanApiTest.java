package org.backcare.web.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.web.RunningServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import org.backcare.cli.BackcareCommand;
import org.backcare.web.RunningServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * "Plan next week" through the API on the small demo clinic: one solve per week, its state and best proposal read
 * back with the reasons, a stale proposal refused saying what changed, a discarded plan gone, and an accepted one
 * booked as {@code schedule accept} books it.
 */
class WeekPlanApiTest {
    private static final LocalDate MONDAY = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    private static final RunningServer SERVER = new RunningServer();
    private static final RunningServer.Visitor ADMIN = SERVER.setUpAdmin();

    static {
        demoClinic(SERVER.location);
    }

    /** The small demo clinic (seed 1) in the server's records, made as {@code backcare demo} makes it. */
    static void demoClinic(String location) {
        var out = new StringWriter();
        int code = BackcareCommand.run(new String[] {"demo", "--clinic", "small", "--seed", "1", "--db", location},
                new PrintWriter(out), new PrintWriter(out));
        assertThat(code).as(out.toString()).isZero();
    }

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    private static JsonNode start() {
        var started = ADMIN.postJson("/api/schedule/plans", Map.of("week", MONDAY.plusDays(2).toString(), "seconds", 10));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        var plan = json(started.body());
        assertThat(started.headers().firstValue("Location")).hasValue("/api/schedule/plans/" + plan.get("plan").asLong());
        assertThat(plan.get("week").asText()).isEqualTo(MONDAY.toString());
        return plan;
    }

    /** Asks until the planner is done: each ask is one request, at most 120 of them, a second apart. */
    private static JsonNode done(JsonNode plan) throws InterruptedException {
        return done(ADMIN, plan);
    }

    private static JsonNode done(RunningServer.Visitor admin, JsonNode plan) throws InterruptedException {
        for (int asked = 0; asked < 120; asked++) {
            var state = json(admin.get("/api/schedule/plans/" + plan.get("plan").asLong()).body());
            if (!state.get("state").asText().equals("solving")) {
                assertThat(state.get("state").asText()).isEqualTo("done");
                return state;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the planner did not finish");
    }

    @Test
    void aPlanIsStartedOnceShownWithReasonsRefusedWhenStaleAndBookedWhenAccepted() throws Exception {
        var first = start();
        assertThat(ADMIN.postJson("/api/schedule/plans", Map.of("week", MONDAY.toString())).statusCode()).isEqualTo(409);
        var solved = done(first);
        var proposal = solved.get("proposal");
        assertThat(proposal.get("score").asText()).matches("-?\\d+hard/-?\\d+medium/-?\\d+soft");
        assertThat(proposal.get("sessions")).isNotEmpty().allSatisfy(s -> assertThat(s.get("why")).isNotEmpty());
        assertThat(proposal.get("unplanned")).allSatisfy(u -> assertThat(u.get("reason").asText()).startsWith("not planned"));
        assertThat(ADMIN.page("/schedule/plan?week=" + MONDAY).body()).contains("The planner is done",
                "Accept and book " + proposal.get("sessions").size() + " sessions");

        var one = proposal.get("sessions").get(0);
        var booked = ADMIN.postJson("/api/appointments", Map.of("client", one.get("client").asText(),
                "therapist", one.get("therapist").asText(), "start", one.get("start").asText()));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        var stale = ADMIN.post("/api/schedule/plans/" + first.get("plan").asLong() + "/accept", "application/json", "");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("booked since: appointment " + json(booked.body()).get("id").asLong());

        assertThat(ADMIN.send(ADMIN.request("/api/schedule/plans/" + first.get("plan").asLong()).DELETE().build())
                .statusCode()).isEqualTo(204);
        assertThat(ADMIN.get("/api/schedule/plans/" + first.get("plan").asLong()).statusCode()).isEqualTo(404);

        var second = done(start());
        var accepted = ADMIN.post("/api/schedule/plans/" + second.get("plan").asLong() + "/accept", "application/json", "");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(json(accepted.body()).get("booked")).hasSize(second.get("proposal").get("sessions").size());
        assertThat(ADMIN.get("/api/schedule/plans/" + second.get("plan").asLong()).statusCode()).isEqualTo(404);
        var week = ADMIN.get("/api/appointments?week=" + MONDAY).body();
        assertThat(json(week).get("appointments")).hasSize(second.get("proposal").get("sessions").size() + 1);
    }

    @Test
    void badInputNamesTheField() {
        var noWeek = ADMIN.postJson("/api/schedule/plans", Map.of("week", "next week"));
        assertThat(noWeek.statusCode()).isEqualTo(422);
        assertThat(noWeek.body()).contains("\"week\"");
        var tooLong = ADMIN.postJson("/api/schedule/plans", Map.of("week", MONDAY.plusWeeks(3).toString(), "seconds", 0));
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(tooLong.body()).contains("\"seconds\"", "from 1 to 600");
        var page = ADMIN.postForm("/schedule/plan", Map.of("week", "soon", "seconds", "30"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("a date written YYYY-MM-DD");
        assertThat(ADMIN.get("/api/schedule/plans/999").statusCode()).isEqualTo(404);
    }

    @Test
    void aWeekOverIsRefusedTheAdminIsToldWhichWeekToPlan() {
        var lastWeek = MONDAY.minusWeeks(2);
        var api = ADMIN.postJson("/api/schedule/plans", Map.of("week", lastWeek.plusDays(3).toString(), "seconds", 1));
        assertThat(api.statusCode()).isEqualTo(422);
        assertThat(json(api.body()).get("errors").get(0).get("field").asText()).isEqualTo("week");
        assertThat(api.body()).contains("the week of " + lastWeek + " is over", "plan the week of " + MONDAY);
        var page = ADMIN.postForm("/schedule/plan", Map.of("week", lastWeek.minusWeeks(4).toString(), "seconds", "1"));
        assertThat(page.body()).contains("the week of " + lastWeek.minusWeeks(4) + " is over");
        assertThat(ADMIN.page("/schedule/plan?week=" + lastWeek).body()).as("nothing is being planned")
                .contains("This week is over").doesNotContain("The planner is");
    }

    @Test
    void ofTheWeekUnderWayTheDaysAfterTodayArePlanned() throws Exception {
        try (var server = new RunningServer()) { // its own: next week, booked by another test, holds its sessions
            var admin = server.setUpAdmin();
            demoClinic(server.location);
            restOfThisWeek(admin);
        }
    }

    private static void restOfThisWeek(RunningServer.Visitor admin) throws Exception {
        var today = LocalDate.now();
        var thisWeek = MONDAY.minusWeeks(1);
        if (today.getDayOfWeek() == DayOfWeek.SUNDAY) {
            assertThat(admin.postJson("/api/schedule/plans", Map.of("week", today.toString())).body())
                    .contains("the week of " + thisWeek + " ends today");
            return;
        }
        assertThat(admin.page("/schedule/week?week=" + thisWeek).body())
                .contains("href=\"/schedule/plan?week=" + thisWeek + "\">Plan the rest of this week</a>");
        assertThat(admin.page("/schedule/plan?week=" + thisWeek).body()).contains("This week has begun: the planner"
                + " places sessions in the rest of the week of " + thisWeek + " (" + today.plusDays(1));

        var started = admin.postJson("/api/schedule/plans", Map.of("week", today.toString(), "seconds", 2));

        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        var plan = json(started.body());
        assertThat(plan.get("week").asText()).isEqualTo(thisWeek.toString());
        assertThat(plan.get("firstDay").asText()).isEqualTo(today.plusDays(1).toString());
        assertThat(plan.get("days").asInt()).isEqualTo(6 - today.getDayOfWeek().ordinal());
        var sessions = done(admin, plan).get("proposal").get("sessions");
        if (today.getDayOfWeek() == DayOfWeek.SATURDAY) {
            assertThat(sessions).as("only Sunday is left, and no one in the demo clinic works on Sundays").isEmpty();
        } else {
            assertThat(sessions).isNotEmpty().allSatisfy(s -> assertThat(LocalDate.parse(s.get("start").asText()
                    .substring(0, 10))).isAfter(today).isBeforeOrEqualTo(thisWeek.plusDays(6)));
        }
        assertThat(admin.send(admin.request("/api/schedule/plans/" + plan.get("plan").asLong()).DELETE().build())
                .statusCode()).isEqualTo(204);
    }
}
