package org.backcare.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Today is the clinic's date: the server's clock gives the moment, the clinic's settings the zone. */
class ClinicClockTest {
    private static final Instant EVENING_IN_LONDON = Instant.parse("2026-12-07T23:30:00Z");

    @Test
    void todayIsTheDateWhereTheClinicIsAndFollowsAChangeOfZoneAtOnce() {
        var zone = new AtomicReference<ZoneId>(ZoneId.of("Europe/London"));
        var clock = new ClinicClock(Clock.fixed(EVENING_IN_LONDON, ZoneOffset.UTC), zone::get);

        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2026, 12, 7));
        zone.set(ZoneId.of("Pacific/Auckland"));
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2026, 12, 8));
        zone.set(ZoneId.of("America/Los_Angeles"));
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(clock.instant()).isEqualTo(EVENING_IN_LONDON);
    }

    @Test
    void aClockInAnotherZoneKeepsTheMomentAndNotTheClinic() {
        var clock = new ClinicClock(Clock.fixed(EVENING_IN_LONDON, ZoneOffset.UTC), () -> ZoneId.of("Pacific/Auckland"));

        var utc = clock.withZone(ZoneOffset.UTC);

        assertThat(LocalDate.now(utc)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(utc.instant()).isEqualTo(EVENING_IN_LONDON);
    }

    @Test
    void oneOfTwoZonesFarApartIsOnAnotherDateThanAnywhere() {
        for (var here : new String[] {"UTC", "Europe/London", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kolkata"}) {
            var zone = ZoneId.of(here);
            assertThat(LocalDate.now(ClinicElsewhere.onAnotherDateThan(zone))).isNotEqualTo(LocalDate.now(zone));
        }
    }
}
