package org.backcare.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;
import static org.backcare.measures.Scoring.change;
import static org.backcare.measures.Scoring.problem;
import static org.backcare.measures.Scoring.problems;
import static org.backcare.measures.Scoring.score;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Patient-Specific Functional Scale (Stratford et al., Physiotherapy Canada 1995): up to five activities the client
 * names, each rated 0 (unable to perform) to 10 (able as before the injury or problem). The form: "Total score = sum
 * of the activity scores/number of activities"; 2 points on the average score. Higher is better.
 */
class PatientSpecificFunctionalScaleTest {

    @Test
    void theScoreIsTheMeanOfTheActivityRatings() {
        var score = score("psfs putting on socks=4,lifting groceries=3");
        assertThat(score.value()).isEqualTo(3.5);
        assertThat(score.unit()).isEqualTo("/10");
        assertThat(score.answered()).isEqualTo(2);
        assertThat(score.activities()).containsExactly(new ActivityRating("putting on socks", 4),
                new ActivityRating("lifting groceries", 3));
    }

    @Test
    void oneToFiveActivitiesFromUnableToAsBefore() {
        assertThat(score("psfs gardening=0").value()).isZero();
        assertThat(score("psfs a=10,b=10,c=9,d=0,e=1").value()).isEqualTo(6.0);
        assertThat(score("psfs sitting=2,walking=3,driving=3").value()).isCloseTo(2.667, within(0.001));
    }

    @Test
    void everyProblemIsListed() {
        assertThat(problems("psfs lifting,=4,socks=11,socks=x,walking=-,a=1")).containsExactly(
                problem("answers", "PSFS rates 1 to 5 activities (got 6)"),
                problem("answers[0]", "PSFS activity 1 is written name=rating, such as 'putting on socks=4' (got 'lifting')"),
                problem("answers[1]", "PSFS activity 2 is written name=rating, such as 'putting on socks=4' (got '=4')"),
                problem("answers[2]", "PSFS activity 'socks' is rated 0-10 (got 11)"),
                problem("answers[3]", "PSFS activity 'socks' is named twice"),
                problem("answers[3]", "PSFS activity 'socks' is rated 0-10 (got 'x')"),
                problem("answers[4]", "PSFS activity 'walking' is rated 0-10 (got '-')"));
    }

    @Test
    void twoPointsOnTheAverageReachesTheMcid() {
        var change = change("psfs socks=4,groceries=3", "psfs socks=6,groceries=5");
        assertThat(change.difference()).isEqualTo(2.0);
        assertThat(change.improved()).isTrue();
        assertThat(change.reachesMcid()).isTrue();
    }

    @Test
    void lessThanTwoPointsDoesNotEvenWhenLarge() {
        var change = change("psfs socks=1,groceries=2", "psfs socks=2,groceries=3");
        assertThat(change.improved()).isTrue();
        assertThat(change.reachesMcid()).as("1 point is 67% of 1.5, but the PSFS has no percentage rule").isFalse();
    }

    @Test
    void lowerRatingsAreWorse() {
        var change = change("psfs socks=6", "psfs socks=3");
        assertThat(change.difference()).isEqualTo(-3.0);
        assertThat(change.improved()).isFalse();
        assertThat(change.reachesMcid()).isFalse();
    }

    @Test
    void aFollowUpRatesTheSameActivitiesInAnyOrder() {
        var change = change("psfs Putting on socks=4,lifting groceries=3", "psfs lifting groceries=6,putting on socks=5");
        assertThat(change.difference()).isEqualTo(2.0);
    }

    @Test
    void aFollowUpWithOtherActivitiesIsComparedOnTheActivitiesRatedBothTimes() {
        var change = change("psfs socks=4,groceries=3", "psfs Socks=7,gardening=5");
        assertThat(change.before().value()).isEqualTo(4.0);
        assertThat(change.after().value()).isEqualTo(7.0);
        assertThat(change.difference()).isEqualTo(3.0);
        assertThat(change.reachesMcid()).isTrue();
    }

    @Test
    void followUpsSharingNoActivityCannotBeCompared() {
        var problems = catchThrowableOfType(InvalidAnswersException.class,
                () -> change("psfs socks=4,groceries=3", "psfs gardening=5")).problems();
        assertThat(problems).containsExactly(problem("activities",
                "no activity was rated both times (before: groceries, socks; after: gardening)"));
    }

    @Test
    void eachActivityIsItsOwnLineFromItsFirstRatingToItsLatest() {
        var scores = Stream.of("psfs socks=2,groceries=3", "psfs socks=4,gardening=5",
                "psfs gardening=6,socks=6").map(line -> Answers.parse(line).score()).toList();
        assertThat(Change.activities(scores)).containsExactly(new Change.ActivityChange("socks", 2, 6),
                new Change.ActivityChange("groceries", 3, 3), new Change.ActivityChange("gardening", 5, 6));
        assertThat(Change.activities(scores)).extracting(Change.ActivityChange::reachesMcid)
                .containsExactly(true, false, false);
    }

    @Test
    void citesItsSources() {
        var psfs = Instrument.PSFS.questionnaire();
        assertThat(psfs.items()).hasSize(5);
        assertThat(psfs.source()).contains("Stratford P", "Physiotherapy Canada 1995;47:258-263");
        assertThat(psfs.mcid()).hasValueSatisfying(mcid -> {
            assertThat(mcid.points()).isEqualTo(2);
            assertThat(mcid.percent()).isNull();
            assertThat(mcid.source()).contains("Horn KK", "2012;42(1):30-42");
        });
    }
}
