package org.backcare.web.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.web.endtoend.People.THERAPIST_PASSWORD;
import static org.backcare.web.endtoend.People.expect;
import static org.backcare.web.endtoend.People.link;
import static org.backcare.web.endtoend.People.signIn;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import java.net.http.HttpRequest;
import java.util.Map;
import org.backcare.web.RunningServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A therapist reads the day sheet on a phone: no sideways scroll, the visit's link at hand, and it prints bare. */
class ScheduleOnAPhoneTest {
    private static final String DAY = "2030-01-08";

    @RegisterExtension
    static final BrowserFixture browser = BrowserFixture.onBackcare();

    @BeforeAll
    static void bookAVisit() {
        People.openClinicWithAshaInMariasCare(browser.server());
        var admin = browser.server().signIn("dana", RunningServer.ADMIN_PASSWORD);
        var hours = admin.send(admin.request("/api/therapists/maria/hours").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"hours\": \"mon-fri 09:00-17:00\"}")).build());
        assertThat(hours.statusCode()).as(hours.body()).isEqualTo(200);
        var booked = browser.server().signIn("maria", THERAPIST_PASSWORD).postJson("/api/appointments",
                Map.of("client", "asha-rao", "start", DAY + "T10:00"));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
    }

    @Test
    void theDaySheetFitsAPhoneAndPrintsWithoutTheMenu() {
        var page = browser.page();
        page.setViewportSize(375, 740);
        signIn(browser, "maria", THERAPIST_PASSWORD);
        browser.open("/schedule?day=" + DAY);

        expect(link(page, "Move or cancel")).isVisible();
        expect(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Schedule")))
                .isVisible();
        assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")).intValue())
                .isLessThanOrEqualTo(0);
        browser.screenshot("day-sheet-phone");

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        expect(page.locator("header.site")).isHidden();
        expect(link(page, "Move or cancel")).isHidden();
    }
}
