package org.backcare.web.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.web.progress.CareTeam.KNOWLEDGE;
import static org.backcare.web.progress.CareTeam.today;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.backcare.clients.AuditEntry;
import org.backcare.clients.ClientId;
import org.backcare.clients.MeasureEntry;
import org.backcare.intake.Pressure;
import org.backcare.intake.Region;
import org.backcare.progress.AreaMinutes;
import org.backcare.progress.Feedback;
import org.backcare.progress.HomeworkDone;
import org.backcare.progress.ProgressOverview;
import org.backcare.progress.SessionLog;
import org.backcare.progress.SoapNote;
import org.backcare.web.RunningServer;
import org.backcare.web.progress.CareTeam;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A therapist logs a session on a phone in under a minute: the form starts from the plan's next session. */
class SessionPagesTest {
    private static final CareTeam TEAM = new CareTeam();
    private final ClientId daniel = TEAM.newClient();
    private final String form = "/clients/" + daniel + "/sessions/new";
    private final String api = "/api/clients/" + daniel + "/sessions";

    @AfterAll
    static void stop() {
        TEAM.close();
    }

    @Test
    void theFormStartsFromThePlansNextSession() {
        var overview = new ProgressOverview(KNOWLEDGE);
        var next = overview.nextPlan(overview.adaptation(TEAM.history(daniel), today()), today()).schedule().sessions().get(0);

        var page = TEAM.tess.page(form);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).containsPattern(input("date", today().toString()))
                .containsPattern(input("therapist", "Tess Moreau"))
                .containsPattern(input("minutes", Integer.toString(next.minutes())))
                .containsPattern(checked("pressure-" + next.pressure().id()));
        for (var technique : KNOWLEDGE.techniques()) {
            var box = checked("technique-" + technique.id());
            if (next.techniques().contains(technique.id())) {
                assertThat(page.body()).containsPattern(box);
            } else {
                assertThat(page.body()).doesNotContainPattern(box);
            }
        }
        assertThat(page.body()).contains("Numbness", "Bruising", "S: what the client reports");
    }

    @Test
    void twoSessionsLoggedThroughTheFormShowOnTheProgressPage() {
        var first = TEAM.tess.postForm(form, session(today().minusDays(14), "6", "3"));
        var second = TEAM.tess.postForm(form, session(today().minusDays(7), "5", "2"));

        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(first.headers().firstValue("Location"))
                .hasValue("/clients/" + daniel + "/progress?logged=" + today().minusDays(14));
        assertThat(second.statusCode()).isEqualTo(303);
        var sessions = TEAM.history(daniel).sessions();
        assertThat(sessions).hasSize(2);
        assertThat(sessions.get(0)).isEqualTo(new SessionLog(today().minusDays(14), "Tess Moreau", 50,
                List.of(new AreaMinutes(Region.MID_BACK, 10), new AreaMinutes(Region.LOWER_BACK, 30)),
                List.of("swedish", "deep-tissue"), Pressure.MODERATE, 6, 3, List.of("soreness-beyond-48h"),
                new Feedback(List.of("deep-tissue"), List.of("swedish")),
                new SoapNote("Stiff after lifting", "QL tight on the left", "Responding", "Same again")));
        var progress = TEAM.tess.page("/clients/" + daniel + "/progress?logged=" + today().minusDays(14));
        assertThat(progress.body()).contains("Logged the session of " + today().minusDays(14),
                "<td>" + today().minusDays(14) + "</td><td>6</td><td>3</td>",
                "<td>" + today().minusDays(7) + "</td><td>5</td><td>2</td>",
                "2 sessions kept");
    }

    @Test
    void painOf11IsRefusedBesideTheFieldKeepingWhatWasTypedAndNothingIsLogged() {
        var typed = session(today(), "11", "3");

        var answer = TEAM.tess.postForm(form, typed);

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("<a href=\"#painBefore\">Pain before: must be 0-10 (got 11)</a>")
                .contains("<p class=\"problem\" id=\"painBefore-problem\">Pain before: must be 0-10 (got 11)</p>")
                .containsPattern(Pattern.compile("id=\"painBefore\"[^>]*aria-invalid=\"true\""))
                .containsPattern(input("painBefore", "11"))
                .containsPattern(input("area-lower-back", "30"))
                .containsPattern(checked("technique-deep-tissue"))
                .containsPattern(checked("after-effect-soreness-beyond-48h"))
                .contains(">QL tight on the left</textarea>");
        assertThat(TEAM.history(daniel).sessions()).isEmpty();
    }

    @Test
    void everyProblemIsNamedByItsFieldOnScreen() {
        var typed = session(CareTeam.CONSENT.minusDays(1), "4", "x");
        typed.put("minutes", "30");
        typed.remove("pressure");

        var answer = TEAM.tess.postForm(form, typed);

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("href=\"#date\">Date: " + CareTeam.CONSENT.minusDays(1) + " is before "
                        + daniel + " consented", "href=\"#painAfter\">Pain after: required: a whole number (got 'x')",
                "href=\"#pressure\">Pressure: choose one of light, moderate, firm",
                "href=\"#areas\">Areas worked: 40 minutes on the areas is more than the session's 30");
        assertThat(TEAM.history(daniel).sessions()).isEmpty();
    }

    @Test
    void anotherTherapistsClientIsNotThereForThem() {
        assertThat(TEAM.theo.page(form).statusCode()).isEqualTo(404);
        assertThat(TEAM.theo.postForm(form, session(today(), "5", "3")).statusCode()).isEqualTo(404);
        assertThat(TEAM.theo.get(api).statusCode()).isEqualTo(404);
        assertThat(TEAM.theo.postJson(api, json()).statusCode()).isEqualTo(404);
        assertThat(TEAM.tess.page("/clients/nobody/sessions/new").statusCode()).isEqualTo(404);
        assertThat(TEAM.history(daniel).sessions()).isEmpty();
    }

    @Test
    void aClientCannotLogSessions() {
        var himself = TEAM.clientAccount();
        var own = "/clients/" + himself.client() + "/sessions/new";

        assertThat(himself.visitor().page(own).statusCode()).isEqualTo(403);
        assertThat(himself.visitor().postForm(own, session(today(), "5", "3")).statusCode()).isEqualTo(403);
        assertThat(himself.visitor().get("/api/clients/" + himself.client() + "/sessions").statusCode()).isEqualTo(403);
        assertThat(TEAM.history(himself.client()).sessions()).isEmpty();
    }

    @Test
    void theApiLogsASessionAndListsThemAPageAtATime() {
        var logged = TEAM.tess.postJson(api, json());
        TEAM.tess.postJson(api, Map.of("date", today().toString(), "minutes", 30,
                "pressure", "light", "painBefore", 4, "painAfter", 2));

        assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
        assertThat(RunningServer.json(logged.body())).isEqualTo(tree(kept(json())));
        var firstPage = RunningServer.json(TEAM.tess.get(api + "?limit=1").body());
        assertThat(firstPage.get("total").asInt()).isEqualTo(2);
        assertThat(firstPage.get("items")).hasSize(1);
        assertThat(firstPage.get("items").get(0)).isEqualTo(tree(kept(json())));
        var secondPage = RunningServer.json(TEAM.tess.get(api + "?offset=1&limit=1").body());
        assertThat(secondPage.get("items").get(0).get("therapist").asText()).isEqualTo("Tess Moreau");
        assertThat(TEAM.book().auditLog()).extracting(AuditEntry::action).contains("log session", "read sessions");
    }

    @Test
    void theApiRefusesABadSessionNamingEveryFieldAndKeepsNothing() {
        var bad = new LinkedHashMap<>(json());
        bad.put("painBefore", 11);
        bad.put("pressure", "hard");
        bad.put("techniques", List.of("cupping"));
        bad.put("pain_after", 2);

        var answer = TEAM.tess.postJson(api, bad);

        assertThat(answer.statusCode()).isEqualTo(422);
        var problem = RunningServer.json(answer.body());
        assertThat(problem.get("type").asText()).isEqualTo("urn:backcare:problem:invalid-input");
        assertThat(problem.get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("pain_after", "pressure", "painBefore", "techniques[0]");
        assertThat(TEAM.history(daniel).sessions()).isEmpty();
    }

    @Test
    void theApiRefusesASessionAfterTodayAndASecondOnOneDayUnlessConfirmed() {
        var tomorrow = new LinkedHashMap<>(json());
        tomorrow.put("date", today().plusDays(1).toString());
        var future = TEAM.tess.postJson(api, tomorrow);
        assertThat(future.statusCode()).isEqualTo(422);
        assertThat(RunningServer.json(future.body()).get("errors").findValuesAsText("field")).containsExactly("date");

        assertThat(TEAM.tess.postJson(api, json()).statusCode()).isEqualTo(201);
        var again = TEAM.tess.postJson(api, json());
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(RunningServer.json(again.body()).get("errors").findValuesAsText("field")).containsExactly("sameDay");
        assertThat(TEAM.history(daniel).sessions()).hasSize(1);
        var confirmed = new LinkedHashMap<>(json());
        confirmed.put("sameDay", true);
        assertThat(TEAM.tess.postJson(api, confirmed).statusCode()).isEqualTo(201);
        assertThat(TEAM.history(daniel).sessions()).hasSize(2);
    }

    @Test
    void aReferredClientGetsNoMassageOnlyAVisitNote() {
        TEAM.book().logSession(daniel, new SessionLog(today().minusDays(7), "Tess Moreau", 50, List.of(),
                List.of("swedish"), Pressure.LIGHT, 5, 4, List.of("numbness"), Feedback.none(), SoapNote.empty()));

        var page = TEAM.tess.page(form);
        assertThat(page.body()).contains("No massage: record the visit instead", "Screening says refer",
                "Record the visit").doesNotContain("Log the session", "technique-deep-tissue");
        var massage = TEAM.tess.postJson(api, json());
        assertThat(massage.statusCode()).isEqualTo(422);
        assertThat(RunningServer.json(massage.body()).get("errors").findValuesAsText("field")).containsExactly("massage");
        var byForm = TEAM.tess.postForm(form, session(today(), "5", "3"));
        assertThat(byForm.statusCode()).isEqualTo(422);
        assertThat(TEAM.history(daniel).sessions()).hasSize(1);

        var visit = Map.of("date", today().toString(), "minutes", 15, "painBefore", 5, "massage", false,
                "notes", Map.of("subjective", "", "objective", "", "assessment", "", "plan", "Referred to the GP"));
        assertThat(TEAM.tess.postJson(api, visit).statusCode()).isEqualTo(201);
        var visitByForm = Map.of("visit", "on", "date", today().minusDays(1).toString(), "therapist", "Tess Moreau",
                "minutes", "10", "painBefore", "4", "plan", "Seen by the GP");
        assertThat(TEAM.tess.postForm(form, visitByForm).statusCode()).isEqualTo(303);
        assertThat(TEAM.history(daniel).sessions()).hasSize(3).filteredOn(s -> !s.massage()).hasSize(2);
        var withPressure = new LinkedHashMap<String, Object>(visit);
        withPressure.put("pressure", "light");
        assertThat(RunningServer.json(TEAM.tess.postJson(api, withPressure).body()).get("errors")
                .findValuesAsText("field")).contains("pressure");
    }

    @Test
    void staffSeeTheSessionsWithTheirNotesAndTheHomeworkAndVoidOneWithAReason() {
        assertThat(TEAM.tess.postForm(form, session(today().minusDays(14), "6", "3")).statusCode()).isEqualTo(303);
        assertThat(TEAM.tess.postForm(form, session(today().minusDays(7), "5", "2")).statusCode()).isEqualTo(303);
        TEAM.book().logHomework(daniel, new HomeworkDone(today().minusDays(3), "cat-cow stretch",
                "felt looser"));
        var history = "/clients/" + daniel + "/sessions";

        var page = TEAM.tess.page(history);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Session 1: " + today().minusDays(14), "Session 2: " + today().minusDays(7),
                "QL tight on the left", "Same again", "cat-cow stretch", "felt looser", "Void session 2");

        var noReason = TEAM.tess.postForm(history + "/2/void", Map.of("reason", ""));
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("Session 2: required: why the session is voided");
        assertThat(TEAM.history(daniel).massageSessions()).hasSize(2);

        var opened = Long.toString(TEAM.book().version(daniel));
        TEAM.book().logHomework(daniel, new HomeworkDone(today(), "cat-cow stretch", "easier"));
        var stale = TEAM.tess.postForm(history + "/2/void", Map.of("reason", "logged for the wrong day",
                "version", opened));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Someone else changed these records");
        assertThat(TEAM.history(daniel).massageSessions()).hasSize(2);

        var voided = TEAM.tess.postForm(history + "/2/void", Map.of("reason", "logged for the wrong day",
                "version", Long.toString(TEAM.book().version(daniel))));
        assertThat(voided.statusCode()).isEqualTo(303);
        assertThat(TEAM.history(daniel).sessions()).hasSize(2);
        assertThat(TEAM.history(daniel).massageSessions()).hasSize(1);
        assertThat(TEAM.tess.page(history).body()).contains("voided", "Tess Moreau: logged for the wrong day")
                .doesNotContain("Void session 2");
        assertThat(TEAM.book().auditLog()).extracting(AuditEntry::action).contains("void session");
        assertThat(TEAM.theo.postForm(history + "/1/void", Map.of("reason", "x")).statusCode()).isEqualTo(404);
    }

    @Test
    void theApiVoidsASessionByItsNumberWithAReasonOnTheVersionItWasRead() {
        assertThat(TEAM.tess.postJson(api, json()).statusCode()).isEqualTo(201);

        var noReason = voidIt("1", Map.of());
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(RunningServer.json(noReason.body()).get("errors").findValuesAsText("field")).containsExactly("reason");
        var noSuch = voidIt("2", Map.of("reason", "typo"));
        assertThat(RunningServer.json(noSuch.body()).get("errors").findValuesAsText("field")).containsExactly("number");
        assertThat(voidIt("zero", Map.of("reason", "typo")).statusCode()).isEqualTo(404);
        var withoutIfMatch = TEAM.tess.postJson(api + "/1/void", Map.of("reason", "logged twice"));
        assertThat(withoutIfMatch.statusCode()).isEqualTo(428);
        var stale = TEAM.tess.sendJson("POST", api + "/1/void", Map.of("reason", "logged twice"), "\"v1\"");
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(TEAM.history(daniel).sessions().get(0).kept()).isTrue();

        var voided = voidIt("1", Map.of("reason", "logged twice"));
        assertThat(voided.statusCode()).as(voided.body()).isEqualTo(200);
        assertThat(voided.headers().firstValue("ETag")).hasValue(TEAM.etag(daniel));
        assertThat(RunningServer.json(voided.body()).get("voided").get("reason").asText()).isEqualTo("logged twice");
        assertThat(TEAM.history(daniel).sessions().get(0).kept()).isFalse();
        assertThat(voidIt("1", Map.of("reason", "again")).statusCode()).isEqualTo(422);
    }

    @Test
    void theApiCorrectsASessionInOneStepOrRefusesWithNothingWritten() {
        assertThat(TEAM.tess.postJson(api, json()).statusCode()).isEqualTo(201);
        var before = TEAM.history(daniel);
        var corrected = new LinkedHashMap<>(json());
        corrected.put("painAfter", 4);
        corrected.put("reason", "pain after was 4, not 3");

        var noReason = new LinkedHashMap<>(corrected);
        noReason.remove("reason");
        assertThat(fields(correct("1", noReason, TEAM.etag(daniel)))).containsExactly("reason");
        var future = new LinkedHashMap<>(corrected);
        future.put("date", today().plusDays(1).toString());
        assertThat(fields(correct("1", future, TEAM.etag(daniel)))).containsExactly("date");
        assertThat(fields(correct("2", corrected, TEAM.etag(daniel)))).containsExactly("number");
        assertThat(correct("1", corrected, null).statusCode()).isEqualTo(428);
        var stale = correct("1", corrected, "\"v1\"");
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(stale.headers().firstValue("ETag")).hasValue(TEAM.etag(daniel));
        assertThat(TEAM.history(daniel)).isEqualTo(before);

        var done = correct("1", corrected, TEAM.etag(daniel));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(RunningServer.json(done.body()).get("painAfter").asInt()).isEqualTo(4);
        var sessions = TEAM.history(daniel).sessions();
        assertThat(sessions).hasSize(2);
        assertThat(sessions.get(0).voided().replaced()).isTrue();
        assertThat(sessions.get(1).painAfter()).isEqualTo(4);
        assertThat(TEAM.book().auditLog()).extracting(AuditEntry::action).contains("correct session");
        assertThat(TEAM.theo.sendJson("PUT", api + "/2", corrected, TEAM.etag(daniel)).statusCode()).isEqualTo(404);
    }

    @Test
    void aSessionIsCorrectedThroughItsFormOrRefusedWithNothingWritten() {
        assertThat(TEAM.tess.postForm(form, session(today().minusDays(7), "6", "3")).statusCode()).isEqualTo(303);
        var history = "/clients/" + daniel + "/sessions";
        assertThat(TEAM.tess.page(history).body()).contains("Correct session 1");
        var page = TEAM.tess.page(history + "/1/correct");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Correct session 1", "Why correct it?", "action=\"" + history + "/1/correct\"")
                .containsPattern(input("painAfter", "3")).containsPattern(input("date", today().minusDays(7).toString()));
        var version = Long.toString(TEAM.book().version(daniel));
        var before = TEAM.history(daniel);

        var corrected = new LinkedHashMap<>(session(today().minusDays(7), "6", "1"));
        corrected.put("version", version);
        var noReason = TEAM.tess.postForm(history + "/1/correct", corrected);
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("Reason: required: why the session is corrected");
        corrected.put("reason", "pain after was 1");
        var future = new LinkedHashMap<>(corrected);
        future.put("date", today().plusDays(1).toString());
        assertThat(TEAM.tess.postForm(history + "/1/correct", future).body()).contains("is after today");
        var stale = new LinkedHashMap<>(corrected);
        stale.put("version", "1");
        assertThat(TEAM.tess.postForm(history + "/1/correct", stale).statusCode()).isEqualTo(409);
        assertThat(TEAM.history(daniel)).isEqualTo(before);
        assertThat(TEAM.tess.page(history + "/2/correct").statusCode()).isEqualTo(404);

        var done = TEAM.tess.postForm(history + "/1/correct", corrected);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(303);
        assertThat(TEAM.history(daniel).massageSessions()).singleElement().extracting(SessionLog::painAfter)
                .isEqualTo(1);
        assertThat(TEAM.tess.page(history + "?corrected=1").body()).contains("Corrected session 1", "corrected",
                "pain after was 1", "replaced by a later entry", "Correct session 2");
    }

    @Test
    void aQuestionnaireIsVoidedOrCorrectedOnTheSessionsPage() {
        TEAM.book().recordMeasure(daniel, new MeasureEntry("nprs", today().minusDays(2), "6"));
        TEAM.book().recordMeasure(daniel, new MeasureEntry("nprs", today().minusDays(1), "5"));
        var history = "/clients/" + daniel + "/sessions";
        var measures = "/clients/" + daniel + "/measures/";
        assertThat(TEAM.tess.page(history).body()).contains("Questionnaire 1: NPRS", "Void questionnaire 2",
                "Correct questionnaire 1");

        var noReason = TEAM.tess.postForm(measures + "2/void", Map.of("reason", " "));
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("Questionnaire 2: required: why the questionnaire is voided");
        var version = Long.toString(TEAM.book().version(daniel));
        var badAnswer = TEAM.tess.postForm(measures + "1/correct", Map.of("date", today().minusDays(2).toString(),
                "answers", "12", "reason", "typo", "version", version));
        assertThat(badAnswer.statusCode()).isEqualTo(422);
        var future = TEAM.tess.postForm(measures + "1/correct", Map.of("date", today().plusDays(2).toString(),
                "answers", "4", "reason", "typo", "version", version));
        assertThat(future.body()).contains("in the future");
        assertThat(TEAM.tess.postForm(measures + "1/correct", Map.of("date", today().minusDays(2).toString(),
                "answers", "4", "reason", "typo", "version", "1")).statusCode()).isEqualTo(422);
        assertThat(TEAM.history(daniel).keptMeasures()).hasSize(2);

        assertThat(TEAM.tess.postForm(measures + "2/void", Map.of("reason", "the wrong client")).statusCode())
                .as("a form without the version it was opened on").isEqualTo(409);
        assertThat(TEAM.tess.postForm(measures + "2/void", Map.of("reason", "the wrong client",
                "version", Long.toString(TEAM.book().version(daniel)))).statusCode()).isEqualTo(303);
        var corrected = TEAM.tess.postForm(measures + "1/correct", Map.of("date", today().minusDays(2).toString(),
                "answers", "4", "reason", "the client said 4", "version", Long.toString(TEAM.book().version(daniel))));
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(303);
        assertThat(TEAM.history(daniel).keptMeasures()).singleElement()
                .isEqualTo(new MeasureEntry("nprs", today().minusDays(2), "4"));
        assertThat(TEAM.tess.page(history).body()).contains("the wrong client", "the client said 4", "corrected");
        assertThat(TEAM.book().auditLog()).extracting(AuditEntry::action).contains("void questionnaire",
                "correct questionnaire");
    }

    private HttpResponse<String> voidIt(String number, Map<String, ?> body) {
        return TEAM.tess.sendJson("POST", api + "/" + number + "/void", body, TEAM.etag(daniel));
    }

    private HttpResponse<String> correct(String number, Map<String, ?> body, String ifMatch) {
        return TEAM.tess.sendJson("PUT", api + "/" + number, body, ifMatch);
    }

    private static List<String> fields(HttpResponse<String> refused) {
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        return RunningServer.json(refused.body()).get("errors").findValuesAsText("field");
    }

    /** The form as a therapist fills it in for a usual session. */
    private static Map<String, String> session(LocalDate date, String painBefore, String painAfter) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("date", date.toString());
        fields.put("therapist", "Tess Moreau");
        fields.put("minutes", "50");
        fields.put("pressure", "moderate");
        fields.put("painBefore", painBefore);
        fields.put("painAfter", painAfter);
        fields.put("area-mid-back", "10");
        fields.put("area-lower-back", "30");
        fields.put("area-upper-back", "");
        fields.put("technique-swedish", "on");
        fields.put("technique-deep-tissue", "on");
        fields.put("feedback-deep-tissue", "worked");
        fields.put("feedback-swedish", "did-not-work");
        fields.put("after-effect-soreness-beyond-48h", "on");
        fields.put("subjective", "Stiff after lifting");
        fields.put("objective", "QL tight on the left");
        fields.put("assessment", "Responding");
        fields.put("plan", "Same again");
        return fields;
    }

    private static Map<String, Object> json() {
        var session = new LinkedHashMap<String, Object>();
        session.put("date", today().minusDays(1).toString());
        session.put("therapist", "Tess Moreau");
        session.put("minutes", 45);
        session.put("areas", List.of(Map.of("region", "lower-back", "minutes", 30)));
        session.put("techniques", List.of("deep-tissue"));
        session.put("pressure", "firm");
        session.put("painBefore", 6);
        session.put("painAfter", 4);
        session.put("afterEffects", List.of());
        session.put("feedback", Map.of("worked", List.of("deep-tissue"), "didNotWork", List.of()));
        session.put("notes", Map.of("subjective", "", "objective", "QL tight", "assessment", "", "plan", ""));
        session.put("massage", true);
        return session;
    }

    /** A session as the API answers it: as sent, and not voided. */
    private static Map<String, Object> kept(Map<String, Object> session) {
        var answer = new LinkedHashMap<>(session);
        answer.put("voided", null);
        return answer;
    }

    private static JsonNode tree(Object value) {
        return RunningServer.JSON.valueToTree(value);
    }

    private static Pattern input(String id, String value) {
        return Pattern.compile("id=\"" + id + "\"[^>]*value=\"" + Pattern.quote(value) + "\"");
    }

    private static Pattern checked(String id) {
        return Pattern.compile("id=\"" + id + "\"[^>]*\\schecked[\\s>]");
    }
}
