package org.backcare.wording;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountedTest {
    @Test
    void oneTakesTheUnitAsItIsEveryOtherNumberItsPlural() {
        assertThat(Counted.of(1, "day")).isEqualTo("1 day");
        assertThat(Counted.of(0, "minute")).isEqualTo("0 minutes");
        assertThat(Counted.of(48, "hour")).isEqualTo("48 hours");
    }
}
