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
import static org.backcare.web.endtoend.People.signIn;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An intake with red flags: the plan page opens with what to do now, and offers no sessions to book. */
class RedFlagPlanTest {
    @RegisterExtension
    static final BrowserFixture browser = BrowserFixture.onBackcare();

    @BeforeAll
    static void openTheClinic() {
        People.openClinicWithTherapist(browser.server(), "maria", "Maria Lopez");
    }

    @Test
    void redFlagsTickedOnTheIntakeMakeThePlanStartWithTheUrgentReferralAndOfferNoSessions() throws IOException {
        var page = browser.page();
        signIn(browser, "maria", THERAPIST_PASSWORD);
        browser.open("/clients/new");
        page.getByLabel("Name", exactly()).fill("Tom Becker");
        page.getByLabel("The client agreed to their health data being stored").check();
        page.getByLabel("Age", exactly()).fill("58");
        page.locator("svg.back-diagram #area-lower-back-left").click();
        page.getByLabel("Lower back, left: pain 0–10").fill("8");
        page.locator("svg.back-diagram #area-lower-back-right").click();
        page.getByLabel("Lower back, right: pain 0–10").fill("8");
        var redFlags = page.getByRole(AriaRole.GROUP, named("Red flags — any of these means no massage plan, refer"));
        redFlags.getByLabel("Numbness in the saddle area").check();
        redFlags.getByLabel("A change in bladder or bowel control").check();
        button(page, "Add the client").click();

        expect(link(page, "Lower back: weeks: required: a whole number from 0 to 5200")).isVisible();
        var weeks = People.region(page, "Lower back").getByLabel("How long, in weeks");
        expect(weeks).hasAttribute("aria-invalid", "true");
        expect(redFlags.getByLabel("Numbness in the saddle area")).isChecked();
        weeks.fill("1");
        button(page, "Add the client").click();

        expect(page).hasURL(at("/clients/tom-becker/plan"));
        expect(heading(page, "Back care plan for Tom Becker")).isVisible();
        var firstSection = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)).first();
        expect(firstSection).hasText("Safety screening: URGENT");
        var screening = page.locator("section").filter(new Locator.FilterOptions()
                .setHas(heading(page, "Safety screening: URGENT")));
        expect(screening).containsText("Seek emergency medical care now. There is no massage plan.");
        expect(screening).containsText("saddle numbness, a change in bladder or bowel control");
        expect(screening.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions()
                .setName("What to do now"))).isVisible();
        expect(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(".ics"))).hasCount(0);
        expect(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add sessions to a calendar"))).hasCount(0);
        expect(heading(page, "Session calendar")).hasCount(0);
        browser.screenshot("plan-red-flag");

        var whatToDo = page.waitForDownload(() -> link(page, "Print what to do now (PDF)").click());
        assertThat(Files.readAllBytes(whatToDo.path())).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));

        var calendar = browser.open("/clients/tom-becker/plan.ics");
        assertThat(calendar.status()).isEqualTo(409);
        expect(page.getByRole(AriaRole.MAIN)).containsText("There are no sessions to put in a calendar");
    }
}
