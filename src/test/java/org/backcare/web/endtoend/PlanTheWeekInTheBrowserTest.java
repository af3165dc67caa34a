package org.backcare.web.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.web.endtoend.People.at;
import static org.backcare.web.endtoend.People.button;
import static org.backcare.web.endtoend.People.expect;
import static org.backcare.web.endtoend.People.link;
import static org.backcare.web.endtoend.People.signIn;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Pattern;
import org.backcare.cli.BackcareCommand;
import org.backcare.web.RunningServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The admin plans next week of the small demo clinic: the page shows the planner at work without reloading, then
 * the proposal with each session's reasons and the unplanned ones; accepting books it, and the week and the day
 * sheets show it.
 */
class PlanTheWeekInTheBrowserTest {
    private static final LocalDate MONDAY = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.next(DayOfWeek.MONDAY));

    @RegisterExtension
    static final BrowserFixture browser = BrowserFixture.onBackcare();

    @BeforeAll
    static void openTheDemoClinic() {
        browser.server().setUpAdmin();
        var out = new StringWriter();
        int code = BackcareCommand.run(new String[] {"demo", "--clinic", "small", "--seed", "1", "--db",
                browser.server().location}, new PrintWriter(out), new PrintWriter(out));
        assertThat(code).as(out.toString()).isZero();
    }

    @Test
    void theAdminPlansNextWeekSeesWhyAcceptsAndTheWeekShowsTheAppointments() {
        var page = browser.page();
        signIn(browser, "dana", RunningServer.ADMIN_PASSWORD);
        browser.open("/schedule/week?week=" + MONDAY.minusWeeks(1));
        link(page, "Plan next week").click(); // from this week's page
        expect(page).hasURL(at("/schedule/plan"));

        page.getByLabel("Seconds the planner searches").fill("3");
        button(page, "Plan the week").click();
        var status = page.locator("#plan-status");
        expect(status).containsText("The planner is done", new LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
        var proposed = page.locator("ul.proposed > li");
        assertThat(proposed.count()).isPositive();
        expect(proposed.first().locator("ul.why li").first()).isVisible();
        for (var unplanned : page.locator("#unplanned li").all()) {
            expect(unplanned).containsText("not planned");
        }
        browser.screenshot("plan-the-week");

        int placed = proposed.count();
        page.locator("button", new Page.LocatorOptions()
                .setHasText(Pattern.compile("Accept and book " + placed + " sessions"))).click();
        expect(page).hasURL(at("/schedule/week"));
        assertThat(page.locator("section.week-day li").count()).isEqualTo(placed);

        var busyDay = page.locator("section.week-day").filter(new Locator.FilterOptions()
                .setHas(page.locator("li"))).first();
        int thatDay = busyDay.locator("li").count();
        busyDay.locator("h2 a").click();
        page.waitForURL(url -> url.contains("/schedule?day="));
        assertThat(page.locator("[id^=appointment-]").count()).as("the day sheet shows the day's booked sessions")
                .isEqualTo(thatDay);
    }
}
