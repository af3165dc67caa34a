package org.backcare.web.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.web.endtoend.People.THERAPIST_PASSWORD;
import static org.backcare.web.endtoend.People.expect;
import static org.backcare.web.endtoend.People.heading;
import static org.backcare.web.endtoend.People.signIn;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The intake form without a mouse, and the intake and plan on a phone's screen. */
class IntakeByKeyboardAndPhoneTest {
    /** More than the form's controls and links: a walk that gets stuck fails instead of running on. */
    private static final int MOST_TABS = 400;
    private static final String FOCUSED = "() => { const e = document.activeElement; return {id: e.id, tag: e.tagName,"
            + " text: e.textContent.trim(), closed: e.tagName === 'SUMMARY' && !e.parentElement.open}; }";

    @RegisterExtension
    static final BrowserFixture browser = BrowserFixture.onClinicWithAshaInMariasCare();

    @Test
    void tabReachesEveryControlOfTheIntakeFormAndEachIsFoundByItsLabel() {
        var page = browser.page();
        signIn(browser, "maria", THERAPIST_PASSWORD);
        browser.open("/clients/new");

        var reached = walkWithTheKeyboard(page);

        var controls = controlsOfTheForm(page);
        assertThat(controls).hasSizeGreaterThan(60);
        assertThat(reached).containsAll(controls).noneMatch(id -> id.startsWith("area-"));
        for (var id : controls) {
            var label = page.locator("label[for='" + id + "']").innerText().strip();
            assertThat(label).as("the label of " + id).isNotEmpty();
            expect(page.getByLabel(label, People.exactly()).and(page.locator("[id='" + id + "']"))).hasCount(1);
        }
        var typed = page.locator("svg.back-diagram #area-lower-back-left");
        expect(typed).hasAttribute("data-pain", "7");
    }

    /**
     * Tabs from the top of the page to the form's button, as a person on a keyboard would: opens each region's
     * symptoms with Enter on its summary, and types a pain of 7 into the lower back's left input on the way.
     * Returns the ids of the controls focused on the way.
     */
    private static Set<String> walkWithTheKeyboard(Page page) {
        var reached = new LinkedHashSet<String>();
        for (int tabs = 0; tabs < MOST_TABS; tabs++) {
            page.keyboard().press("Tab");
            @SuppressWarnings("unchecked")
            var focused = (Map<String, Object>) page.evaluate(FOCUSED);
            if (Boolean.TRUE.equals(focused.get("closed"))) {
                page.keyboard().press("Enter");
            }
            if ("pain.lower-back.left".equals(focused.get("id"))) {
                page.keyboard().press("Control+A");
                page.keyboard().type("7");
            }
            if ("BUTTON".equals(focused.get("tag")) && "Add the client".equals(focused.get("text"))) {
                return reached;
            }
            reached.add((String) focused.get("id"));
        }
        throw new AssertionError("Tab did not reach the form's button in " + MOST_TABS + " presses: " + reached);
    }

    @SuppressWarnings("unchecked")
    private static List<String> controlsOfTheForm(Page page) {
        return new ArrayList<>((List<String>) page.locator("#intake-form")
                .locator("input:not([type=hidden]), select, textarea").evaluateAll("all => all.map(e => e.id)"));
    }

    @Test
    void onAPhoneTheIntakeAndThePlanFitTheScreenAndThePlanOpensWithItsScreening() {
        var page = browser.page();
        page.setViewportSize(375, 740);
        signIn(browser, "maria", THERAPIST_PASSWORD);

        browser.open("/clients/new");
        expect(heading(page, "New client")).isInViewport();
        assertThat(sidewaysOverflow(page)).isZero();
        browser.screenshot("intake-phone");

        browser.open("/clients/asha-rao/plan");
        var screening = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)).first();
        expect(screening).hasText("Safety screening: CLEAR");
        expect(screening).isInViewport();
        assertThat(sidewaysOverflow(page)).isZero();
        browser.screenshot("plan-phone");
    }

    /** How far the page is wider than the screen: a page that fits scrolls only up and down. */
    private static int sidewaysOverflow(Page page) {
        return ((Number) page.evaluate("() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth)"))
                .intValue();
    }
}
