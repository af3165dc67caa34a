package org.backcare.web.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.web.endtoend.People.THERAPIST_PASSWORD;
import static org.backcare.web.endtoend.People.at;
import static org.backcare.web.endtoend.People.button;
import static org.backcare.web.endtoend.People.exactly;
import static org.backcare.web.endtoend.People.expect;
import static org.backcare.web.endtoend.People.heading;
import static org.backcare.web.endtoend.People.link;
import static org.backcare.web.endtoend.People.named;
import static org.backcare.web.endtoend.People.row;
import static org.backcare.web.endtoend.People.signIn;
import static org.backcare.web.progress.CareTeam.today;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.backcare.web.RunningServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A therapist's first client, in order: the intake filled in on the back diagram, the plan (screening first) and its
 * handout, two sessions and the progress chart; then the client's own sign-in, which opens nobody else's records;
 * and the admin's audit log of it all. Each step is a new browser that signs in again.
 */
@TestMethodOrder(OrderAnnotation.class)
class TherapistJourneyTest {
    private static final String CLIENT_PASSWORD = "asha's own long password";
    private static final String OTHER_CLIENT = "daniel-okafor";

    @RegisterExtension
    static final BrowserFixture browser = BrowserFixture.onBackcare();

    @BeforeAll
    static void openTheClinicWithAnotherClientOnFile() {
        People.openClinicWithTherapist(browser.server(), "maria", "Maria Lopez");
        People.putOnFile(browser.server(), OTHER_CLIENT, "chronic-low-back.yaml", "maria");
    }

    /** What chromium refused to run or apply, as it says on its console: the pages must need none of it. */
    private final List<String> refusedByThePolicy = new ArrayList<>();

    @BeforeEach
    void listenForWhatTheSecurityPolicyRefuses() {
        browser.page().onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                refusedByThePolicy.add(message.text());
            }
        });
    }

    @AfterEach
    void nothingWasRefusedByTheSecurityPolicy() {
        assertThat(refusedByThePolicy).isEmpty();
    }

    @Test
    @Order(1)
    void theTherapistAddsAClientMarkingWhereItHurtsOnTheBackDiagram() {
        var page = browser.page();
        signIn(browser, "maria", THERAPIST_PASSWORD);
        expect(page).hasURL(at("/clients"));
        link(page, "Add a client").click();
        expect(heading(page, "New client")).isVisible();

        page.getByLabel("Name", exactly()).fill("Asha Rao");
        page.getByLabel("The client agreed to their health data being stored").check();
        page.getByLabel("Consent given on").fill(today().minusDays(14).toString());
        page.getByLabel("Age", exactly()).fill("42");
        markOnTheDiagram(page);
        describeTheUpperAndLowerBack(page);
        page.getByLabel("Desk work").check();
        page.getByRole(AriaRole.GROUP, named("Lifestyle"))
                .getByLabel("Stress", new Locator.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Pressure they prefer").selectOption("moderate");
        page.getByLabel("Pain relief").check();
        page.getByLabel("Better posture").check();
        expect(page.getByText("No problems found.")).isVisible();
        browser.screenshot("intake");
        button(page, "Add the client").click();

        expect(page).hasURL(at("/clients/asha-rao/plan"));
        expect(heading(page, "Back care plan for Asha Rao")).isVisible();
        expect(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)).first())
                .hasText("Safety screening: CLEAR");
        expect(link(page, "Add sessions to a calendar (.ics)")).isVisible();
        browser.screenshot("plan");
    }

    /** A click marks an area (pain 5) and moves to its pain input; what is typed there recolours the area. */
    private static void markOnTheDiagram(Page page) {
        var upperLeft = area(page, "upper-back-left");
        var upperLeftPain = page.getByLabel("Upper back and shoulders, left: pain 0–10");
        expect(upperLeftPain).hasValue("0");
        upperLeft.click();
        expect(upperLeftPain).hasValue("5");
        expect(upperLeftPain).isFocused();
        upperLeftPain.fill("6");
        expect(upperLeft).hasAttribute("data-pain", "6");
        expect(upperLeft.locator("title")).hasText("Upper back and shoulders, left: pain 6 of 10");

        area(page, "upper-back-right").click();
        expect(page.getByLabel("Upper back and shoulders, right: pain 0–10")).hasValue("5");
        area(page, "lower-back-left").click();
        page.getByLabel("Lower back, left: pain 0–10").fill("3");
        expect(area(page, "lower-back-left")).hasAttribute("data-pain", "3");
        expect(page.getByLabel("Mid back, left: pain 0–10")).hasValue("0");
    }

    /** Marking a region opens its symptoms, how long and cause. */
    private static void describeTheUpperAndLowerBack(Page page) {
        var upperBack = People.region(page, "Upper back and shoulders");
        expect(upperBack).hasAttribute("open", "");
        upperBack.getByLabel("Knots").check();
        upperBack.getByLabel("Rounded shoulders").check();
        upperBack.getByLabel("How long, in weeks").fill("10");
        upperBack.getByLabel("Cause (optional)").selectOption(new SelectOption()
                .setLabel("Long sitting"));
        var lowerBack = People.region(page, "Lower back");
        expect(lowerBack).hasAttribute("open", "");
        lowerBack.getByLabel("Stiffness", new Locator.GetByLabelOptions().setExact(true)).check();
        lowerBack.getByLabel("How long, in weeks").fill("10");
        expect(People.region(page, "Mid back")).not().hasAttribute("open", "");
    }

    @Test
    @Order(2)
    void thePlanFromTheClientListPrintsAsAPdfHandoutAndACalendar() throws IOException {
        var page = browser.page();
        signIn(browser, "maria", THERAPIST_PASSWORD);
        expect(row(page, "asha-rao")).containsText("maria");
        expect(row(page, OTHER_CLIENT)).isVisible();
        browser.screenshot("clients");
        page.getByLabel("Find a client").pressSequentially("asha");
        expect(row(page, OTHER_CLIENT)).hasCount(0);
        link(page, "Asha Rao").click();
        expect(heading(page, "Asha Rao")).isVisible();
        link(page, "Plan").click();
        expect(page).hasURL(at("/clients/asha-rao/plan"));

        var handout = page.waitForDownload(() -> link(page, "Print handout (PDF)").click());
        assertThat(handout.suggestedFilename()).endsWith(".pdf");
        assertThat(Files.readAllBytes(handout.path())).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));

        var calendar = page.waitForDownload(() -> link(page, "Add sessions to a calendar (.ics)").click());
        assertThat(calendar.suggestedFilename()).endsWith(".ics");
        assertThat(Files.readString(calendar.path())).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT");
    }

    @Test
    @Order(3)
    void twoSessionsLoggedOnTheFormShowOnTheProgressChart() {
        var page = browser.page();
        signIn(browser, "maria", THERAPIST_PASSWORD);
        browser.open("/clients/asha-rao");
        logASession(page, today().minusDays(7), 6, 4, "Stiff after long days at the desk.");
        expect(page).hasURL(at("/clients/asha-rao/progress"));
        expect(page.getByRole(AriaRole.STATUS)).isVisible();

        link(page, "Log a session").click();
        fillASession(page, today(), 4, 2, "Less stiff; the stretches help.");
        browser.screenshot("session-log");
        button(page, "Log the session").click();

        expect(page).hasURL(at("/clients/asha-rao/progress"));
        expect(page.getByRole(AriaRole.MAIN)).containsText("2 sessions kept");
        var pain = page.locator("section").filter(new Locator.FilterOptions().setHas(heading(page, "Pain at each session")));
        var chart = pain.getByRole(AriaRole.IMG);
        expect(chart).hasAttribute("alt", Pattern.compile(".+"));
        assertThat(((Number) chart.evaluate("img => img.decode().then(() => img.naturalWidth)")).intValue())
                .isPositive();
        pain.getByText("Show the numbers").click();
        expect(pain.getByRole(AriaRole.ROW).nth(1).getByRole(AriaRole.CELL))
                .hasText(new String[] {today().minusDays(7).toString(), "6", "4"});
        expect(pain.getByRole(AriaRole.ROW).nth(2).getByRole(AriaRole.CELL))
                .hasText(new String[] {today().toString(), "4", "2"});
        browser.screenshot("progress");
    }

    private static void logASession(Page page, LocalDate date, int before, int after, String reported) {
        link(page, "Log a session").click();
        fillASession(page, date, before, after, reported);
        button(page, "Log the session").click();
    }

    private static void fillASession(Page page, LocalDate date, int before, int after, String reported) {
        expect(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Log a session");
        page.getByLabel("Date", exactly()).fill(date.toString());
        page.getByLabel("Pain before (0-10)").fill(Integer.toString(before));
        page.getByLabel("Pain after (0-10)").fill(Integer.toString(after));
        page.getByLabel("moderate", exactly()).check();
        page.getByLabel("S: what the client reports").fill(reported);
    }

    @Test
    @Order(4)
    void theClientSignsInToTheirOwnPlanAndNobodyElses() {
        var page = browser.page();
        signIn(browser, "maria", THERAPIST_PASSWORD);
        browser.open("/clients/asha-rao");
        page.getByLabel("Their username").fill("asha");
        page.getByLabel("Their first password").fill(CLIENT_PASSWORD);
        button(page, "Give the sign-in").click();
        expect(page.getByRole(AriaRole.STATUS)).containsText("The client has their own sign-in now.");
        button(page, "Sign out").click();

        signIn(browser, "asha", CLIENT_PASSWORD);
        expect(page).hasURL(at("/me"));
        expect(heading(page, "Back care plan for Asha Rao")).isVisible();
        expect(link(page, "My plan")).isVisible();
        expect(link(page, "Clients")).hasCount(0);
        browser.screenshot("me");

        var otherPage = browser.open("/clients/" + OTHER_CLIENT);
        assertThat(otherPage.status()).isEqualTo(403);
        expect(page.getByRole(AriaRole.MAIN)).not().containsText("Daniel Okafor");
        var otherPlan = browser.open("/api/clients/" + OTHER_CLIENT + "/plan");
        assertThat(otherPlan.status()).isEqualTo(403);
        assertThat(otherPlan.text()).doesNotContain("Daniel Okafor");
        assertThat(browser.open("/me").status()).isEqualTo(200);
    }

    @Test
    @Order(5)
    void theAdminReadsInTheAuditLogWhoOpenedWhichRecords() {
        var page = browser.page();
        signIn(browser, "dana", RunningServer.ADMIN_PASSWORD);
        link(page, "Audit log").click();

        expect(heading(page, "Audit log")).isVisible();
        expect(entries(page, "maria", "add client")).hasCount(1);
        expect(entries(page, "maria", "read handout")).hasCount(1);
        expect(entries(page, "maria", "log session")).hasCount(2);
        expect(entries(page, "maria", "give sign-in")).hasCount(1);
        expect(entries(page, "asha", "read plan").first()).containsText("asha-rao");
        expect(row(page, OTHER_CLIENT)).hasCount(0);
        expect(page.getByRole(AriaRole.MAIN)).not().containsText("Knots");
        browser.screenshot("audit-log");
    }

    /** The audit log's lines of one person doing one thing. */
    private static Locator entries(Page page, String who, String what) {
        return page.getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.CELL, named(who))))
                .filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.CELL, named(what))));
    }

    private static Locator area(Page page, String id) {
        return page.locator("svg.back-diagram #area-" + id);
    }
}
