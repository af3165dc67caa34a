package org.backcare.web.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.backcare.accounts.Username;
import org.backcare.booking.Appointment;
import org.backcare.booking.Equipment;
import org.backcare.booking.WeeklyHours;
import org.backcare.files.KnowledgeFiles;
import org.backcare.progress.ProgressOverview;
import org.backcare.storage.OnFile;
import org.backcare.storage.SqlClientBook;
import org.backcare.web.Clinic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client list and a client's overview page, over real HTTP, as therapists and the admin use them. */
class ClientPagesTest {
    private final Clinic clinic = new Clinic();

    @AfterEach
    void stop() {
        clinic.close();
    }

    @Test
    void aTherapistsListShowsTheirOwnClientsOnlyAndTheAdminSeesEveryone() {
        var tom = clinic.therapist("tom");
        clinic.therapist("ann");
        clinic.client("Asha Rao", "tom");
        clinic.client("Ben Okafor", "ann");
        var toms = tom.page("/clients").body();
        assertThat(toms).contains("Asha Rao").contains("href=\"/clients/asha-rao\"").doesNotContain("Ben Okafor")
                .contains("href=\"/clients/new\"");
        assertThat(clinic.admin.page("/clients").body()).contains("Asha Rao").contains("Ben Okafor");
    }

    @Test
    void theListSaysWhenThereIsNobodyToShow() {
        var tom = clinic.therapist("tom");
        assertThat(tom.page("/clients").body()).contains("No clients in your care yet.");
        clinic.client("Asha Rao", "tom");
        assertThat(tom.page("/clients?q=zed").body()).contains("No client's name or id contains “zed”.");
    }

    @Test
    void theSearchFindsByNameOrIdAsAPlainFormAndAsOneTypes() {
        clinic.client("Asha Rao", null);
        clinic.client("Ben Okafor", null);
        var plain = clinic.admin.page("/clients?q=RAO");
        assertThat(plain.body()).contains("<html").contains("Asha Rao").doesNotContain("Ben Okafor")
                .contains("value=\"RAO\"").contains("hx-get=\"/clients\"").contains("hx-target=\"#client-results\"")
                .contains("hx-history=\"false\""); // names stay out of the browser's localStorage
        var typed = clinic.admin.send(HttpRequest.newBuilder(clinic.running.uri("/clients?q=ben-ok"))
                .header("Accept", "text/html").header("HX-Request", "true").GET().build());
        assertThat(typed.statusCode()).isEqualTo(200);
        assertThat(typed.body()).doesNotContain("<html").contains("Ben Okafor").doesNotContain("Asha Rao");
    }

    @Test
    void longListsComeAPageAtATimeAndTheSearchStaysWithThePages() {
        IntStream.rangeClosed(1, 30).forEach(i -> clinic.client(String.format("Client %02d", i), null));
        var first = clinic.admin.page("/clients").body();
        assertThat(first).contains("1–25 of 30").contains("Client 25").doesNotContain("Client 26")
                .contains("href=\"/clients?offset=25\"");
        var second = clinic.admin.page("/clients?offset=25").body();
        assertThat(second).contains("26–30 of 30").contains("Client 30").doesNotContain("Client 25");
        assertThat(clinic.admin.page("/clients?q=client").body()).contains("href=\"/clients?q=client&amp;offset=25\"");
        assertThat(clinic.admin.page("/clients?offset=-1").statusCode()).isEqualTo(400);
    }

    @Test
    void theListShowsTheLastSessionTheNextOneDueAndTheScreening() {
        var asha = clinic.client("Asha Rao", null);
        var lastKept = LocalDate.now(ZoneOffset.UTC).minusDays(3);
        clinic.book.logSession(asha, OnFile.session(lastKept, "first"));
        var history = clinic.book.history(asha).orElseThrow();
        var due = new ProgressOverview(KnowledgeFiles.bundled()).upcoming(history, LocalDate.now(ZoneOffset.UTC)).get(0).date();
        clinic.client("Ben Okafor", null, "numbness");
        var body = clinic.admin.page("/clients").body();
        assertThat(row(body, "Asha Rao")).contains(lastKept.toString()).contains(due + " (due)").contains(">clear<")
                .doesNotContain("screening-flag");
        assertThat(row(body, "Ben Okafor")).contains("none yet").contains("none: no massage")
                .contains("class=\"screening-flag\"").contains("refer");
    }

    @Test
    void aBookedAppointmentIsTheNextSessionShown() {
        clinic.therapist("tom");
        var asha = clinic.client("Asha Rao", "tom");
        var day = LocalDate.now(ZoneOffset.UTC).plusDays(40);
        var desk = clinic.running.database.appointments(Equipment.neededBy(KnowledgeFiles.bundled()));
        desk.hours(new Username("tom"), WeeklyHours.parse("mon-sun 08:00-20:00"));
        desk.book(List.of(
                Appointment.booked(asha, new Username("tom"), Optional.empty(), day.atTime(10, 0), 50, Optional.empty(),
                        List.of(), List.of())), "admin", Instant.now());
        assertThat(row(clinic.admin.page("/clients").body(), "Asha Rao")).contains(day + " (booked)")
                .doesNotContain("(due)");
    }

    @Test
    void theRedFlagFilterListsOnlyReferOrUrgentClientsAndStaysWithThePages() {
        clinic.client("Asha Rao", null);
        clinic.client("Ben Okafor", null, "numbness");
        var filtered = clinic.admin.page("/clients?flags=red").body();
        assertThat(filtered).contains("Ben Okafor").doesNotContain("Asha Rao").contains("refer")
                .contains("name=\"flags\"").contains("checked");
        assertThat(clinic.admin.page("/clients").body()).contains("Ben Okafor").contains("Asha Rao");

        IntStream.rangeClosed(1, 27).forEach(i -> clinic.client(String.format("Flagged %02d", i), null, "numbness"));
        var first = clinic.admin.page("/clients?flags=red").body();
        assertThat(first).contains("1–25 of 28").doesNotContain("Asha Rao")
                .contains("href=\"/clients?flags=red&amp;offset=25\"");
        var second = clinic.admin.page("/clients?flags=red&offset=25").body();
        assertThat(second).contains("26–28 of 28").contains("Flagged 27").doesNotContain("Asha Rao");
        assertThat(clinic.admin.page("/clients?q=flagged&flags=red").body())
                .contains("href=\"/clients?q=flagged&amp;flags=red&amp;offset=25\"");
    }

    /** The table row of the client named, from their name to the row's end. */
    private static String row(String body, String name) {
        var from = body.indexOf(">" + name + "</a>");
        assertThat(from).as(name + " listed").isPositive();
        return body.substring(from, body.indexOf("</tr>", from));
    }

    @Test
    void theOverviewShowsWhoTheClientIsTheirIntakeAndWhereToGoNextAndIsAudited() {
        var tom = clinic.therapist("tom");
        var asha = clinic.client("Asha Rao", "tom", "saddle-numbness");
        var page = tom.page("/clients/asha-rao");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Asha Rao</h1>").contains("2026-03-02").contains("Tom Therapist (tom)")
                .contains("lower-back").contains("saddle-numbness").contains("0 sessions").contains("1 intake version")
                .contains("href=\"/clients/asha-rao/plan\"").contains("href=\"/clients/asha-rao/sessions/new\"")
                .contains("href=\"/clients/asha-rao/progress\"").contains("href=\"/clients/asha-rao/intake\"")
                .doesNotContain("action=\"/clients/asha-rao/forget\"")
                .doesNotContain("action=\"/clients/asha-rao/therapist\"");
        assertThat(clinic.audited("tom", "read client", asha)).isTrue();
        assertThat(clinic.admin.page("/clients/asha-rao").body()).contains("action=\"/clients/asha-rao/forget\"")
                .contains("action=\"/clients/asha-rao/therapist\"");
    }

    @Test
    void theOverviewSaysWhereTheClientStandsAndFlagsAScreeningThatStopsMassage() {
        var asha = clinic.client("Asha Rao", null);
        var lastKept = LocalDate.now(ZoneOffset.UTC).minusDays(3);
        clinic.book.logSession(asha, OnFile.session(lastKept, "first"));
        clinic.client("Ben Okafor", null, "numbness");
        var clear = screeningNow(clinic.admin.page("/clients/asha-rao").body());
        assertThat(clear).contains(">clear</dd>").doesNotContain("screening-flag");
        assertThat(clinic.admin.page("/clients/asha-rao").body()).contains("<dt>Last session</dt><dd>" + lastKept)
                .contains("(due)</dd>");
        var referred = clinic.admin.page("/clients/ben-okafor").body();
        assertThat(screeningNow(referred)).contains("class=\"screening-flag\"").contains("refer")
                .contains("href=\"/clients/ben-okafor/plan\"");
        assertThat(referred).contains("<dt>Next session</dt><dd>none: no massage</dd>");
    }

    private static String screeningNow(String body) {
        var from = body.indexOf("id=\"screening-now\"");
        assertThat(from).as("the screening now is shown").isPositive();
        return body.substring(from, body.indexOf("</dd>", from) + "</dd>".length());
    }

    @Test
    void anotherTherapistsClientIsNotFoundAndCannotBeChanged() {
        var tom = clinic.therapist("tom");
        clinic.therapist("ann");
        var ben = clinic.client("Ben Okafor", "ann");
        assertThat(tom.page("/clients/ben-okafor").statusCode()).isEqualTo(404);
        assertThat(tom.page("/clients/nobody").statusCode()).isEqualTo(404);
        assertThat(tom.page("/clients/Not_An_Id").statusCode()).isEqualTo(404);
        var rename = tom.postForm("/clients/ben-okafor/name", Map.of("name", "Mallory", "version", "2"));
        assertThat(rename.statusCode()).isEqualTo(404);
        assertThat(clinic.name(ben)).isEqualTo("Ben Okafor");
        assertThat(clinic.audited("tom", "read client", ben)).isFalse();
    }

    @Test
    void aClientsOwnSignInCannotOpenTheClientPages() {
        var asha = clinic.client("Asha Rao", null);
        var herself = clinic.clientSignIn("asha", asha);
        assertThat(herself.page("/clients").statusCode()).isEqualTo(403);
        assertThat(herself.page("/clients/asha-rao").statusCode()).isEqualTo(403);
    }

    @Test
    void renamingSavesTheNameAtTheVersionThePageWasOpenedAt() {
        var tom = clinic.therapist("tom");
        var asha = clinic.client("Asha Rao", "tom");
        var answer = tom.postForm("/clients/asha-rao/name", Map.of("name", "  Asha Rao-Singh ", "version", "2"));
        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue("/clients/asha-rao?done=renamed");
        assertThat(clinic.name(asha)).isEqualTo("Asha Rao-Singh");
        assertThat(tom.page("/clients/asha-rao?done=renamed").body()).contains("Saved the new name.");
        assertThat(clinic.audited("tom", "rename client", asha)).isTrue();
    }

    @Test
    void aRenameOnAPageChangedMeanwhileKeepsWhatWasTypedAndChangesNothing() {
        var tom = clinic.therapist("tom");
        var asha = clinic.client("Asha Rao", "tom");
        clinic.book.rename(asha, "Asha R.", 2);
        var answer = tom.postForm("/clients/asha-rao/name", Map.of("name", "Asha Rao-Singh", "version", "2"));
        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.body()).contains("changed by someone else").contains("value=\"Asha Rao-Singh\"")
                .contains("name=\"version\" value=\"3\"").contains("aria-invalid=\"true\"");
        assertThat(clinic.name(asha)).isEqualTo("Asha R.");
    }

    @Test
    void staffKeepTheTimesAClientCanComeForTheWeekPlannerAndABadOneIsShownBackSavingNothing() {
        var tom = clinic.therapist("tom");
        var asha = clinic.client("Asha Rao", "tom");
        var desk = clinic.running.database.appointments(Equipment.neededBy(KnowledgeFiles.bundled()));

        var saved = tom.postForm("/clients/" + asha + "/times", Map.of("times", "tue 09:00-12:00; thu 14:00-18:00"));
        var bad = tom.postForm("/clients/" + asha + "/times", Map.of("times", "tue 9-12"));

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(desk.clientTimes().get(asha)).isEqualTo(WeeklyHours.parse("tue 09:00-12:00; thu 14:00-18:00"));
        assertThat(tom.page("/clients/" + asha + "?done=times").body()).contains("Saved the times the client can come.",
                "value=\"tue 09:00-12:00; thu 14:00-18:00\"");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("Times: '9-12' is not a time range like 09:00-17:00", "value=\"tue 9-12\"");
        assertThat(desk.clientTimes().get(asha)).isEqualTo(WeeklyHours.parse("tue 09:00-12:00; thu 14:00-18:00"));
        assertThat(clinic.therapist("theo").postForm("/clients/" + asha + "/times", Map.of("times", "mon 09:00-10:00"))
                .statusCode()).as("not in Theo's care").isEqualTo(404);
    }

    @Test
    void everyClientPageHasTheClientsNavigation() {
        var tom = clinic.therapist("tom");
        clinic.client("Asha Rao", "tom");
        for (var path : List.of("", "/plan", "/appointments", "/book", "/sessions/new", "/measures/new",
                "/measures/new?instrument=odi", "/measures/odi", "/progress", "/intake")) {
            var body = tom.page("/clients/asha-rao" + path).body();
            assertThat(body).as(path).contains("<nav class=\"client-nav\" aria-label=\"This client\">");
            for (var link : List.of("", "/plan", "/appointments", "/sessions/new", "/measures/new", "/progress",
                    "/intake", "/handout.pdf", "/report.pdf")) {
                assertThat(body).as(path + " links to " + link).contains("href=\"/clients/asha-rao" + link + "\"");
            }
        }
        assertThat(tom.page("/clients/asha-rao/book").body()).as("booking is under the client's appointments")
                .contains("href=\"/clients/asha-rao/appointments\" aria-current=\"page\"");
    }

    @Test
    void aBlankNameIsRefusedNamingTheField() {
        var tom = clinic.therapist("tom");
        var asha = clinic.client("Asha Rao", "tom");
        var answer = tom.postForm("/clients/asha-rao/name", Map.of("name", "   ", "version", "2"));
        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("href=\"#name\"").contains("required: the client's name");
        assertThat(clinic.name(asha)).isEqualTo("Asha Rao");
    }

    @Test
    void theAdminPutsAClientInATherapistsCare() {
        var tom = clinic.therapist("tom");
        clinic.therapist("ann");
        var asha = clinic.client("Asha Rao", "tom");
        assertThat(tom.postForm("/clients/asha-rao/therapist", Map.of("therapist", "tom")).statusCode()).isEqualTo(403);
        var wrong = clinic.admin.postForm("/clients/asha-rao/therapist", Map.of("therapist", "nobody"));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("therapist-problem").contains("therapist or admin");
        assertThat(clinic.admin.postForm("/clients/asha-rao/therapist", Map.of("therapist", "ann")).statusCode())
                .isEqualTo(303);
        assertThat(clinic.running.database.accounts().therapistOf(asha)).hasValue(new Username("ann"));
        assertThat(tom.page("/clients/asha-rao").statusCode()).isEqualTo(404);
        assertThat(clinic.admin.postForm("/clients/nobody/therapist", Map.of("therapist", "ann")).statusCode())
                .isEqualTo(404);
    }

    @Test
    void staffGiveAClientTheirOwnSignIn() {
        var tom = clinic.therapist("tom");
        var asha = clinic.client("Asha Rao", "tom");
        var weak = tom.postForm("/clients/asha-rao/login", Map.of("username", "asha", "password", "short"));
        assertThat(weak.statusCode()).isEqualTo(422);
        assertThat(weak.body()).contains("at least 12 characters").contains("value=\"asha\"").doesNotContain("value=\"short\"");
        assertThat(clinic.running.database.accounts().find(new Username("asha"))).isEmpty();
        var given = tom.postForm("/clients/asha-rao/login", Map.of("username", "asha", "password", "a first password"));
        assertThat(given.statusCode()).isEqualTo(303);
        var account = clinic.running.database.accounts().find(new Username("asha")).orElseThrow();
        assertThat(account.client()).hasValue(asha);
        assertThat(account.name()).isEqualTo("Asha Rao");
        var taken = tom.postForm("/clients/asha-rao/login", Map.of("username", "tom", "password", "a first password"));
        assertThat(taken.statusCode()).isEqualTo(422);
        assertThat(taken.body()).contains("There is already an account named tom");
    }

    @Test
    void forgettingNeedsTheAdminAndATickAndLeavesOnlyTheAuditEntry() {
        var tom = clinic.therapist("tom");
        var asha = clinic.client("Asha Rao", "tom");
        assertThat(tom.postForm("/clients/asha-rao/forget", Map.of("confirm", "yes")).statusCode()).isEqualTo(403);
        var unticked = clinic.admin.postForm("/clients/asha-rao/forget", Map.of());
        assertThat(unticked.statusCode()).isEqualTo(422);
        assertThat(unticked.body()).contains("href=\"#confirm\"").contains("Tick the box");
        assertThat(clinic.book.history(asha)).isPresent();
        var forgotten = clinic.admin.postForm("/clients/asha-rao/forget", Map.of("confirm", "yes"));
        assertThat(forgotten.statusCode()).isEqualTo(303);
        assertThat(forgotten.headers().firstValue("Location")).hasValue("/clients?forgotten=asha-rao");
        assertThat(clinic.book.history(asha)).isEmpty();
        assertThat(clinic.book.auditLog()).anyMatch(entry -> entry.actor().equals("dana")
                && entry.action().equals(SqlClientBook.FORGET));
        assertThat(clinic.admin.page("/clients/asha-rao").statusCode()).isEqualTo(404);
    }

    @Test
    void thePagesKeepToTheContentSecurityPolicy() {
        clinic.client("Asha Rao", null);
        for (var path : new String[] {"/clients", "/clients/asha-rao"}) {
            assertThat(clinic.admin.page(path).body()).as(path).doesNotContain("<script>").doesNotContain("style=\"")
                    .doesNotContain(" onclick=");
        }
    }
}
