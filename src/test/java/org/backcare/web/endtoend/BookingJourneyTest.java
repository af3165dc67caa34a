package org.backcare.web.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.web.endtoend.People.THERAPIST_PASSWORD;
import static org.backcare.web.endtoend.People.button;
import static org.backcare.web.endtoend.People.expect;
import static org.backcare.web.endtoend.People.link;
import static org.backcare.web.endtoend.People.signIn;
import static org.backcare.web.progress.CareTeam.today;

import com.microsoft.playwright.Page;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.backcare.accounts.Username;
import org.backcare.booking.Appointment;
import org.backcare.booking.ClinicSettings;
import org.backcare.booking.Equipment;
import org.backcare.booking.Status;
import org.backcare.clients.ClientId;
import org.backcare.files.KnowledgeFiles;
import org.backcare.web.RunningServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A therapist books a plan's series from the plan page, sees it on the week, moves one, cancels one late (the clinic
 * asks 14 days' notice), and logs today's visit from the day sheet: on a desktop and at a phone's 375 px, where no
 * page scrolls sideways. A referred client's plan offers no booking.
 */
class BookingJourneyTest {
    @RegisterExtension
    static final BrowserFixture browser = BrowserFixture.onBackcare();

    @BeforeAll
    static void openTheClinic() {
        People.openClinicWithTherapist(browser.server(), "maria", "Maria Lopez");
        var admin = browser.server().signIn("dana", RunningServer.ADMIN_PASSWORD);
        var hours = admin.send(admin.request("/api/therapists/maria/hours").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"hours\": \"mon-sun 00:00-23:59\"}")).build());
        assertThat(hours.statusCode()).as(hours.body()).isEqualTo(200);
        var book = browser.server().database.appointments(Equipment.neededBy(KnowledgeFiles.bundled()));
        var settings = book.settings();
        book.settings(new ClinicSettings(settings.zone(), settings.turnover(), Duration.ofDays(14)));
    }

    @Test
    void onADesktop() {
        journey(People.putOnFile(browser.server(), "asha-rao", "desk-worker.yaml", "maria"), 1280, 800, 60, "00:00");
    }

    @Test
    void onAPhone() {
        journey(People.putOnFile(browser.server(), "daniel-okafor", "chronic-low-back.yaml", "maria"), 375, 740, 61,
                "01:00");
    }

    @Test
    void aReferredClientsPlanOffersNoBooking() {
        var referred = People.putOnFile(browser.server(), "rita-red", "red-flags.yaml", "maria");
        var page = browser.page();
        signIn(browser, "maria", THERAPIST_PASSWORD);

        browser.open("/clients/" + referred + "/plan");
        expect(page.locator("a[href$='/book']")).hasCount(0);
        browser.open("/clients/" + referred + "/book");
        expect(page.locator("#refused")).isVisible();
        expect(page.getByText("Book these", new Page.GetByTextOptions())).hasCount(0);
        assertThat(appointments(referred)).isEmpty();
    }

    /** {@code visitToday}: when today's visit is, booked the day before; the series is then booked around it. */
    private static void journey(ClientId client, int width, int height, int moveDaysAhead, String visitToday) {
        var today = visitToday(client, LocalTime.parse(visitToday));
        var page = browser.page();
        page.setViewportSize(width, height);
        var phone = width < 500 ? "-phone" : "";
        signIn(browser, "maria", THERAPIST_PASSWORD);

        browser.open("/clients/" + client + "/plan");
        link(page, "Book these sessions").click();
        page.locator("#next").fill("3");
        button(page, "Show the list again").click();
        expect(page.locator("#proposed-3")).isVisible();
        assertThat(appointments(client)).as("nothing booked before confirming").extracting(Appointment::id)
                .containsExactly(today.id());
        fitsTheWidth(page);
        browser.screenshot("booking-review" + phone);
        button(page, "Book these 3 sessions").click();
        expect(page.locator("#notice")).hasText("Booked 3 appointments.");
        var booked = appointments(client).stream().filter(a -> a.id() != today.id()).toList();
        assertThat(booked).hasSize(3);
        var firstDay = booked.get(0).start().toLocalDate();
        browser.open("/schedule/week?week=" + firstDay);
        var thatDay = appointments(client).stream().filter(a -> a.start().toLocalDate().equals(firstDay)).count();
        expect(page.locator("#day-" + firstDay + " a[href='/clients/" + client + "']")).hasCount((int) thatDay);
        fitsTheWidth(page);

        var moving = booked.get(2);
        browser.open("/appointments/" + moving.id());
        page.locator("#date").fill(today().plusDays(moveDaysAhead).toString());
        page.locator("#at").fill("11:00");
        button(page, "Move…").click();
        expect(page.locator("#question")).containsText("Move this appointment to");
        button(page, "Move it").click();
        expect(page.locator("#notice")).containsText("Moved.");
        expect(page.locator("#history")).containsText("Moved from");

        var cancelling = booked.get(1);
        browser.open("/appointments/" + cancelling.id());
        page.locator("#reason").fill("client away");
        button(page, "Cancel…").click();
        button(page, "Cancel it").click();
        expect(page.locator("#notice")).containsText("a late cancellation");
        expect(page.locator("#status")).hasText("cancelled");

        var first = booked.get(0);
        browser.open("/schedule?day=" + first.start().toLocalDate());
        expect(page.locator("#appointment-" + first.id()).locator(".planned")).containsText("Pressure");
        fitsTheWidth(page);
        browser.screenshot("booking-day-sheet" + phone);
        browser.open("/schedule?day=" + today.start().toLocalDate());
        page.locator("#appointment-" + today.id()).getByText("Log this visit").click();
        expect(page.locator("#for-appointment")).containsText("marks it attended");
        page.locator("#painBefore").fill("6");
        page.locator("#painAfter").fill("4");
        button(page, "Log the session").click();
        page.waitForURL(url -> url.contains("/progress?logged="));

        assertThat(status(today)).isEqualTo(Status.ATTENDED);
        assertThat(status(first)).as("only the visit logged is attended").isEqualTo(Status.BOOKED);
        assertThat(status(cancelling)).isEqualTo(Status.CANCELLED);
        assertThat(browser.server().database.appointments(Equipment.neededBy(KnowledgeFiles.bundled()))
                .find(moving.id()).orElseThrow().start()).isEqualTo(today().plusDays(moveDaysAhead).atTime(11, 0));
    }

    private static void fitsTheWidth(Page page) {
        assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")).intValue())
                .as("no sideways scroll").isLessThanOrEqualTo(0);
    }

    /** A short visit of the client with Maria today, booked by the desk the day before. */
    private static Appointment visitToday(ClientId client, LocalTime at) {
        var desk = browser.server().database.appointments(Equipment.neededBy(KnowledgeFiles.bundled()));
        var zone = desk.settings().zone();
        var start = LocalDate.now(zone).atTime(at);
        return desk.book(List.of(Appointment.booked(client, new Username("maria"), Optional.empty(), start, 10,
                Optional.empty(), List.of(), List.of())), "desk", start.minusDays(1).atZone(zone).toInstant()).get(0);
    }

    private static List<Appointment> appointments(ClientId client) {
        return browser.server().database.appointments(Equipment.neededBy(KnowledgeFiles.bundled())).ofClient(client)
                .stream().sorted(Comparator.comparing(Appointment::start)).toList();
    }

    private static Status status(Appointment appointment) {
        return browser.server().database.appointments(Equipment.neededBy(KnowledgeFiles.bundled()))
                .find(appointment.id()).orElseThrow().status();
    }
}
