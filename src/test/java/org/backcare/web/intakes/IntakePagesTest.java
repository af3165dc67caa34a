package org.backcare.web.intakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.web.Clinic.ASHA;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.backcare.accounts.Username;
import org.backcare.clients.ClientHistory;
import org.backcare.intake.Complaint;
import org.backcare.intake.HealthNote;
import org.backcare.intake.Region;
import org.backcare.intake.Side;
import org.backcare.web.Clinic;
import org.backcare.web.RunningServer.Visitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The intake form over real HTTP: a new client with the back diagram, their next intake, and the check as it is filled in. */
class IntakePagesTest {
    private final Clinic clinic = new Clinic();
    private final Visitor tom = clinic.therapist("tom");

    @AfterEach
    void stop() {
        clinic.close();
    }

    @Test
    void twoAreasMarkedOnTheDiagramAddTheClientWithOneComplaintEachInTheTherapistsCare() {
        var answer = tom.postForm("/clients/new", ashaRao());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue("/clients/asha-rao/plan?saved=client");
        assertThat(tom.page("/clients/asha-rao/plan?saved=client").body())
                .contains("Saved Asha Rao with their first intake.");
        var history = stored();
        assertThat(history.client().name()).isEqualTo("Asha Rao");
        assertThat(history.client().consentGiven()).isEqualTo(LocalDate.now());
        var intake = history.currentIntake();
        assertThat(intake.client().name()).isEqualTo("Asha Rao");
        assertThat(intake.client().age()).isEqualTo(42);
        assertThat(intake.complaints()).containsExactly(
                new Complaint(Region.UPPER_BACK, Side.BOTH, List.of("knots", "rounded-shoulders"), 5, 10, null),
                new Complaint(Region.LOWER_BACK, Side.LEFT, List.of("stiffness"), 6, 14, "lifting"));
        assertThat(intake.lifestyle()).containsExactly("desk-work");
        assertThat(intake.goals()).containsExactly("posture");
        assertThat(intake.redFlags()).isEmpty();
        assertThat(clinic.running.database.accounts().caseload(new Username("tom"))).containsExactly(ASHA);
        assertThat(clinic.book.auditLog()).anySatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("tom");
            assertThat(entry.action()).isEqualTo("add client");
        });
    }

    @Test
    void aPainOfElevenIsRefusedBesideItsInputWithEverythingTypedKeptAndNothingStored() {
        var form = ashaRao();
        form.put("pain.lower-back.left", "11");

        var answer = tom.postForm("/clients/new", form);

        assertThat(answer.statusCode()).isEqualTo(422);
        var page = answer.body();
        assertThat(page).containsPattern(Pattern.compile("<input id=\"pain\\.lower-back\\.left\"[^>]*value=\"11\"[^>]*"
                + "aria-invalid=\"true\"[^>]*aria-describedby=\"pain\\.lower-back\\.left-problem\""));
        assertThat(page).containsPattern("<p class=\"problem\" id=\"pain\\.lower-back\\.left-problem\">Lower back, left:"
                + " must be a whole number from 0 to 10 \\(got 11\\)</p>");
        assertThat(page).contains("<a href=\"#pain.lower-back.left\">");
        assertThat(page).contains("value=\"Asha Rao\"", "value=\"42\"", "value=\"14\"")
                .containsPattern("id=\"lifestyle\\.desk-work\"[^>]*checked")
                .containsPattern("id=\"symptoms\\.upper-back\\.knots\"[^>]*checked")
                .containsPattern("<option value=\"lifting\" selected>");
        assertThat(clinic.book.clients()).isEmpty();
    }

    @Test
    void leftAndRightMarkedInOneRegionMakeOneComplaintOnBothSidesWithTheHigherPain() {
        var form = ashaRao();
        form.put("pain.lower-back.right", "8");

        tom.postForm("/clients/new", form);

        assertThat(stored().currentIntake().complaints().get(1))
                .isEqualTo(new Complaint(Region.LOWER_BACK, Side.BOTH, List.of("stiffness"), 8, 14, "lifting"));
    }

    @Test
    void aRedFlagTickedIsStoredSoThatThePlanSaysRefer() {
        var form = ashaRao();
        form.put("red-flags.numbness", "yes");

        assertThat(tom.postForm("/clients/new", form).statusCode()).isEqualTo(303);

        assertThat(stored().currentIntake().redFlags()).containsExactly(HealthNote.of("numbness"));
    }

    @Test
    void aConditionTheScreeningKeepsOffIsStoredWithTheRegionsTicked() {
        var form = ashaRao();
        form.put("conditions.acute-inflammation", "yes");
        form.put("where.acute-inflammation.lower-back", "yes");

        tom.postForm("/clients/new", form);

        assertThat(stored().currentIntake().conditions())
                .containsExactly(new HealthNote("acute-inflammation", List.of(Region.LOWER_BACK)));
    }

    @Test
    void withoutConsentOrAgeNothingIsStoredAndEachProblemSitsBesideItsField() {
        var form = ashaRao();
        form.remove("consent");
        form.put("age", "");

        var answer = tom.postForm("/clients/new", form);

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("id=\"consent-problem\">Consent: a client's health data is kept only with"
                + " their consent", "id=\"age-problem\">Age: required: a whole number from 0 to 120");
        assertThat(clinic.book.clients()).isEmpty();
    }

    @Test
    void aNameAlreadyOnFileIsRefusedSuggestingAnother() {
        tom.postForm("/clients/new", ashaRao());

        var answer = tom.postForm("/clients/new", ashaRao());

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("id=\"name-problem\">Name: a client 'asha-rao' is already on file",
                "for example 'Asha Rao 2'");
        assertThat(clinic.book.clients()).hasSize(1);
    }

    @Test
    void theNextIntakeStartsFromTheCurrentOneAndIsKeptAsVersionTwo() {
        tom.postForm("/clients/new", ashaRao());

        var page = tom.page("/clients/asha-rao/intake");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).containsPattern("id=\"pain\\.upper-back\\.right\"[^>]*value=\"5\"")
                .containsPattern("id=\"pain\\.lower-back\\.left\"[^>]*value=\"6\"")
                .containsPattern("id=\"pain\\.lower-back\\.right\"[^>]*value=\"0\"")
                .containsPattern("id=\"goals\\.posture\"[^>]*checked")
                .containsPattern("<details class=\"card region-details\" id=\"details\\.lower-back\"[^>]*open>");
        var next = ashaRao();
        next.remove("name");
        next.remove("consent");
        next.put("version", version(page.body()));
        next.put("pain.lower-back.left", "2");

        var answer = tom.postForm("/clients/asha-rao/intake", next);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue("/clients/asha-rao/plan?saved=intake");
        assertThat(tom.page("/clients/asha-rao/plan?saved=intake").body()).contains("Saved intake version 2.");
        assertThat(stored().intakes()).hasSize(2);
        assertThat(stored().currentIntake().painIn(Region.LOWER_BACK)).hasValue(2);
    }

    @Test
    void whenSomeoneElseChangedTheClientMeanwhileNothingIsSavedAndWhatWasTypedStays() {
        tom.postForm("/clients/new", ashaRao());
        var seenByTom = version(tom.page("/clients/asha-rao/intake").body());
        var byAdmin = ashaRao();
        byAdmin.put("version", version(clinic.admin.page("/clients/asha-rao/intake").body()));
        assertThat(clinic.admin.postForm("/clients/asha-rao/intake", byAdmin).statusCode()).isEqualTo(303);
        var byTom = ashaRao();
        byTom.put("version", seenByTom);
        byTom.put("pain.mid-back.right", "7");
        byTom.put("weeks.mid-back", "1");

        var answer = tom.postForm("/clients/asha-rao/intake", byTom);

        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.body()).contains("Someone else changed Asha Rao's records while you were typing, so"
                + " nothing was saved").containsPattern("id=\"pain\\.mid-back\\.right\"[^>]*value=\"7\"");
        assertThat(version(answer.body())).isEqualTo(Long.toString(clinic.book.version(ASHA)));
        assertThat(stored().intakes()).hasSize(2);
    }

    @Test
    void anotherTherapistsClientIsNotThereForThemAndAClientMayNotAddAny() {
        tom.postForm("/clients/new", ashaRao());
        var ruth = clinic.therapist("ruth");

        assertThat(ruth.page("/clients/asha-rao/intake").statusCode()).isEqualTo(404);
        var next = ashaRao();
        next.put("version", "1");
        assertThat(ruth.postForm("/clients/asha-rao/intake", next).statusCode()).isEqualTo(404);
        assertThat(ruth.page("/clients/No_Such/intake").statusCode()).isEqualTo(404);
        clinic.admin.postForm("/admin/accounts", Map.of("name", "Asha Rao", "username", "asha", "role", "client",
                "client", "asha-rao", "password", Clinic.PASSWORD));
        var asha = clinic.running.signIn("asha", Clinic.PASSWORD);
        assertThat(asha.page("/clients/new").statusCode()).isEqualTo(403);
        assertThat(asha.page("/clients/asha-rao/intake").statusCode()).isEqualTo(403);
        assertThat(stored().intakes()).hasSize(1);
    }

    @Test
    void theCheckAnswersTheProblemsSoFarAsAFragmentOrThatThereAreNone() {
        var form = ashaRao();
        form.put("pain.lower-back.left", "11");

        var problems = tom.postForm("/intakes/check", form);

        assertThat(problems.statusCode()).isEqualTo(200);
        assertThat(problems.body()).doesNotContain("<html").contains("1 problem to correct before saving")
                .contains("<a href=\"#pain.lower-back.left\">Lower back, left: must be a whole number from 0 to 10");
        assertThat(tom.postForm("/intakes/check", ashaRao()).body()).contains("No problems found.");
        assertThat(clinic.book.clients()).isEmpty();
    }

    @Test
    void theCheckWarnsBeforeSavingThatTheRedFlagsTickedMeanReferral() {
        var form = ashaRao();
        form.put("red-flags.night-pain", "yes");

        var warned = tom.postForm("/intakes/check", form);

        assertThat(warned.body()).contains("These answers mean no massage: the client is referred",
                "night pain): see a healthcare provider before any massage");
        assertThat(tom.postForm("/intakes/check", ashaRao()).body()).doesNotContain("mean no massage");
        assertThat(clinic.book.clients()).isEmpty();
    }

    @Test
    void theFormShowsTheDiagramBesideSixLabelledPainInputsAndEveryRedFlag() {
        var page = tom.page("/clients/new").body();

        assertThat(page).contains("<svg", "id=\"area-upper-back-left\"", "id=\"area-lower-back-right\"", "data-colours=");
        for (var area : List.of("upper-back.left", "upper-back.right", "mid-back.left", "mid-back.right",
                "lower-back.left", "lower-back.right")) {
            assertThat(page).contains("<label for=\"pain." + area + "\">")
                    .containsPattern("<input id=\"pain\\." + area.replace(".", "\\.") + "\" name=\"pain\\."
                            + area.replace(".", "\\.") + "\" type=\"number\" min=\"0\" max=\"10\"");
        }
        assertThat(page).contains("Red flags — any of these means no massage plan, refer")
                .contains("id=\"red-flags.saddle-numbness\"", "id=\"red-flags.fever\"")
                .contains("value=\"" + LocalDate.now() + "\"")
                .contains("hx-post=\"/intakes/check\"", "hx-trigger=\"change\"", "aria-live=\"polite\"");
    }

    @Test
    void thePagesHaveNoInlineScriptOrStyleForTheContentSecurityPolicy() {
        tom.postForm("/clients/new", ashaRao());
        for (var path : List.of("/clients/new", "/clients/asha-rao/intake")) {
            var page = tom.page(path).body();
            assertThat(page).as(path).contains("<script src=\"/assets/intake.js\" defer></script>")
                    .doesNotContainPattern("<script(?![^>]*\\ssrc=)")
                    .doesNotContainPattern("<style")
                    .doesNotContainPattern("\\sstyle=")
                    .doesNotContainPattern("\\son[a-z]+=");
        }
        assertThat(tom.get("/assets/intake.js").statusCode()).as("the script, served to staff").isEqualTo(200);
        assertThat(clinic.running.anonymous().page("/assets/backcare.css").statusCode()).as("the stylesheet, to anyone")
                .isEqualTo(200);
    }

    /** Asha Rao as a therapist fills in the form: upper back marked on both sides, lower back on the left. */
    static Map<String, String> ashaRao() {
        var form = new LinkedHashMap<String, String>();
        form.put("name", "Asha Rao");
        form.put("consent", "yes");
        form.put("consent-date", LocalDate.now().toString());
        form.put("age", "42");
        form.put("pain.upper-back.left", "5");
        form.put("pain.upper-back.right", "5");
        form.put("pain.mid-back.left", "0");
        form.put("pain.mid-back.right", "0");
        form.put("pain.lower-back.left", "6");
        form.put("pain.lower-back.right", "0");
        form.put("symptoms.upper-back.knots", "yes");
        form.put("symptoms.upper-back.rounded-shoulders", "yes");
        form.put("weeks.upper-back", "10");
        form.put("cause.upper-back", "");
        form.put("symptoms.lower-back.stiffness", "yes");
        form.put("weeks.lower-back", "14");
        form.put("cause.lower-back", "lifting");
        form.put("lifestyle.desk-work", "yes");
        form.put("pressure", "moderate");
        form.put("goals.posture", "yes");
        return form;
    }

    private ClientHistory stored() {
        return clinic.book.history(ASHA).orElseThrow();
    }

    private static String version(String page) {
        var matcher = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
        assertThat(matcher.find()).as("the form's version field").isTrue();
        return matcher.group(1);
    }
}
