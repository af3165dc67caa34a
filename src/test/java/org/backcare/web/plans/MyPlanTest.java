package org.backcare.web.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.backcare.clients.ClientId;
import org.backcare.progress.HomeworkDone;
import org.backcare.web.ProblemDetails;
import org.backcare.web.RunningServer.Visitor;
import org.backcare.web.RunningServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A client signed in sees their own plan and handout, logs their homework, and reaches nothing else. */
class MyPlanTest {
    private PlanFixture fixture;
    private ClientId asha;
    private Visitor ashaSignedIn;

    @BeforeEach
    void start() {
        fixture = new PlanFixture();
        fixture.therapist("tom");
        asha = fixture.onFile("asha-rao", "desk-worker.yaml", "tom");
        fixture.onFile("tom-becker", "red-flags.yaml", "tom");
        ashaSignedIn = fixture.clientAccount("asha", "asha-rao");
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void theClientSeesTheirPlanWithTheirOwnDownloadsAndNoStaffActions() {
        var page = ashaSignedIn.page("/me");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Back care plan for Asha Rao").contains("<table class=\"calendar\">")
                .contains("href=\"/me/handout.pdf\"").contains("href=\"/me/plan.ics\"").contains("I did my homework")
                .doesNotContain("Keep this plan").doesNotContain("Plans kept on file").doesNotContain("/clients/");
        var handout = ashaSignedIn.get("/me/handout.pdf");
        assertThat(handout.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(handout.body()).startsWith("%PDF-");
        assertThat(ashaSignedIn.get("/me/plan.ics").body()).startsWith("BEGIN:VCALENDAR");
        assertThat(fixture.book.auditLog()).filteredOn(entry -> entry.actor().equals("asha"))
                .extracting(entry -> entry.action()).containsExactly("read plan", "read handout", "read session calendar");
    }

    @Test
    void theClientsOwnPageSpeaksPlainlyWithTheHomeworkFormFirst() {
        var body = ashaSignedIn.page("/me").body();
        assertThat(body).doesNotContain(".txt", "knowledge base", "score ", "moves up", "best suited first")
                .contains("Source: the guide's section “");
        assertThat(body.indexOf("I did my homework")).as("the homework form comes before the plan's details")
                .isPositive().isLessThan(body.indexOf("Session calendar"));
        var tom = fixture.running.signIn("tom", PlanFixture.PASSWORD);
        assertThat(tom.page("/clients/asha-rao/plan").body()).contains(".txt §", "knowledge base", "score ");
    }

    @Test
    void theClientReachesNoStaffPageAndNoOtherClient() {
        assertThat(ashaSignedIn.page("/clients/asha-rao/plan").statusCode()).isEqualTo(403);
        for (var path : new String[] {"/api/clients/asha-rao/plan", "/api/clients/tom-becker/plan",
                "/api/clients/tom-becker/plans", "/api/clients/tom-becker/handout.pdf", "/clients/tom-becker/plan.ics"}) {
            var answer = ashaSignedIn.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(403);
            assertThat(answer.body()).as(path).doesNotContain("Becker");
        }
        var plan = RunningServer.json(ashaSignedIn.get("/api/me/plan").body());
        assertThat(plan.get("client").asText()).isEqualTo("Asha Rao");
    }

    @Test
    void staffHaveNoMePage() {
        var tom = fixture.running.signIn("tom", PlanFixture.PASSWORD);
        assertThat(tom.page("/me").statusCode()).isEqualTo(403);
        assertThat(tom.get("/api/me/homework").statusCode()).isEqualTo(403);
    }

    @Test
    void homeworkLoggedWithTheFormIsKeptAndShown() {
        var exercise = firstHomework();
        var answer = ashaSignedIn.postForm("/me/homework", Map.of("date", PlanFixture.today().toString(),
                "exercise", exercise, "note", "Felt looser after"));
        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue("/me?logged#log-heading");
        assertThat(fixture.book.homework(asha)).singleElement().satisfies(done -> {
            assertThat(done.exercise()).isEqualTo(exercise);
            assertThat(done.note()).isEqualTo("Felt looser after");
            assertThat(done.done()).isEqualTo(PlanFixture.today());
        });
        assertThat(ashaSignedIn.page("/me?logged").body()).contains("Logged: well done.").contains("Felt looser after");
        var log = RunningServer.json(ashaSignedIn.get("/api/me/homework").body());
        assertThat(log.get("total").asInt()).isEqualTo(1);
        assertThat(log.get("items").get(0).get("exercise").asText()).isEqualTo(exercise);
    }

    @Test
    void badHomeworkIsRefusedFieldByFieldAndNothingIsKept() {
        var tomorrow = PlanFixture.today().plusDays(1).toString();
        var answer = ashaSignedIn.postForm("/me/homework", Map.of("date", tomorrow, "exercise", "juggling",
                "note", "x".repeat(HomeworkDone.MAX_NOTE + 1)));
        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("Please correct 3 fields").contains("is in the future")
                .contains("'juggling' is not in your plan's homework").contains(HomeworkDone.MAX_NOTE + " characters at most")
                .contains("value=\"" + tomorrow + "\"");
        var api = ashaSignedIn.postJson("/api/me/homework", Map.of("date", "yesterday", "exercise", firstHomework()));
        assertThat(api.statusCode()).isEqualTo(422);
        var problem = RunningServer.json(api.body());
        assertThat(problem.get("type").asText()).isEqualTo(ProblemDetails.INVALID_INPUT);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("date");
        assertThat(ashaSignedIn.postJson("/api/me/homework", Map.of("exercise", 3)).statusCode()).isEqualTo(422);
        assertThat(fixture.book.homework(asha)).isEmpty();
    }

    @Test
    void homeworkThroughTheApiTakesTodayUnlessToldOtherwise() {
        var answer = ashaSignedIn.postJson("/api/me/homework", Map.of("exercise", firstHomework()));
        assertThat(answer.statusCode()).isEqualTo(201);
        var done = RunningServer.json(answer.body());
        assertThat(done.get("date").asText()).isEqualTo(PlanFixture.today().toString());
        assertThat(done.get("text").asText()).isNotBlank();
    }

    @Test
    void aClientWhoseScreeningStopsMassageSeesWhatToDoAndNoHomeworkForm() {
        var tomBecker = fixture.clientAccount("tomb", "tom-becker");
        var page = tomBecker.page("/me").body();
        assertThat(page).contains("class=\"screening urgent\"").doesNotContain("I did my homework")
                .doesNotContain("plan.ics");
        assertThat(tomBecker.get("/me/plan.ics").statusCode()).isEqualTo(409);
    }

    private String firstHomework() {
        return RunningServer.json(ashaSignedIn.get("/api/me/plan").body()).get("homeCare").get(0).get("id").asText();
    }
}
