package org.backcare.web.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.web.endtoend.People.THERAPIST_PASSWORD;
import static org.backcare.web.endtoend.People.expect;
import static org.backcare.web.endtoend.People.heading;
import static org.backcare.web.endtoend.People.signIn;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.backcare.web.RunningServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A clinic's daily use in chromium, at a desktop's and a phone's size: the client's navigation on every client page,
 * no page wider than the screen, the plan's calendar as cards and its long sections folded on a phone, the client's
 * own page in plain words with the homework form first, the client list and its red-flag filter, the progress report
 * PDF, and the admin's accounts and audit log.
 */
class DailyUseInTheBrowserTest {
    private static final List<String> CLIENT_PAGES = List.of("", "/plan", "/appointments", "/sessions/new",
            "/sessions", "/measures/new", "/measures/new?instrument=odi", "/progress", "/intake");

    @RegisterExtension
    static final BrowserFixture browser = BrowserFixture.onBackcare();

    @BeforeAll
    static void openTheClinic() {
        People.openClinicWithAshaInMariasCare(browser.server());
        var admin = browser.server().signIn("dana", RunningServer.ADMIN_PASSWORD);
        admin.postForm("/admin/accounts", Map.of("name", "Asha Rao", "username", "asha", "role", "client",
                "client", "asha-rao", "password", THERAPIST_PASSWORD));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"desktop, 1280, 800", "phone, 375, 740"})
    void everyClientPageHasItsNavigationAndFitsTheScreen(String size, int width, int height) {
        var page = browser.page();
        page.setViewportSize(width, height);
        signIn(browser, "maria", THERAPIST_PASSWORD);
        for (var path : CLIENT_PAGES) {
            browser.open("/clients/asha-rao" + path);
            var nav = page.getByRole(AriaRole.NAVIGATION,
                    new Page.GetByRoleOptions().setName("This client"));
            expect(nav).isVisible();
            expect(nav.getByRole(AriaRole.LINK)).hasCount(10);
            assertThat(sidewaysOverflow(page)).as(path + " on a " + size).isZero();
        }
        browser.screenshot("client-overview-" + size);
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("This client"))
                .getByText("Progress", new Locator.GetByTextOptions().setExact(true)).click();
        expect(page).hasURL(People.at("/clients/asha-rao/progress"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"desktop, 1280, 800", "phone, 375, 740"})
    void theClientsOwnPageIsPlainWithTheHomeworkFormFirst(String size, int width, int height) {
        var page = browser.page();
        page.setViewportSize(width, height);
        signIn(browser, "asha", THERAPIST_PASSWORD);
        browser.open("/me");
        expect(heading(page, "My homework log")).isVisible();
        var homework = page.locator("form[action^='/me/homework']");
        var calendar = page.locator("#calendar-heading");
        assertThat(homework.boundingBox().y).isLessThan(calendar.boundingBox().y);
        assertThat(page.content()).doesNotContain(".txt", "knowledge base", "moves up");
        assertThat(sidewaysOverflow(page)).as("/me on a " + size).isZero();
        browser.screenshot("me-" + size);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"desktop, 1280, 800", "phone, 375, 740"})
    void theAdminsAccountsClinicAndAuditLogFitTheScreen(String size, int width, int height) {
        var page = browser.page();
        page.setViewportSize(width, height);
        signIn(browser, "dana", RunningServer.ADMIN_PASSWORD);
        for (var path : List.of("/admin/accounts", "/admin/clinic", "/admin/audit", "/admin/audit?who=maria",
                "/account/password")) {
            browser.open(path);
            assertThat(sidewaysOverflow(page)).as(path + " on a " + size).isZero();
        }
        browser.open("/admin/clinic");
        expect(page.getByLabel("Usual week").first()).isVisible();
        browser.screenshot("clinic-" + size);
        browser.open("/admin/audit?who=maria");
        expect(page.getByLabel("Who", People.exactly())).hasValue("maria");
        browser.screenshot("audit-" + size);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"desktop, /clients/asha-rao/plan, maria, 1280, 800", "phone, /clients/asha-rao/plan, maria, 375, 740",
            "desktop, /me, asha, 1280, 800", "phone, /me, asha, 375, 740"})
    void thePlansCalendarIsCardsAndItsLongSectionsFoldOnAPhone(String size, String path, String who, int width,
            int height) {
        var page = browser.page();
        page.setViewportSize(width, height);
        signIn(browser, who, THERAPIST_PASSWORD);
        browser.open(path);
        boolean phone = width < 768;
        var folds = page.locator("details.fold");
        assertThat(folds.count()).as("long sections that fold").isGreaterThanOrEqualTo(5);
        assertThat(((Number) folds.evaluateAll("all => all.filter(d => d.open).length")).intValue())
                .as("open on a " + size).isEqualTo(phone ? 0 : folds.count());
        if (phone) {
            heading(page, "Session calendar").click();
        }
        var sessions = page.locator("table.calendar tbody tr");
        expect(sessions.first()).isVisible();
        assertThat(sessions.evaluateAll("all => [...new Set(all.map(r => getComputedStyle(r).display))]"))
                .as("each session on a " + size).isEqualTo(List.of(phone ? "block" : "table-row"));
        if (phone) {
            assertThat(sessions.first().boundingBox().width).isLessThanOrEqualTo(width);
            assertThat(sessions.first().locator("td").nth(1).evaluate("d => getComputedStyle(d, '::before').content"))
                    .isEqualTo("\"Date: \"");
        }
        assertThat(sidewaysOverflow(page)).as(path + " on a " + size).isZero();
        assertThat(page.evaluate(SCROLLS_SIDEWAYS)).as("parts of " + path + " that scroll sideways").isEqualTo(List.of());
        browser.screenshot("plan-calendar-" + who + "-" + size);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"desktop, 1280, 800", "phone, 375, 740"})
    void theClientListFiltersRedFlagsAndTheProgressReportIsAPdf(String size, int width, int height) {
        var page = browser.page();
        page.setViewportSize(width, height);
        signIn(browser, "maria", THERAPIST_PASSWORD);
        browser.open("/clients");
        expect(People.row(page, "Asha Rao")).containsText("clear");
        assertThat(sidewaysOverflow(page)).as("/clients on a " + size).isZero();
        page.getByLabel("Only clients with red flags (refer or urgent)").check();
        expect(page).hasURL(Pattern.compile("flags=red"));
        expect(People.row(page, "Asha Rao")).hasCount(0);
        assertThat(sidewaysOverflow(page)).as("/clients?flags=red on a " + size).isZero();
        var report = page.request().get(browser.server().uri("/clients/asha-rao/report.pdf").toString());
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.headers().get("content-type")).startsWith("application/pdf");
        browser.screenshot("client-list-" + size);
    }

    /** Every element of the page that scrolls sideways inside itself, such as a wide table in a scrolling box. */
    private static final String SCROLLS_SIDEWAYS = "() => [...document.querySelectorAll('*')]"
            + ".filter(e => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX) && e.scrollWidth > e.clientWidth)"
            + ".map(e => e.tagName + '.' + e.className)";

    /** How far the page is wider than the screen: a page that fits scrolls only up and down. */
    private static int sidewaysOverflow(Page page) {
        return ((Number) page.evaluate("() => Math.max(0, document.scrollingElement.scrollWidth"
                + " - document.scrollingElement.clientWidth)")).intValue();
    }
}
