package org.backcare.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.backcare.mail.AppointmentFacts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AppointmentCalendarTest {
    private static final LocalDateTime TEN = LocalDateTime.of(2027, 3, 9, 10, 0);

    @ParameterizedTest
    @ValueSource(strings = {"Europe/London", "Z", "+05:30", "America/New_York"})
    void anInvitationStartsAtTheVisitsInstantWhateverTheClinicsZone(String zoneId) throws Exception {
        var zone = ZoneId.of(zoneId);
        var visit = new AppointmentFacts(7, TEN, 60, zone, "Mira", Optional.empty(), 0, false, Optional.empty());

        var ics = AppointmentCalendar.invitation(visit, "Massage", Instant.parse("2027-03-01T09:00:00Z"));
        VEvent event = new CalendarBuilder().build(new StringReader(ics)).<VEvent>getComponents("VEVENT").get(0);

        Temporal start = event.getDateTimeStart().getDate();
        assertThat(Instant.from(start)).isEqualTo(TEN.atZone(zone).toInstant());
    }
}
