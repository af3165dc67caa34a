package org.backcare.web.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.backcare.web.RunningServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A therapist opens a client's plan in the browser, prints the handout, adds the sessions to a calendar, keeps it. */
class PlanPagesTest {
    private final AshaInTomsCare clinic = new AshaInTomsCare();

    @AfterEach
    void stop() {
        clinic.close();
    }

    @Test
    void aPlanThatAllowsMassageShowsScreeningFirstThenTechniquesCalendarAndTheHandout() {
        var page = clinic.tom.page("/clients/asha-rao/plan");
        assertThat(page.statusCode()).isEqualTo(200);
        var html = page.body();
        assertThat(html).contains("Back care plan for Asha Rao").contains("Techniques, best suited first")
                .contains("<table class=\"calendar\">").contains("Before each session").contains("Between sessions")
                .contains("When to reassess or see a doctor").contains("not a diagnosis")
                .contains("href=\"/clients/asha-rao/handout.pdf\"").contains("href=\"/clients/asha-rao/plan.ics\"")
                .contains("Keep this plan").contains("What changed and why: start");
        var screening = html.indexOf("<section class=\"screening clear\"");
        assertThat(screening).isPositive().isLessThan(html.indexOf("Techniques, best suited first"))
                .isLessThan(html.indexOf("<table class=\"calendar\">"));
        assertThat(html).contains(PlanFixture.today().toString()).contains("Source: ");
    }

    @Test
    void theCalendarShowsEachSessionsDateMinutesPressureAndAreas() {
        var html = clinic.tom.page("/clients/asha-rao/plan").body();
        var calendar = html.substring(html.indexOf("<table class=\"calendar\">"), html.indexOf("</table>",
                html.indexOf("<table class=\"calendar\">")));
        assertThat(calendar).contains(PlanFixture.today().toString()).contains("Upper back and shoulders")
                .contains("Lower back, left").containsPattern("<td data-label=\"Pressure\">(light|moderate|firm)</td>")
                .containsPattern("\\d+ min");
    }

    @Test
    void aRedFlagClientSeesWhatToDoBeforeAnythingElseAndNothingToBook() {
        clinic.fixture.onFile("tom-becker", "red-flags.yaml", "tom");
        var page = clinic.tom.page("/clients/tom-becker/plan");
        assertThat(page.statusCode()).isEqualTo(200);
        var html = page.body();
        var main = html.substring(html.indexOf("<main"));
        var screening = main.indexOf("<section class=\"screening urgent\"");
        assertThat(screening).isPositive();
        assertThat(main.substring(0, screening)).doesNotContain("<section").doesNotContain("<h2")
                .doesNotContain("<p");
        assertThat(main).contains("Seek emergency medical care now").contains("What to do now")
                .doesNotContain("calendar").doesNotContain(".ics").doesNotContain("Techniques")
                .doesNotContain("Between sessions").contains("Print what to do now (PDF)");
    }

    @Test
    void aRedFlagClientHasNoCalendarToDownload() {
        clinic.fixture.onFile("tom-becker", "red-flags.yaml", "tom");
        var answer = clinic.tom.get("/clients/tom-becker/plan.ics");
        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(RunningServer.json(answer.body()).get("detail").asText()).contains("no sessions")
                .contains("URGENT");
        assertThat(clinic.tom.page("/clients/tom-becker/plan.ics").body()).contains("no sessions to put in a calendar");
    }

    @Test
    void theHandoutIsAPdfToSave() {
        var answer = clinic.tom.get("/clients/asha-rao/handout.pdf");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(answer.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"asha-rao-plan.pdf\"");
        assertThat(answer.body()).startsWith("%PDF-");
    }

    @Test
    void theCalendarHasAnEventForEverySession() {
        var answer = clinic.tom.get("/clients/asha-rao/plan.ics");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        var sessions = RunningServer.json(clinic.tom.get("/api/clients/asha-rao/plan").body()).get("schedule")
                .get("sessions").size();
        assertThat(answer.body()).startsWith("BEGIN:VCALENDAR");
        assertThat(answer.body().split("BEGIN:VEVENT", -1)).hasSize(sessions + 1);
        assertThat(answer.body()).contains("UID:asha-rao-" + PlanFixture.today() + "-session-1@backcare");
    }

    @Test
    void anotherTherapistsClientIsNotThere() {
        var uma = clinic.fixture.therapist("uma");
        for (var path : new String[] {"/clients/asha-rao/plan", "/clients/asha-rao/handout.pdf",
                "/clients/asha-rao/plan.ics", "/clients/nobody/plan", "/clients/Not_An_Id/plan"}) {
            assertThat(uma.page(path).statusCode()).as(path).isEqualTo(404);
        }
        var keep = uma.postForm("/clients/asha-rao/plans", Map.of("version", "1"));
        assertThat(keep.statusCode()).isEqualTo(404);
        assertThat(clinic.book.history(clinic.asha).orElseThrow().plans()).isEmpty();
        assertThat(clinic.book.auditLog()).noneMatch(entry -> entry.actor().equals("uma"));
    }

    @Test
    void readingThePlanIsAuditedWithoutHealthData() {
        clinic.tom.page("/clients/asha-rao/plan");
        clinic.tom.get("/clients/asha-rao/handout.pdf");
        assertThat(clinic.book.auditLog()).filteredOn(entry -> entry.actor().equals("tom"))
                .extracting(entry -> entry.action()).containsExactly("read plan", "read handout");
    }

    @Test
    void keepingThePlanNumbersItAndShowsItOnThePage() {
        var version = Long.toString(clinic.book.version(clinic.asha));
        var kept = clinic.tom.postForm("/clients/asha-rao/plans", Map.of("version", version));
        assertThat(kept.statusCode()).isEqualTo(303);
        assertThat(kept.headers().firstValue("Location")).hasValue("/clients/asha-rao/plan?kept=1");
        var page = clinic.tom.page("/clients/asha-rao/plan?kept=1").body();
        assertThat(page).contains("Kept on file as plan 1 (made " + PlanFixture.today() + ")")
                .containsPattern("<tr><td>1</td><td>" + PlanFixture.today() + "</td>");
        var plans = clinic.book.history(clinic.asha).orElseThrow().plans();
        assertThat(plans).singleElement().satisfies(plan -> {
            assertThat(plan.number()).isEqualTo(1);
            assertThat(RunningServer.json(plan.planJson()).get("client").asText()).isEqualTo("Asha Rao");
        });
    }

    @Test
    void theSamePlanIsNotKeptTwice() {
        clinic.tom.postForm("/clients/asha-rao/plans",
                Map.of("version", Long.toString(clinic.book.version(clinic.asha))));
        var again = clinic.tom.postForm("/clients/asha-rao/plans",
                Map.of("version", Long.toString(clinic.book.version(clinic.asha))));
        assertThat(again.headers().firstValue("Location")).hasValue("/clients/asha-rao/plan?kept=1");
        assertThat(clinic.book.history(clinic.asha).orElseThrow().plans()).hasSize(1);
    }

    @Test
    void aKeepFromAPageReadBeforeTheRecordChangedIsRefusedAndShowsThePlanAsItNowStands() {
        var seen = Long.toString(clinic.book.version(clinic.asha));
        clinic.book.keepPlan(clinic.asha, PlanFixture.today(), "meanwhile", "{}");
        var answer = clinic.tom.postForm("/clients/asha-rao/plans", Map.of("version", seen));
        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.body()).contains("Someone changed this client's record").contains("Keep this plan");
        assertThat(clinic.book.history(clinic.asha).orElseThrow().plans()).hasSize(1);
    }

    @Test
    void thePageKeepsToTheContentSecurityPolicy() {
        var html = clinic.tom.page("/clients/asha-rao/plan").body();
        assertThat(html).doesNotContain("style=").doesNotContain("<script>").doesNotContainPattern(" on[a-z]+=\"");
    }
}
