package org.backcare.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.measures.Scoring.change;
import static org.backcare.measures.Scoring.problem;
import static org.backcare.measures.Scoring.problems;
import static org.backcare.measures.Scoring.score;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Numeric Pain Rating Scale: one rating, 0 = no pain to 10 = worst possible pain (Farrar et al., Pain 2001). MCID:
 * a reduction of two points or of 30% (Farrar 2001; Ostelo et al. 2008); 2 points in low back pain (Childs et al.
 * 2005).
 */
class NumericPainRatingScaleTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 6, 10})
    void theRatingIsTheScore(int rating) {
        var score = score("nprs " + rating);
        assertThat(score.value()).isEqualTo(rating);
        assertThat(score.unit()).isEqualTo("/10");
        assertThat(score.band()).as("no band is published").isNull();
        assertThat(score.answered()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"11|11", "-1|-1", "six|'six'", "6.5|'6.5'", "-|'-'"})
    void ratingsOutsideTheScaleAreRefused(String rating, String shown) {
        assertThat(problems("nprs " + rating))
                .containsExactly(problem("answers[0]", "NPRS is rated 0-10 (got " + shown + ")"));
    }

    @Test
    void oneRatingOnly() {
        assertThat(problems("nprs 6,4")).containsExactly(problem("answers", "NPRS is one rating, 0-10 (got 2)"));
    }

    @Test
    void twoPointsLessReachesTheMcid() {
        // Farrar 2001: "a reduction of approximately two points or a reduction of approximately 30%".
        var change = change("nprs 6", "nprs 4");
        assertThat(change.difference()).isEqualTo(-2.0);
        assertThat(change.improved()).isTrue();
        assertThat(change.reachesMcid()).isTrue();
    }

    @Test
    void onePointLessFromSixIsBelowBothThresholds() {
        var change = change("nprs 6", "nprs 5");
        assertThat(change.improved()).isTrue();
        assertThat(change.reachesMcid()).as("1 point, 17%").isFalse();
    }

    @Test
    void thirtyPercentOfALowBaselineReachesTheMcid() {
        assertThat(change("nprs 3", "nprs 2").reachesMcid()).as("1 point, 33%").isTrue();
        assertThat(change("nprs 4", "nprs 3").reachesMcid()).as("1 point, 25%").isFalse();
    }

    @Test
    void morePainIsNotImproved() {
        var change = change("nprs 5", "nprs 7");
        assertThat(change.difference()).isEqualTo(2.0);
        assertThat(change.improved()).isFalse();
        assertThat(change.reachesMcid()).isFalse();
    }

    @Test
    void noChangeIsNotImproved() {
        assertThat(change("nprs 0", "nprs 0").improved()).isFalse();
    }

    @Test
    void citesItsSources() {
        var nprs = Instrument.NPRS.questionnaire();
        assertThat(nprs.items()).singleElement()
                .satisfies(item -> assertThat(item.scale()).contains("0 = no pain, 10 = worst possible pain"));
        assertThat(nprs.mcid()).hasValueSatisfying(mcid -> {
            assertThat(mcid.points()).isEqualTo(2);
            assertThat(mcid.percent()).isEqualTo(30);
            assertThat(mcid.source()).contains("Pain 2001;94(2):149-158", "Spine 2005;30(11):1331-1334");
        });
    }
}
