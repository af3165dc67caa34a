package org.backcare.web.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import org.backcare.clients.ClientId;
import org.backcare.clients.ClientRecord;
import org.backcare.clients.IntakeVersion;
import org.backcare.files.IntakeFile;
import org.backcare.files.KnowledgeFiles;
import org.backcare.web.RunningServer;
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
        var client = aClientOnFile();
        signInAsAdmin();
        var today = LocalDate.now(ZoneOffset.UTC);

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

    private static ClientId aClientOnFile() {
        var knowledge = KnowledgeFiles.bundled();
        var id = new ClientId("daniel-okafor");
        var consent = LocalDate.now(ZoneOffset.UTC).minusMonths(1);
        var intake = IntakeFile.read(Path.of("examples", "chronic-low-back.yaml"), knowledge.vocabulary()).intake();
        browser.server().database.clientBook(knowledge.vocabulary())
                .add(new ClientRecord(id, "Daniel Okafor", consent), new IntakeVersion(1, consent, intake));
        return id;
    }

    private static void signInAsAdmin() {
        browser.server().setUpAdmin();
        browser.open("/login");
        browser.page().locator("#username").fill("dana");
        browser.page().locator("#password").fill(RunningServer.ADMIN_PASSWORD);
        browser.page().locator("button[type=submit].primary").click();
        browser.page().waitForURL(url -> !url.contains("/login"));
    }
}
