package org.backcare.web.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.web.progress.CareTeam.today;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.backcare.clients.ClientId;
import org.backcare.clients.MeasureEntry;
import org.backcare.measures.Answers;
import org.backcare.measures.Instrument;
import org.backcare.web.RunningServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Questionnaires filled in on screen, scored by the instrument's own scoring and kept as the command line keeps them. */
class MeasurePagesTest {
    private static final List<String> ODI = List.of("1", "2", "2", "1", "0", "1", "2", "-", "1", "1");
    private static final CareTeam TEAM = new CareTeam();
    private final ClientId daniel = TEAM.newClient();
    private final String form = "/clients/" + daniel + "/measures/new?instrument=";
    private final String api = "/api/clients/" + daniel + "/measures";

    @AfterAll
    static void stop() {
        TEAM.close();
    }

    @Test
    void theOdiIsTenSectionsOfRadioButtonsEachInAFieldsetWithItsLegend() {
        var page = TEAM.tess.page(form + "odi").body();

        var items = Instrument.ODI.questionnaire().items();
        for (var item : items) {
            assertThat(page).contains("<legend>" + item.number() + ". " + item.text() + "</legend>");
            for (var choice : item.choices()) {
                assertThat(page).containsPattern(Pattern.compile("type=\"radio\" id=\"item-" + item.number() + "-"
                        + Pattern.quote(choice.answer()) + "\" name=\"item-" + item.number() + "\""));
            }
        }
        assertThat(page).containsPattern(Pattern.compile("id=\"date\"[^>]*value=\"" + today() + "\""));
    }

    @Test
    void anOdiFilledInOnScreenIsKeptAndScoredAsTheCommandLineWould() {
        var answer = TEAM.tess.postForm(form + "odi", odi(ODI));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location"))
                .hasValue("/clients/" + daniel + "/measures/odi?recorded=" + today());
        assertThat(TEAM.history(daniel).measures()).containsExactly(new MeasureEntry("odi", today(), "1,2,2,1,0,1,2,-,1,1"));
        var cli = Answers.parse("odi 1,2,2,1,0,1,2,-,1,1").score();
        var shown = TEAM.tess.page(answer.headers().firstValue("Location").orElseThrow()).body();
        assertThat(cli.value()).isEqualTo(11 * 100.0 / 45);
        assertThat(shown).contains("Recorded the ODI of " + today() + ": 24.4%, " + cli.band(),
                "This is the first ODI on file");
    }

    @Test
    void aLaterOdiShowsItsChangeSinceTheFirstAndWhetherItReachesTheMcid() {
        TEAM.book().recordMeasure(daniel, new MeasureEntry("odi", today().minusDays(28), "2,2,2,2,2,2,2,2,2,2"));

        var answer = TEAM.tess.postForm(form + "odi", odi(ODI));

        var shown = TEAM.tess.page(answer.headers().firstValue("Location").orElseThrow()).body();
        assertThat(shown).contains("Since the first ODI (" + today().minusDays(28) + ", 40%): better by 15.6 percentage "
                + "points. Minimal clinically important difference (MCID): 30% or lower, reached.");
    }

    @Test
    void aSectionLeftUnansweredIsNamedAndNothingIsKept() {
        var fields = odi(ODI);
        fields.remove("item-3");
        fields.put("item-5", "-");

        var answer = TEAM.tess.postForm(form + "odi", fields);

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("<a href=\"#item-3\">3. Lifting: choose one answer</a>")
                .containsPattern(Pattern.compile("id=\"item-5--\"[^>]*checked"));
        assertThat(TEAM.history(daniel).measures()).isEmpty();
        fields.put("item-3", "2");
        var twoSkipped = TEAM.tess.postForm(form + "odi", fields);
        assertThat(twoSkipped.statusCode()).isEqualTo(422);
        assertThat(twoSkipped.body()).contains("<a href=\"#answers\">ODI is scored with at most one section skipped"
                + " (skipped: sections 5, 8)</a>");
        assertThat(TEAM.history(daniel).measures()).isEmpty();
    }

    @Test
    void theRmdqIsTicksAndThePsfsNamesItsActivities() {
        var ticks = new HashMap<String, String>(Map.of("date", today().toString(), "item-2", "1", "item-13", "1"));
        var psfs = Map.of("date", today().toString(), "activity-1", "putting on socks", "item-1", "4",
                "activity-2", "lifting groceries", "item-2", "3");

        assertThat(TEAM.tess.postForm(form + "rmdq", ticks).statusCode()).isEqualTo(303);
        assertThat(TEAM.tess.postForm(form + "psfs", psfs).statusCode()).isEqualTo(303);

        assertThat(TEAM.history(daniel).measures()).containsExactly(
                new MeasureEntry("rmdq", today(), "0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0"),
                new MeasureEntry("psfs", today(), "putting on socks=4,lifting groceries=3"));
        var comma = TEAM.tess.postForm(form + "psfs", Map.of("date", today().toString(), "activity-1", "socks, shoes",
                "item-1", "4"));
        assertThat(comma.statusCode()).isEqualTo(422);
        assertThat(comma.body()).contains("href=\"#activity-1\">Activity 1: name the activity the client finds hard,"
                + " without commas");
    }

    @Test
    void withoutTheClinicsWordingALicensedFormShowsItemNumbersAndScalesAndStillScores() {
        var rmdq = TEAM.tess.page(form + "rmdq").body();
        var odi = TEAM.tess.page(form + "odi").body();

        assertThat(rmdq).contains("The RMDQ's wording is under its owner's copyright", ">Statement 1</label>",
                ">Statement 24</label>");
        assertThat(odi).contains("<legend>3. Lifting</legend>", ">0 = the first statement</label>",
                ">5 = the last statement</label>");
        assertThat(TEAM.tess.page(form + "start-back").body()).contains("<legend>Question 9</legend>");
        assertThat(TEAM.tess.page(form + "psfs").body()).contains("Name up to five activities")
                .doesNotContain("has not supplied");
        var ticks = new HashMap<String, String>(Map.of("date", today().toString(), "item-5", "1"));
        assertThat(TEAM.tess.postForm(form + "rmdq", ticks).statusCode()).isEqualTo(303);
        assertThat(TEAM.history(daniel).measures()).containsExactly(
                new MeasureEntry("rmdq", today(), "0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0"));
    }

    @Test
    void theStartBackAsksHowBothersomeInTheFormsOwnWords() {
        var page = TEAM.tess.page(form + "start-back").body();

        assertThat(page).contains(">agree</label>", ">disagree</label>", ">very much</label>", ">extremely</label>");
        assertThat(TEAM.tess.page(form + "oswestry").statusCode()).isEqualTo(404);
        assertThat(TEAM.tess.page("/clients/" + daniel + "/measures/new").body()).contains("Patient-Specific Functional Scale");
    }

    @Test
    void theApiVoidsAQuestionnaireByItsNumberWithAReasonOnTheVersionItWasRead() {
        assertThat(TEAM.tess.postJson(api, Map.of("instrument", "nprs", "date", today().toString(), "answers", List.of(6)))
                .statusCode()).isEqualTo(201);

        var noReason = voidIt("1", Map.of(), TEAM.etag(daniel));
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(RunningServer.json(noReason.body()).get("errors").findValuesAsText("field")).containsExactly("reason");
        var noSuch = voidIt("2", Map.of("reason", "typo"), TEAM.etag(daniel));
        assertThat(RunningServer.json(noSuch.body()).get("errors").findValuesAsText("field")).containsExactly("number");
        assertThat(voidIt("1", Map.of("reason", "typo"), null).statusCode()).isEqualTo(428);
        assertThat(voidIt("1", Map.of("reason", "typo"), "\"v1\"").statusCode()).isEqualTo(412);
        assertThat(TEAM.history(daniel).measures().get(0).voided()).isNull();

        var voided = voidIt("1", Map.of("reason", "the wrong client's answers"), TEAM.etag(daniel));
        assertThat(voided.statusCode()).as(voided.body()).isEqualTo(200);
        assertThat(RunningServer.json(voided.body()).get("voided").get("reason").asText())
                .isEqualTo("the wrong client's answers");
        assertThat(TEAM.history(daniel).measures().get(0).voided()).isNotNull();
        assertThat(voidIt("1", Map.of("reason", "again"), TEAM.etag(daniel)).statusCode()).isEqualTo(422);
    }

    @Test
    void theApiCorrectsAQuestionnaireOnItsDayOrRefusesWithNothingWritten() {
        var day = today().minusDays(3);
        assertThat(TEAM.tess.postJson(api, Map.of("instrument", "nprs", "date", day.toString(), "answers", List.of(6)))
                .statusCode()).isEqualTo(201);
        var before = TEAM.history(daniel);
        var etag = TEAM.etag(daniel);

        assertThat(correct(Map.of("instrument", "nprs", "answers", List.of(3)), etag).statusCode()).isEqualTo(422);
        assertThat(correct(Map.of("instrument", "nprs", "answers", List.of(3), "reason", "said 3", "date",
                today().plusDays(1).toString()), etag).statusCode()).isEqualTo(422);
        assertThat(correct(Map.of("instrument", "nprs", "answers", List.of(13), "reason", "said 3"), etag)
                .statusCode()).isEqualTo(422);
        assertThat(correct(Map.of("instrument", "nprs", "answers", List.of(3), "reason", "said 3"), null)
                .statusCode()).isEqualTo(428);
        assertThat(correct(Map.of("instrument", "nprs", "answers", List.of(3), "reason", "said 3"), "\"v1\"")
                .statusCode()).isEqualTo(412);
        assertThat(TEAM.history(daniel)).isEqualTo(before);

        var done = correct(Map.of("instrument", "nprs", "answers", List.of(3), "reason", "said 3"), etag);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        var measures = TEAM.history(daniel).measures();
        assertThat(measures.get(0).voided().replaced()).isTrue();
        assertThat(TEAM.history(daniel).keptMeasures()).singleElement()
                .isEqualTo(new MeasureEntry("nprs", day, "3"));
    }

    private HttpResponse<String> voidIt(String number, Map<String, ?> body, String ifMatch) {
        return TEAM.tess.sendJson("POST", api + "/" + number + "/void", body, ifMatch);
    }

    private HttpResponse<String> correct(Map<String, ?> body, String ifMatch) {
        return TEAM.tess.sendJson("PUT", api + "/1", body, ifMatch);
    }

    @Test
    void theApiScoresAndKeepsAQuestionnaireAndListsThem() {
        var kept = TEAM.tess.postJson(api, Map.of("instrument", "odi", "date",
                today().toString(), "answers", List.of(1, 2, 2, 1, 0, 1, 2, "-", 1, 1)));

        assertThat(kept.statusCode()).as(kept.body()).isEqualTo(201);
        var score = RunningServer.json(kept.body());
        assertThat(score.get("score").asDouble()).isEqualTo(Answers.parse("odi 1,2,2,1,0,1,2,-,1,1").score().value());
        assertThat(score.get("shown").asText()).isEqualTo("24.4%");
        assertThat(score.get("band").asText()).isEqualTo("moderate disability");
        var list = RunningServer.json(TEAM.tess.get(api).body());
        assertThat(list.get("total").asInt()).isEqualTo(1);
        assertThat(list.get("items").get(0)).isEqualTo(score);
        var bad = TEAM.tess.postJson(api, Map.of("instrument", "odi",
                "answers", List.of(1, 2, 7, 1, 0, 1, 2, "-", 1, 1)));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(RunningServer.json(bad.body()).get("errors").get(0).get("field").asText()).isEqualTo("answers[2]");
        assertThat(TEAM.history(daniel).measures()).hasSize(1);
    }

    @Test
    void questionnairesAreForTheClientsTherapistOnly() {
        assertThat(TEAM.theo.page(form + "odi").statusCode()).isEqualTo(404);
        assertThat(TEAM.theo.postForm(form + "odi", odi(ODI)).statusCode()).isEqualTo(404);
        assertThat(TEAM.theo.get(api).statusCode()).isEqualTo(404);
        var himself = TEAM.clientAccount();
        assertThat(himself.visitor().page("/clients/" + himself.client() + "/measures/new?instrument=odi").statusCode())
                .isEqualTo(403);
        assertThat(TEAM.history(daniel).measures()).isEmpty();
    }

    private static Map<String, String> odi(List<String> answers) {
        var fields = new HashMap<String, String>();
        fields.put("date", today().toString());
        for (int i = 0; i < answers.size(); i++) {
            fields.put("item-" + (i + 1), answers.get(i));
        }
        return fields;
    }
}
