package org.backcare.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactTest {
    @ParameterizedTest
    @ValueSource(strings = {"asha@example.org", "asha.rao+clinic@mail.example.co.uk", "a_b-c@x-y.io", " asha@example.org "})
    void wellFormedAddressesAreKeptStripped(String address) {
        assertThat(Contact.checkedEmail(address)).isEqualTo(address.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "asha", "asha@", "@example.org", "asha@example", "asha@@example.org", "as ha@example.org",
            ".asha@example.org", "asha..rao@example.org", "asha@-example.org", "asha@example..org", "asha@exa_mple.org"})
    void malformedAddressesAreRefusedNamingTheField(String address) {
        assertThatThrownBy(() -> Contact.checkedEmail(address)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("email: '" + address.strip() + "' is not an email address: ");
    }

    @Test
    void phoneNumbersAsPeopleWriteThemAreKeptAndOthersRefused() {
        assertThat(Contact.checkedPhone("+44 (0)20 7946-0958")).isEqualTo("+44 (0)20 7946-0958");
        for (var bad : new String[] {"12345", "call me", "+44 20 7946 0958 ext 2", "1234567890123456"}) {
            assertThatThrownBy(() -> Contact.checkedPhone(bad)).hasMessageStartingWith("phone: '" + bad + "'");
        }
    }

    @Test
    void aBouncedAddressGetsNoMailUntilANewOneIsGivenAndRemindersFollowTheOptOut() {
        var contact = Contact.of(Optional.of("asha@example.org"), Optional.empty()).bounced(LocalDate.of(2026, 12, 1));
        assertThat(contact.mailable()).isEmpty();
        assertThat(contact.with(Optional.of("ASHA@example.org"), Optional.empty()).mailable()).isEmpty();
        var renewed = contact.with(Optional.of("asha.rao@example.org"), Optional.empty());
        assertThat(renewed.mailable()).hasValue("asha.rao@example.org");
        assertThat(renewed.wantsReminders()).isTrue();
        assertThat(renewed.remindersOff(Optional.of(LocalDate.of(2026, 12, 2))).wantsReminders()).isFalse();
    }
}
