package org.backcare.web.intakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.web.Clinic.ASHA;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.backcare.accounts.Username;
import org.backcare.booking.Appointment;
import org.backcare.booking.Equipment;
import org.backcare.clients.Contact;
import org.backcare.files.KnowledgeFiles;
import org.backcare.intake.HealthNote;
import org.backcare.smtp.MailSettings;
import org.backcare.smtp.MailWorker;
import org.backcare.smtp.Postman;
import org.backcare.web.Clinic;
import org.backcare.web.RunningServer.Visitor;
import org.backcare.web.access.MailLinks;
import org.backcare.web.access.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pre-visit intake over real HTTP: the link staff make, the client's form behind it, and the therapist's review. */
class PreVisitIntakeTest {
    private static final Pattern LINK = Pattern.compile("http://\\S+/intake\\?token=([A-Za-z0-9_-]+)");

    private final Clinic clinic = new Clinic();
    private final Visitor tom = clinic.therapist("tom");

    @BeforeEach
    void ashaOnFile() {
        assertThat(tom.postForm("/clients/new", IntakePagesTest.ashaRao()).statusCode()).isEqualTo(303);
    }

    @AfterEach
    void stop() {
        clinic.close();
    }

    @Test
    void aCopiedLinkShowsOnlyTheFirstNameOnABlankFormWorksOnceAndItsAnswersWaitAsADraft() {
        var token = copiedLink();
        assertThat(clinic.running.database.oneTimeLinks().peek(MailLinks.PRE_VISIT_INTAKE, Tokens.hash(token),
                Instant.now().plus(Duration.ofDays(6)))).as("works for a week").hasValue("asha-rao");
        assertThat(clinic.running.database.oneTimeLinks().peek(MailLinks.PRE_VISIT_INTAKE, Tokens.hash(token),
                Instant.now().plus(Duration.ofDays(7)).plusSeconds(60))).as("and no longer").isEmpty();
        assertThat(clinic.running.database.oneTimeLinks().peek(MailLinks.PRE_VISIT_INTAKE, token, Instant.now()))
                .as("kept by its hash only").isEmpty();

        var page = clinic.running.anonymous().page("/intake?token=" + token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Hello Asha.", "hx-post=\"/intakes/check\"", "class=\"back-diagram")
                .doesNotContain("Rao", "asha-rao")
                .containsPattern("id=\"pain\\.lower-back\\.left\"[^>]*value=\"0\"")
                .doesNotContainPattern("id=\"lifestyle\\.desk-work\"[^>]*checked");

        var sent = clinic.running.anonymous().postForm("/intake", clientsAnswers(token));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        assertThat(sent.body()).contains("Thank you, Asha");
        var draft = clinic.book.intakeDraft(ASHA).orElseThrow();
        assertThat(draft.consentGiven()).isEqualTo(LocalDate.now());
        assertThat(draft.intake().client().age()).isEqualTo(42);
        assertThat(draft.intake().complaints()).hasSize(1);
        assertThat(clinic.book.history(ASHA).orElseThrow().intakes()).as("not an intake until accepted").hasSize(1);
        assertThat(tom.page("/clients/asha-rao").body()).contains("sent an intake before their visit",
                "href=\"/clients/asha-rao/intake/draft\"");

        var reused = clinic.running.anonymous().page("/intake?token=" + token);
        assertThat(reused.statusCode()).isEqualTo(404);
        assertThat(reused.body()).contains("used already, it has expired");
        var resent = clinic.running.anonymous().postForm("/intake", withRedFlag(clientsAnswers(token)));
        assertThat(resent.statusCode()).isEqualTo(404);
        assertThat(clinic.book.intakeDraft(ASHA).orElseThrow().intake().redFlags()).as("the first answers stay")
                .isEmpty();
    }

    @Test
    void withoutConsentNothingIsKeptTheFormComesBackAsTypedAndTheLinkStillWorks() {
        var token = copiedLink();
        var answers = clientsAnswers(token);
        answers.remove("consent");

        var refused = clinic.running.anonymous().postForm("/intake", answers);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Consent: your answers are kept only with your consent")
                .containsPattern("id=\"pain\\.lower-back\\.left\"[^>]*value=\"6\"");
        assertThat(clinic.book.intakeDraft(ASHA)).isEmpty();
        assertThat(clinic.running.anonymous().page("/intake?token=" + token).statusCode()).isEqualTo(200);
        var badPain = clientsAnswers(token);
        badPain.put("pain.lower-back.left", "11");
        assertThat(clinic.running.anonymous().postForm("/intake", badPain).body())
                .contains("must be a whole number from 0 to 10 (got 11)");
        assertThat(clinic.book.intakeDraft(ASHA)).isEmpty();
    }

    @Test
    void anExpiredLinkAndATokenOfTheWrongLengthGetAClearPageAndKeepNothing() {
        var expired = Tokens.fresh();
        clinic.running.database.oneTimeLinks().issue(MailLinks.PRE_VISIT_INTAKE, Tokens.hash(expired), "asha-rao",
                Instant.now().minusSeconds(1));

        for (var token : List.of(expired, "short", expired + "x", "")) {
            var page = clinic.running.anonymous().page("/intake?token=" + token);
            assertThat(page.statusCode()).as(token).isEqualTo(404);
            assertThat(page.body()).contains("This link does not work any more");
            assertThat(clinic.running.anonymous().postForm("/intake", clientsAnswers(token)).statusCode())
                    .isEqualTo(404);
        }
        assertThat(clinic.running.anonymous().page("/intake").statusCode()).isEqualTo(404);
        assertThat(clinic.running.anonymous().postForm("/intakes/check", clientsAnswers(expired)).statusCode())
                .as("the check is for staff and working links").isEqualTo(404);
        assertThat(clinic.book.intakeDraft(ASHA)).isEmpty();
    }

    @Test
    void theClientsFormIsCheckedAsTheyFillItInAndWarnsOfARedFlag() {
        var token = copiedLink();

        var fine = clinic.running.anonymous().postForm("/intakes/check", clientsAnswers(token));
        var flagged = clinic.running.anonymous().postForm("/intakes/check", withRedFlag(clientsAnswers(token)));

        assertThat(fine.statusCode()).isEqualTo(200);
        assertThat(fine.body()).contains("No problems found.");
        assertThat(flagged.body()).contains("Please call the clinic before your visit").doesNotContain("is referred");
    }

    @Test
    void redFlagsInTheDraftHeadTheReviewAndTheDaySheetAndAcceptingMakesTheNextIntakeVersion() {
        var desk = clinic.running.database.appointments(Equipment.neededBy(KnowledgeFiles.bundled()));
        var tomorrow = LocalDate.now().plusDays(1);
        clinic.admin.send(clinic.admin.request("/api/therapists/tom/hours").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"hours\": \"mon-sun 00:00-23:59\"}")).build());
        desk.book(List.of(Appointment.booked(ASHA, new Username("tom"), Optional.empty(), tomorrow.atTime(10, 0), 60,
                Optional.empty(), List.of(), List.of())), "tom", Instant.now());
        var token = copiedLink();
        assertThat(tom.page("/schedule?day=" + tomorrow).body()).doesNotContain("draft-red-flag");
        clinic.running.anonymous().postForm("/intake", withRedFlag(clientsAnswers(token)));

        var review = tom.page("/clients/asha-rao/intake/draft").body();
        assertThat(review).contains("Red flags: these answers mean no massage");
        assertThat(review.indexOf("draft-red-flags")).isLessThan(review.indexOf("Current intake"))
                .isLessThan(review.indexOf("Accept as their newest intake"));
        assertThat(tom.page("/schedule?day=" + tomorrow).body())
                .contains("Red flag in the intake the client sent", "Needs review before the visit");

        var accepted = tom.postForm("/clients/asha-rao/intake/draft/accept", Map.of("version", version(review)));

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(303);
        var history = clinic.book.history(ASHA).orElseThrow();
        assertThat(history.intakes()).hasSize(2);
        assertThat(history.currentIntake().redFlags()).containsExactly(HealthNote.of("numbness"));
        assertThat(clinic.book.intakeDraft(ASHA)).isEmpty();
        assertThat(clinic.book.auditLog()).extracting(e -> e.actor() + ": " + e.action())
                .contains(PreVisitIntake.BY_LINK + ": send intake draft", "tom: add intake", "tom: accept intake draft");
        assertThat(tom.page("/clients/asha-rao/intake/draft").statusCode()).isEqualTo(404);
    }

    @Test
    void theTherapistCanEditTheDraftBeforeAcceptingItOrDiscardIt() {
        clinic.running.anonymous().postForm("/intake", clientsAnswers(copiedLink()));
        var form = tom.page("/clients/asha-rao/intake?from=draft").body();
        assertThat(form).contains("Filled in from the intake Asha Rao sent", "name=\"from-draft\" value=\"yes\"");

        var edited = clientsAnswers("");
        edited.remove("token");
        edited.remove("consent");
        edited.put("pain.lower-back.left", "3");
        edited.put("from-draft", "yes");
        edited.put("version", version(form));
        assertThat(tom.postForm("/clients/asha-rao/intake", edited).statusCode()).isEqualTo(303);

        assertThat(clinic.book.history(ASHA).orElseThrow().currentIntake().complaints().get(0).pain()).isEqualTo(3);
        assertThat(clinic.book.intakeDraft(ASHA)).isEmpty();

        clinic.running.anonymous().postForm("/intake", clientsAnswers(copiedLink()));
        assertThat(tom.postForm("/clients/asha-rao/intake/draft/discard", Map.of()).statusCode()).isEqualTo(303);
        assertThat(clinic.book.intakeDraft(ASHA)).isEmpty();
        assertThat(clinic.book.history(ASHA).orElseThrow().intakes()).hasSize(2);
    }

    @Test
    void aMailedLinkSaysNothingOfHealthAndOpensTheForm() throws Exception {
        var smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try {
            assertThat(tom.postForm("/clients/asha-rao/intake/link", Map.of("how", "mail")).statusCode())
                    .as("no address yet").isEqualTo(422);
            clinic.book.contact(ASHA, Contact.of(Optional.of("asha@example.org"), Optional.empty()));
            var queued = tom.postForm("/clients/asha-rao/intake/link", Map.of("how", "mail"));
            assertThat(queued.statusCode()).isEqualTo(303);
            var settings = MailSettings.of("127.0.0.1", smtp.getSmtp().getPort(), "none", Optional.empty(),
                    Optional.empty(), "desk@harbour.example");
            var db = clinic.running.database;
            var worker = new MailWorker(db.jobQueue(), db.outbox(), db.clinic(), new Postman(settings),
                    new MailLinks(db.oneTimeLinks(), clinic.running.uri("").toString(), Clock.systemUTC()), "test",
                    Clock.systemUTC());
            assertThat(worker.sendDue()).isEqualTo(1);

            var mail = smtp.getReceivedMessages()[0];
            var body = GreenMailUtil.getBody(mail).replace("=\r\n", "");
            assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("asha@example.org");
            assertThat(mail.getSubject()).startsWith("A form to fill in before your visit");
            assertThat(body).contains("Hello Asha,").doesNotContain("Rao", "back", "pain", "stiffness", "desk");
            var link = LINK.matcher(body);
            assertThat(link.find()).as(body).isTrue();
            assertThat(clinic.running.anonymous().page("/intake?token=" + link.group(1)).statusCode()).isEqualTo(200);
        } finally {
            smtp.stop();
        }
    }

    private String copiedLink() {
        var page = tom.postForm("/clients/asha-rao/intake/link", Map.of("how", "copy"));
        assertThat(page.statusCode()).isEqualTo(200);
        var link = LINK.matcher(page.body());
        assertThat(link.find()).as(page.body()).isTrue();
        return link.group(1);
    }

    /** The staff form's answers for Asha, as she types them: no name, her consent, the link's token. */
    private static Map<String, String> clientsAnswers(String token) {
        var form = IntakePagesTest.ashaRao();
        form.remove("name");
        form.remove("consent-date");
        form.put("pain.upper-back.left", "0");
        form.put("pain.upper-back.right", "0");
        form.remove("symptoms.upper-back.knots");
        form.remove("symptoms.upper-back.rounded-shoulders");
        form.remove("weeks.upper-back");
        form.remove("cause.upper-back");
        form.put("token", token);
        return form;
    }

    private static Map<String, String> withRedFlag(Map<String, String> form) {
        form.put("red-flags.numbness", "yes");
        return form;
    }

    private static String version(String page) {
        var matcher = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
        assertThat(matcher.find()).as("the form's version field").isTrue();
        return matcher.group(1);
    }
}
