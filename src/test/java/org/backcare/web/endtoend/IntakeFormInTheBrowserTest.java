package org.backcare.web.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.ArrayList;
import java.util.List;
import org.backcare.web.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The intake form's back diagram in chromium: clicking marks an area, typing recolours it, the form checks itself. */
class IntakeFormInTheBrowserTest {
    @RegisterExtension
    static final BrowserFixture browser = BrowserFixture.onBackcare();

    @Test
    void clickingAnAreaMarksItAndTypingAPainRecoloursItWhileTheFormChecksItself() {
        var page = browser.page();
        var refused = new ArrayList<String>();
        page.onConsoleMessage(message -> refused.add(message.text()));
        signInAsAdmin(page);
        browser.open("/clients/new");
        var colours = List.of(page.locator("svg.back-diagram").getAttribute("data-colours").split(" "));

        page.locator("#area-lower-back-left").click();

        var leftPain = field(page, "pain.lower-back.left");
        PlaywrightAssertions.assertThat(leftPain).hasValue("5");
        PlaywrightAssertions.assertThat(leftPain).isFocused();
        assertThat(page.locator("#area-lower-back-left").getAttribute("fill")).isEqualTo(colours.get(5));
        assertThat(page.locator(".pain-number[data-area='lower-back-left']").textContent()).isEqualTo("5");
        assertThat(field(page, "details.lower-back").getAttribute("open")).isNotNull();
        PlaywrightAssertions.assertThat(page.locator("#intake-check")).containsText("Age: required");

        field(page, "pain.lower-back.right").fill("9");

        assertThat(page.locator("#area-lower-back-right").getAttribute("fill")).isEqualTo(colours.get(9));
        assertThat(page.locator(".pain-number[data-area='lower-back-right']").getAttribute("fill")).isEqualTo("#ffffff");
        assertThat(page.locator("svg.back-diagram desc").textContent()).contains("Lower back, right: pain 9 of 10.");

        field(page, "name").fill("Asha Rao");
        field(page, "consent").check();
        field(page, "age").fill("42");
        field(page, "weeks.lower-back").fill("3");
        field(page, "symptoms.lower-back.stiffness").check();
        PlaywrightAssertions.assertThat(page.locator("#intake-check")).hasText("No problems found.");
        browser.screenshot("intake-form");

        page.locator("button[type=submit].primary").click();
        page.waitForURL("**/clients/asha-rao/plan?saved=client");
        assertThat(refused).noneMatch(text -> text.contains("Content Security Policy"));
    }

    @Test
    void theCheckAppearingWhileTheFormIsFilledInMovesNoFieldFromUnderTheMouse() {
        var page = browser.page();
        signInAsAdmin(page);
        browser.open("/clients/new");
        var consent = field(page, "consent");
        var before = consent.boundingBox();

        field(page, "name").fill("Asha Rao");
        field(page, "name").dispatchEvent("change");

        PlaywrightAssertions.assertThat(page.locator("#intake-check")).containsText("Age: required");
        var after = consent.boundingBox();
        assertThat(List.of(after.x, after.y)).isEqualTo(List.of(before.x, before.y));
        consent.check();
        PlaywrightAssertions.assertThat(consent).isChecked();
    }

    @Test
    void tickingARedFlagWarnsBeforeSavingThatTheClientWillBeReferred() {
        var page = browser.page();
        signInAsAdmin(page);
        browser.open("/clients/new");
        field(page, "name").fill("Ben Okafor");
        field(page, "consent").check();
        field(page, "age").fill("50");
        field(page, "pain.lower-back.left").fill("6");
        field(page, "weeks.lower-back").fill("3");
        field(page, "symptoms.lower-back.stiffness").check();
        PlaywrightAssertions.assertThat(page.locator("#intake-check")).hasText("No problems found.");

        field(page, "red-flags.night-pain").check();

        PlaywrightAssertions.assertThat(page.locator("#intake-check .red-flag-warning"))
                .containsText("These answers mean no massage: the client is referred");
        PlaywrightAssertions.assertThat(page.locator("#intake-check")).containsText("see a healthcare provider");
        field(page, "red-flags.night-pain").uncheck();
        PlaywrightAssertions.assertThat(page.locator("#intake-check")).hasText("No problems found.");
    }

    @Test
    void theAreasAreNotTabStopsButTheirPainInputsAre() {
        var page = browser.page();
        signInAsAdmin(page);
        browser.open("/clients/new");

        assertThat(page.locator("#area-upper-back-left").getAttribute("tabindex")).isNull();
        field(page, "pain.upper-back.left").focus();
        page.keyboard().press("Tab");

        PlaywrightAssertions.assertThat(field(page, "pain.upper-back.right")).isFocused();
        page.keyboard().type("4");
        page.keyboard().press("Tab");
        assertThat(page.locator("#area-upper-back-right").getAttribute("data-pain")).isEqualTo("4");
    }

    private static Locator field(Page page, String id) {
        return page.locator("[id='" + id + "']");
    }

    /** Signs in with the sign-in form, as the admin (staff, who sees every client). */
    private static void signInAsAdmin(Page page) {
        if (browser.server().server.setupPath().isPresent()) {
            browser.server().setUpAdmin();
        }
        browser.open("/login");
        field(page, "username").fill("dana");
        field(page, "password").fill(RunningServer.ADMIN_PASSWORD);
        page.locator("button[type=submit].primary").click();
        page.waitForURL(url -> !url.contains("/login"));
    }
}
