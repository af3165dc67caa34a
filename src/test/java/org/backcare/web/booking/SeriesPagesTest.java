package org.backcare.web.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.web.booking.BookingTeam.hidden;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.backcare.accounts.Username;
import org.backcare.clients.ClientId;
import org.backcare.clients.ClientRecord;
import org.backcare.clients.IntakeVersion;
import org.backcare.files.IntakeFile;
import org.backcare.web.progress.CareTeam;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** "Book these sessions" over real HTTP: the review lists, the confirmation books, and every refusal writes nothing. */
class SeriesPagesTest {
    private static final BookingTeam BOOKING = new BookingTeam();
    private static final CareTeam TEAM = BOOKING.team;

    @AfterAll
    static void stop() {
        BOOKING.close();
    }

    private static String review(ClientId client) {
        var page = TEAM.tess.page("/clients/" + client + "/book?next=4&weekday=tue&at=10:00");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return page.body();
    }

    /** The confirmation as the review page's form sends it. */
    private static Map<String, String> confirmation(String review) {
        var fields = new LinkedHashMap<String, String>();
        var matcher = Pattern.compile("name=\"([a-z]+(?:-\\d+)?)\" value=\"([^\"]*)\"")
                .matcher(review.substring(review.indexOf("id=\"confirm\"")));
        while (matcher.find()) {
            if (!matcher.group(1).equals("csrf")) {
                fields.put(matcher.group(1), matcher.group(2));
            }
        }
        return fields;
    }

    @Test
    void thePlanPageOffersBookingAndTheReviewListsTheSessionsWithoutBookingThem() {
        var daniel = TEAM.newClient();

        assertThat(TEAM.tess.page("/clients/" + daniel + "/plan").body())
                .contains("href=\"/clients/" + daniel + "/book\">Book these sessions</a>");
        var review = review(daniel);

        assertThat(review).contains("Proposed appointments", "Nothing is booked until you confirm",
                "id=\"proposed-1\"", "Session 4:", "10:00", "tess", "Book these 4 sessions");
        assertThat(Pattern.compile("<li id=\"proposed-\\d\" class=\"card\">Session").matcher(review).results().count())
                .isEqualTo(4);
        assertThat(BOOKING.appointments(daniel)).isEmpty();
    }

    @Test
    void theReviewSaysWhichOfTheSessionsTechniquesTheTherapistsSkillsOnFileLeaveOut() {
        var daniel = TEAM.newClient();
        var tess = new Username("tess");
        assertThat(review(daniel)).doesNotContain("id=\"untrained\"");

        BOOKING.desk().skills(tess, Set.of("kati-basti"));
        try {
            var said = Pattern.compile("tess is not trained in\\s+([a-z, -]+) \\(skills on file\\): choose another")
                    .matcher(review(daniel));
            assertThat(said.find()).isTrue();
            var leftOut = Set.of(said.group(1).split(", "));
            assertThat(leftOut).isNotEmpty().doesNotContain("kati-basti");
            BOOKING.desk().skills(tess, leftOut);
            assertThat(review(daniel)).doesNotContain("id=\"untrained\"");
        } finally {
            BOOKING.desk().skills(tess, Set.of()); // none on file: the other tests' reviews say nothing of skills
        }
        assertThat(BOOKING.appointments(daniel)).isEmpty();
    }

    @Test
    void confirmingTheListBooksExactlyWhatItShowed() {
        var daniel = TEAM.newClient();
        var review = review(daniel);
        var fields = confirmation(review);

        var booked = TEAM.tess.postForm("/clients/" + daniel + "/book", fields);

        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(303);
        assertThat(booked.headers().firstValue("Location")).hasValue("/clients/" + daniel + "/appointments?booked=4");
        var appointments = BOOKING.appointments(daniel);
        assertThat(appointments).hasSize(4);
        assertThat(appointments).extracting(a -> a.start().toString())
                .containsExactlyInAnyOrder(fields.get("start-1"), fields.get("start-2"), fields.get("start-3"),
                        fields.get("start-4"));
        assertThat(appointments).allMatch(a -> a.planSession().isPresent() && a.therapist().value().equals("tess"));
        assertThat(TEAM.tess.page("/clients/" + daniel + "/appointments?booked=4").body()).contains("Booked 4 appointments.");
    }

    @Test
    void aReferredClientIsNotOfferedBookingAndIsRefusedWithTheReason() {
        var rita = BOOKING.referredClient();

        assertThat(TEAM.tess.page("/clients/" + rita + "/plan").body()).doesNotContain("Book these sessions");
        var review = TEAM.tess.page("/clients/" + rita + "/book");
        var confirm = TEAM.tess.postForm("/clients/" + rita + "/book", Map.of("from", BookingTeam.TUESDAY.toString(),
                "at", "10:00", "therapist", "tess", "start-1", BookingTeam.TUESDAY + "T10:00"));

        assertThat(review.body()).contains("id=\"refused\"", "Screening says ", "massage is not booked")
                .doesNotContain("id=\"confirm\"");
        assertThat(confirm.statusCode()).isEqualTo(422);
        assertThat(confirm.body()).contains("Screening says ", "massage is not booked", "Nothing was booked");
        assertThat(BOOKING.appointments(rita)).isEmpty();
    }

    @Test
    void withNoTherapistCaringForTheClientTheReviewFirstAsksWhomTheyWillSeeWithoutAnError() {
        var nora = new ClientId("nora-new");
        var intake = IntakeFile.read(Path.of("examples", "desk-worker.yaml"), CareTeam.KNOWLEDGE.vocabulary()).intake();
        TEAM.book().add(new ClientRecord(nora, "Nora New", CareTeam.CONSENT), new IntakeVersion(1, CareTeam.CONSENT, intake));

        var review = TEAM.admin.page("/clients/" + nora + "/book");
        var referred = TEAM.admin.page("/clients/" + BOOKING.referredClient() + "/book?therapist=");

        assertThat(review.statusCode()).isEqualTo(200);
        assertThat(review.body()).contains("Choose the therapist the client will see", "id=\"how\"")
                .doesNotContain("Please correct", "id=\"confirm\"", "id=\"refused\"");
        assertThat(referred.body()).as("the screening is said before anything is chosen")
                .contains("id=\"refused\"", "Screening says ", "massage is not booked");
        assertThat(BOOKING.appointments(nora)).isEmpty();
    }

    @Test
    void aSessionBookedSinceTheReviewIsNotBookedAgainAndTheNextReviewListsItAsBooked() {
        var daniel = TEAM.newClient();
        var review = review(daniel);
        var fields = confirmation(review);
        assertThat(TEAM.tess.postForm("/clients/" + daniel + "/book", fields).statusCode()).isEqualTo(303);

        var again = TEAM.tess.postForm("/clients/" + daniel + "/book", fields);

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("session 1 is booked already: appointment",
                "This is the list as the book now stands.");
        assertThat(BOOKING.appointments(daniel)).hasSize(4);
        assertThat(review(daniel)).contains("booked already: appointment").doesNotContain("id=\"proposed-1\"");
    }

    @Test
    void aConfirmationThatNowClashesIsRefusedNamingTheClashAndBooksNothing() {
        var daniel = TEAM.newClient();
        var fields = confirmation(review(daniel));
        fields.put("start-2", BookingTeam.TUESDAY + "T06:00");

        var refused = TEAM.tess.postForm("/clients/" + daniel + "/book", fields);

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("Refused, nothing was booked or changed", "outside tess",
                "This is the list as the book now stands", "id=\"confirm\"");
        assertThat(BOOKING.appointments(daniel)).isEmpty();
    }

    @Test
    void badValuesAreShownBesideTheirFieldsAndNothingIsBooked() {
        var daniel = TEAM.newClient();

        var badReview = TEAM.tess.page("/clients/" + daniel + "/book?at=ten&next=0");
        var badConfirm = TEAM.tess.postForm("/clients/" + daniel + "/book", Map.of("from", "someday", "therapist", "tess",
                "at", "10:00", "start-1", "tuesday"));

        assertThat(badReview.statusCode()).isEqualTo(422);
        assertThat(badReview.body()).contains("Time: required, a time such as 09:30",
                "How many: a whole number from 1 to 100 (got '0')").doesNotContain("id=\"confirm\"");
        assertThat(badConfirm.statusCode()).isEqualTo(422);
        assertThat(badConfirm.body()).contains("From: required", "Session 1: not a date and time");
        assertThat(BOOKING.appointments(daniel)).isEmpty();
    }

    @Test
    void onlyTheClientsCareTeamMayBookAndOnlyFromOurOwnForm() {
        var daniel = TEAM.newClient();
        var fields = confirmation(review(daniel));
        var forged = new LinkedHashMap<>(fields);
        forged.put("_csrf", "forged");

        assertThat(TEAM.theo.page("/clients/" + daniel + "/book").statusCode()).isEqualTo(404);
        assertThat(TEAM.theo.postForm("/clients/" + daniel + "/book", fields).statusCode()).isEqualTo(404);
        assertThat(TEAM.tess.postForm("/clients/" + daniel + "/book", forged).statusCode()).isEqualTo(403);
        var himself = TEAM.clientAccount();
        assertThat(himself.visitor().page("/clients/" + himself.client() + "/book").statusCode()).isEqualTo(403);
        assertThat(BOOKING.appointments(daniel)).isEmpty();
        assertThat(hidden(review(daniel), "therapist")).isEqualTo("tess");
    }
}
