package org.backcare.web.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.web.endtoend.People.THERAPIST_PASSWORD;
import static org.backcare.web.endtoend.People.button;
import static org.backcare.web.endtoend.People.expect;
import static org.backcare.web.endtoend.People.link;
import static org.backcare.web.endtoend.People.signIn;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.backcare.clients.ClientId;
import org.backcare.files.KnowledgeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The pre-visit intake: the therapist makes a link; the client opens it on a phone-size page, consents, marks where it
 * hurts on the back diagram and sends the form; the therapist sees the red flag at the top of the review and accepts
 * the draft as the client's next intake.
 */
class PreVisitIntakeInTheBrowserTest {
    @RegisterExtension
    static final BrowserFixture browser = BrowserFixture.onClinicWithAshaInMariasCare();

    @Test
    void theClientFillsTheIntakeOnAPhoneFromTheLinkAndTheTherapistAcceptsIt() {
        var page = browser.page();
        signIn(browser, "maria", THERAPIST_PASSWORD);
        browser.open("/clients/asha-rao");
        link(page, "Send the client a link to fill it in").click();
        button(page, "Make a link to copy").click();
        var address = field(page, "intake-link").inputValue();
        assertThat(address).matches("http://\\S+/intake\\?token=[A-Za-z0-9_-]{43}");
        button(page, "Sign out").click();

        page.setViewportSize(375, 740);
        page.navigate(address);
        expect(page.getByText("Hello Asha.")).isVisible();
        field(page, "consent").check();
        page.locator("#area-lower-back-left").click();
        expect(field(page, "pain.lower-back.left")).hasValue("5");
        field(page, "age").fill("38");
        field(page, "weeks.lower-back").fill("3");
        field(page, "symptoms.lower-back.stiffness").check();
        expect(page.locator("#intake-check")).hasText("No problems found.");
        field(page, "red-flags.night-pain").check();
        expect(page.locator("#intake-check .red-flag-warning")).containsText("Please call the clinic");
        assertThat(sidewaysOverflow(page)).isZero();
        browser.screenshot("pre-visit-intake-phone");
        button(page, "Send to my therapist").click();
        expect(page.getByText("Thank you, Asha")).isVisible();
        assertThat(sidewaysOverflow(page)).isZero();

        signIn(browser, "maria", THERAPIST_PASSWORD);
        browser.open("/clients/asha-rao");
        link(page, "review it").click();
        var flags = page.locator(".draft-red-flags");
        expect(flags).containsText("Red flags");
        assertThat(flags.boundingBox().y).isLessThan(button(page, "Accept as their newest intake").boundingBox().y);
        browser.screenshot("pre-visit-intake-review-phone");
        button(page, "Accept as their newest intake").click();
        page.waitForURL("**/clients/asha-rao/plan?saved=intake");

        var history = browser.server().database.clientBook(KnowledgeFiles.bundled().vocabulary())
                .history(new ClientId("asha-rao")).orElseThrow();
        assertThat(history.intakes()).hasSize(2);
        assertThat(history.currentIntake().client().age()).isEqualTo(38);
    }

    private static Locator field(Page page, String id) {
        return page.locator("[id='" + id + "']");
    }

    private static int sidewaysOverflow(Page page) {
        return ((Number) page.evaluate("() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth)"))
                .intValue();
    }
}
