package org.backcare.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstrumentTest {

    /** The target is the nearer of the MCID's points and percent (Farrar 2001, Ostelo 2008, Stratford 1995). */
    @ParameterizedTest
    @CsvSource({
            "nprs, 7, 5", // 2 points, nearer than 30% (2.1)
            "nprs, 3, 2.1", // 30% (0.9), nearer than 2 points
            "odi, 40, 30", // 10 points, nearer than 30% (12)
            "odi, 20, 14", // 30% (6)
            "rmdq, 14, 9.8", // 30% (4.2), nearer than 5 points
            "psfs, 3, 5", // 2 points up: higher is better
    })
    void theMcidTargetIsTheScoreThatReachesItFromTheFirst(String id, double first, double target) {
        assertThat(Instrument.byId(id).orElseThrow().mcidTarget(first).orElseThrow()).isCloseTo(target, offset(1e-9));
    }

    @ParameterizedTest
    @CsvSource({"start-back, 5", "nprs, 0", "psfs, 9"})
    void noTargetWithoutAPublishedMcidOrRoomOnTheScale(String id, double first) {
        assertThat(Instrument.byId(id).orElseThrow().mcidTarget(first)).isEqualTo(OptionalDouble.empty());
    }

    @ParameterizedTest
    @CsvSource({"nprs, 10", "odi, 100", "rmdq, 24", "start-back, 9", "psfs, 10"})
    void theScaleRunsFromZeroToItsTop(String id, double top) {
        assertThat(Instrument.byId(id).orElseThrow().scaleMax()).isEqualTo(top);
    }

    /** The chart's line and the MCID a change is judged by agree: the target reaches it, a bit short of it does not. */
    @ParameterizedTest
    @CsvSource({"nprs, 7", "nprs, 3", "odi, 40", "rmdq, 14", "psfs, 3"})
    void aScoreAtTheTargetReachesTheMcidAndOneShortOfItDoesNot(String id, double first) {
        var instrument = Instrument.byId(id).orElseThrow();
        var target = instrument.mcidTarget(first).orElseThrow();
        var shortOfIt = instrument.lowerIsBetter() ? target + 0.01 : target - 0.01;
        var mcid = instrument.questionnaire().mcid().orElseThrow();
        var improvement = Math.abs(target - first);
        assertThat(mcid.reachedBy(improvement, first)).isTrue();
        assertThat(mcid.reachedBy(Math.abs(shortOfIt - first), first)).isFalse();
    }
}
