package org.backcare.web.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import org.backcare.clients.ClientId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A therapist on a phone logs two sessions and reads the progress page, its chart drawn, in chromium. */
class SessionsInTheBrowserTest {
    @RegisterExtension
    static final BrowserFixture browser = BrowserFixture.onBackcare();

    @Test
    void twoSessionsLoggedOnAPhoneShowInTheChartAndItsNumbers() {
        var page = browser.page();
        var console = new ArrayList<String>();
        page.onConsoleMessage(message -> console.add(message.text()));
        page.setViewportSize(390, 844);
        var today = LocalDate.now(ZoneOffset.UTC);
        var client = People.putOnFile(browser.server(), "daniel-okafor", "chronic-low-back.yaml", today.minusMonths(1));
        People.signInAsAdmin(browser);

        logSession(client, today.minusDays(7), "6", "3");
        browser.screenshot("session-form-phone");
        page.locator("button[type=submit].primary").click();
        page.waitForURL("**/progress?logged=" + today.minusDays(7));
        logSession(client, today, "4", "2");
        page.locator("button[type=submit].primary").click();
        page.waitForURL("**/progress?logged=" + today);

        PlaywrightAssertions.assertThat(page.locator("p.notice")).hasText("Logged the session of " + today + ".");
        var chart = page.locator("img.chart").first();
        assertThat(chart.evaluate("image => image.complete && image.naturalWidth > 0")).isEqualTo(true);
        page.locator(".progress-chart summary").first().click();
        PlaywrightAssertions.assertThat(page.locator(".progress-chart tbody tr")).hasCount(2);
        browser.screenshot("progress-phone");
        assertThat(console).isEmpty();
    }

    private void logSession(ClientId client, LocalDate date, String painBefore, String painAfter) {
        browser.open("/clients/" + client + "/sessions/new");
        var page = browser.page();
        page.locator("#date").fill(date.toString());
        page.locator("#painBefore").fill(painBefore);
        page.locator("#painAfter").fill(painAfter);
    }
}
