package org.backcare.web.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.web.progress.CareTeam.today;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.backcare.clients.ClientId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The care loop in chromium: a therapist logs three sessions from the plan and the form offers session 4; voids one
 * and the plan steps back to session 3; corrects one with the numbness that followed it, and the plan stops massage;
 * a referred client's form offers no massage, only a visit note.
 */
class CareLoopInTheBrowserTest {
    @RegisterExtension
    static final BrowserFixture browser = BrowserFixture.onBackcare();


    @Test
    void threeSessionsFromThePlanOfferTheFourthAVoidStepsBackAndAReferralOffersNoMassage() {
        var daniel = aClientOnFile("daniel-okafor", "chronic-low-back.yaml");
        var referred = aClientOnFile("tom-becker", "red-flags.yaml");
        People.signInAsAdmin(browser);
        var page = browser.page();

        for (int weeksAgo = 2; weeksAgo >= 0; weeksAgo--) {
            browser.open("/clients/" + daniel + "/sessions/new");
            PlaywrightAssertions.assertThat(page.locator("p.notice")).containsText("number " + (3 - weeksAgo) + ",");
            page.locator("#date").fill(today().minusWeeks(weeksAgo).toString());
            page.locator("#painBefore").fill("6");
            page.locator("#painAfter").fill("4");
            page.locator("button[type=submit].primary").click();
            page.waitForURL("**/progress?logged=" + today().minusWeeks(weeksAgo));
        }
        browser.open("/clients/" + daniel + "/sessions/new");
        PlaywrightAssertions.assertThat(page.locator("p.notice")).containsText("number 4,");
        browser.screenshot("care-loop-session-4");

        browser.open("/clients/" + daniel + "/sessions");
        page.locator("#reason-3").fill("logged for the wrong client");
        page.locator("#session-3 button[type=submit]").click();
        page.waitForURL("**/sessions?voided=3");
        PlaywrightAssertions.assertThat(page.locator("#session-3")).containsText("logged for the wrong client");
        browser.screenshot("care-loop-voided");
        browser.open("/clients/" + daniel + "/sessions/new");
        PlaywrightAssertions.assertThat(page.locator("p.notice")).containsText("number 3,");

        browser.open("/clients/" + daniel + "/sessions");
        page.locator("#session-2 a", new Page.LocatorOptions().setHasText("Correct session 2"))
                .click();
        page.waitForURL("**/sessions/2/correct");
        PlaywrightAssertions.assertThat(page.locator("#painAfter")).hasValue("4");
        page.locator("#reason").fill("numbness after it was not noted");
        page.locator("#after-effect-numbness").check();
        page.locator("button[type=submit].primary").click();
        page.waitForURL("**/sessions?corrected=2");
        PlaywrightAssertions.assertThat(page.locator("#session-2")).containsText("numbness after it was not noted");
        PlaywrightAssertions.assertThat(page.locator("#session-2")).containsText("replaced by a later entry");
        browser.screenshot("care-loop-corrected");
        browser.open("/clients/" + daniel + "/sessions/new");
        PlaywrightAssertions.assertThat(page.locator("#no-massage")).containsText("no massage");

        browser.open("/clients/" + referred + "/sessions/new");
        PlaywrightAssertions.assertThat(page.locator("#no-massage")).containsText("no massage");
        assertThat(page.locator("form.session-form").count()).isZero();
        PlaywrightAssertions.assertThat(page.locator("form.visit-form button[type=submit]")).hasText("Record the visit");
        browser.screenshot("care-loop-referred");
    }

    private static ClientId aClientOnFile(String id, String example) {
        return People.putOnFile(browser.server(), id, example, today().minusMonths(2));
    }
}
