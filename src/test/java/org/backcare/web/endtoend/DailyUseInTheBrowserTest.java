package org.backcare.web.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.web.endtoend.People.THERAPIST_PASSWORD;
import static org.backcare.web.endtoend.People.expect;
import static org.backcare.web.endtoend.People.heading;
import static org.backcare.web.endtoend.People.signIn;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A clinic's daily use in chromium, at a desktop's and a phone's size: the client's navigation on every client page,
 * no page wider than the screen, the client's own page in plain words with the homework form first, and the admin's
 * accounts and audit log.
 */
class DailyUseInTheBrowserTest {
    private static final List<String> CLIENT_PAGES = List.of("", "/plan", "/sessions/new", "/sessions",
            "/measures/new", "/measures/new?instrument=odi", "/progress", "/intake");

    @RegisterExtension
    static final BrowserFixture browser = BrowserFixture.onBackcare();

    @BeforeAll
    static void openTheClinic() {
        People.openClinicWithTherapist(browser.server(), "maria", "Maria Lopez");
        People.putOnFile(browser.server(), "asha-rao", "desk-worker.yaml", "maria");
        var admin = browser.server().signIn("dana", org.backcare.web.RunningServer.ADMIN_PASSWORD);
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
            var nav = page.getByRole(com.microsoft.playwright.options.AriaRole.NAVIGATION,
                    new Page.GetByRoleOptions().setName("This client"));
            expect(nav).isVisible();
            expect(nav.getByRole(com.microsoft.playwright.options.AriaRole.LINK)).hasCount(9);
            assertThat(sidewaysOverflow(page)).as(path + " on a " + size).isZero();
        }
        browser.screenshot("client-overview-" + size);
        page.getByRole(com.microsoft.playwright.options.AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("This client"))
                .getByText("Progress", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true)).click();
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
    void theAdminsAccountsAndAuditLogFitTheScreen(String size, int width, int height) {
        var page = browser.page();
        page.setViewportSize(width, height);
        signIn(browser, "dana", org.backcare.web.RunningServer.ADMIN_PASSWORD);
        for (var path : List.of("/admin/accounts", "/admin/audit", "/admin/audit?who=maria", "/account/password")) {
            browser.open(path);
            assertThat(sidewaysOverflow(page)).as(path + " on a " + size).isZero();
        }
        browser.open("/admin/audit?who=maria");
        expect(page.getByLabel("Who", People.exactly())).hasValue("maria");
        browser.screenshot("audit-" + size);
    }

    /** How far the page is wider than the screen: a page that fits scrolls only up and down. */
    private static int sidewaysOverflow(Page page) {
        return ((Number) page.evaluate("() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth)"))
                .intValue();
    }
}
