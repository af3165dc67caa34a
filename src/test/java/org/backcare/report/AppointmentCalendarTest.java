package org.backcare.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.backcare.mail.AppointmentFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AppointmentCalendarTest {
    private static final LocalDateTime TEN = LocalDateTime.of(2027, 3, 9, 10, 0);
    private static final AppointmentCalendar.Parties PARTIES =
            new AppointmentCalendar.Parties("desk@harbour.example", "Harbour Massage", "asha@example.org");

    @ParameterizedTest
    @ValueSource(strings = {"Europe/London", "Z", "+05:30", "America/New_York"})
    void anInvitationStartsAtTheVisitsInstantWhateverTheClinicsZone(String zoneId) throws Exception {
        var zone = ZoneId.of(zoneId);
        var visit = new AppointmentFacts(7, TEN, 60, zone, "Mira", Optional.empty(), 0, false, Optional.empty());

        var ics = AppointmentCalendar.invitation(visit, "Massage", PARTIES, Instant.parse("2027-03-01T09:00:00Z"));
        VEvent event = new CalendarBuilder().build(new StringReader(ics)).<VEvent>getComponents("VEVENT").get(0);

        Temporal start = event.getDateTimeStart().getDate();
        assertThat(Instant.from(start)).isEqualTo(TEN.atZone(zone).toInstant());
    }

    @Test
    void anInvitationAndItsWithdrawalNameTheClinicAsOrganiserAndTheClientAsAcceptedAsITipAsksOfThem() throws Exception {
        var zone = ZoneId.of("Europe/London");
        for (boolean cancelled : new boolean[] {false, true}) {
            var visit = new AppointmentFacts(7, TEN, 60, zone, "Mira", Optional.empty(), 0, cancelled, Optional.empty());

            var ics = AppointmentCalendar.invitation(visit, "Massage", PARTIES, Instant.parse("2027-03-01T09:00:00Z"));
            var calendar = new CalendarBuilder().build(new StringReader(ics));
            VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);

            var checked = calendar.validate(); // ical4j applies the iTIP method's rules: REQUEST and CANCEL need both
            assertThat(checked.hasErrors()).as(checked.toString()).isFalse();
            var organizer = event.getProperty("ORGANIZER").orElseThrow();
            assertThat(organizer.getValue()).isEqualTo("mailto:desk@harbour.example");
            assertThat(organizer.getParameter("CN").orElseThrow().getValue()).isEqualTo("Harbour Massage");
            var attendee = event.getProperty("ATTENDEE").orElseThrow();
            assertThat(attendee.getValue()).isEqualTo("mailto:asha@example.org");
            assertThat(attendee.getParameter("PARTSTAT").orElseThrow().getValue()).isEqualTo("ACCEPTED");
            assertThat(attendee.getParameter("RSVP").orElseThrow().getValue()).isEqualTo("FALSE");
        }
        var feed = AppointmentCalendar.feed(List.of(new AppointmentFacts(7, TEN, 60, zone, "Mira", Optional.empty(), 0,
                false, Optional.empty())), v -> "Massage", Instant.parse("2027-03-01T09:00:00Z"));
        assertThat(feed).as("a feed is published, not sent to anyone").doesNotContain("ORGANIZER", "ATTENDEE");
    }
}
