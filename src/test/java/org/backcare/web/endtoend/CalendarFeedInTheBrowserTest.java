package org.backcare.web.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.web.endtoend.People.THERAPIST_PASSWORD;
import static org.backcare.web.endtoend.People.button;
import static org.backcare.web.endtoend.People.link;
import static org.backcare.web.endtoend.People.signIn;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.backcare.accounts.Username;
import org.backcare.booking.Appointment;
import org.backcare.booking.Equipment;
import org.backcare.booking.WeeklyHours;
import org.backcare.files.KnowledgeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A therapist finds "Calendar feed" in the menu, turns the feed on, and the address the page shows answers a calendar
 * that ical4j reads, with their appointment in it and the client's first name and initial only.
 */
class CalendarFeedInTheBrowserTest {
    @RegisterExtension
    static final BrowserFixture browser = BrowserFixture.onBackcare();

    @Test
    void aTherapistSubscribesAndTheAddressAnswersTheirAppointments() throws Exception {
        var server = browser.server();
        var asha = People.openClinicWithAshaInMariasCare(server);
        var desk = server.database.appointments(Equipment.neededBy(KnowledgeFiles.bundled()));
        var maria = new Username("maria");
        desk.hours(maria, WeeklyHours.parse("mon-sun 08:00-20:00"));
        var booked = desk.book(List.of(Appointment.booked(asha, maria, Optional.empty(),
                LocalDate.now(ZoneOffset.UTC).plusDays(3).atTime(10, 0), 45, Optional.empty(), List.of(), List.of())),
                "maria", Instant.now()).get(0);

        var page = browser.page();
        signIn(browser, "maria", THERAPIST_PASSWORD);
        link(page, "Calendar feed").click();
        button(page, "Turn my feed on").click();
        var address = page.locator("#feed-address").inputValue();
        browser.screenshot("calendar-feed");

        var feed = server.get(address.substring(address.indexOf("/calendar/")));
        assertThat(feed.statusCode()).isEqualTo(200);
        var events = new CalendarBuilder().build(new StringReader(feed.body())).<VEvent>getComponents("VEVENT");
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.getProperty("UID").orElseThrow().getValue()).isEqualTo("appointment-" + booked.id() + "@backcare");
            assertThat(event.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo("Asha R.");
        });
    }
}
