package org.backcare.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The late-cancellation notice as clients and staff read it on the pages. */
class ClinicSettingsTest {
    @ParameterizedTest(name = "{0} minutes: {1}")
    @CsvSource({"1440, 1 day", "2880, 2 days", "60, 1 hour", "1500, 25 hours", "90, 90 minutes", "1, 1 minute",
            "0, 0 hours", "20160, 14 days"})
    void theNoticeIsSaidInTheLargestWholeUnitWithItsNumberAgreeing(long minutes, String said) {
        var settings = new ClinicSettings(ZoneId.of("Europe/London"), Duration.ofMinutes(10), Duration.ofMinutes(minutes));

        assertThat(settings.lateNoticeInWords()).isEqualTo(said);
    }
}
