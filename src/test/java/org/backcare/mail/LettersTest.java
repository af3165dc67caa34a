package org.backcare.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words of the mails that carry a one-time link: how long it works, in plain English. */
class LettersTest {
    private final Letters letters = new Letters(ClinicProfile.UNNAMED);

    @ParameterizedTest(name = "{0} hours: {1}")
    @CsvSource({"1, within 1 hour.", "2, within 2 hours.", "24, within 1 day.", "72, within 3 days.",
            "168, within 7 days.", "36, within 36 hours."})
    void aLinksLifetimeIsSaidInTheRightNumber(long hours, String said) {
        var valid = Duration.ofHours(hours);
        for (var letter : new Letter[] {letters.passwordReset("a@example.org", "Asha", "https://x/p", valid),
                letters.invitation("a@example.org", "Asha", "https://x/i", valid),
                letters.staffInvitation("a@example.org", "Mira", "https://x/s", valid),
                letters.preVisitIntake("a@example.org", "Asha", "https://x/v", valid)}) {
            assertThat(letter.text()).as(letter.subject()).contains(said);
            assertThat(letter.html()).as(letter.subject()).contains(said);
        }
    }
}
