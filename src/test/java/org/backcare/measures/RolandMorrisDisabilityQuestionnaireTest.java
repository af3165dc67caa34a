package org.backcare.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.measures.Scoring.change;
import static org.backcare.measures.Scoring.problem;
import static org.backcare.measures.Scoring.problems;
import static org.backcare.measures.Scoring.score;

import java.util.ArrayList;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/**
 * Roland-Morris Disability Questionnaire (Roland and Morris, Spine 1983): 24 statements; the score is the number
 * the client ticks as describing them today, 0-24. MCID 5 points or 30% (Ostelo et al., Spine 2008).
 */
class RolandMorrisDisabilityQuestionnaireTest {

    @Test
    void theScoreIsTheNumberOfStatementsTicked() {
        var score = score("rmdq y,n,1,0,Y,N,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1");
        assertThat(score.value()).isEqualTo(6);
        assertThat(score.unit()).isEqualTo("/24");
        assertThat(score.answered()).isEqualTo(24);
    }

    @Test
    void fromNoneToAllTwentyFour() {
        assertThat(score("rmdq " + ticked(0)).value()).isZero();
        assertThat(score("rmdq " + ticked(24)).value()).isEqualTo(24);
    }

    @Test
    void aStatementIsNeverSkippedBecauseABlankScoresNo() {
        assertThat(problems("rmdq -," + String.join(",", Collections.nCopies(23, "0")))).containsExactly(
                problem("answers[0]", "RMDQ statement 1 is 1 or y (describes you today), 0 or n (got '-')"));
    }

    @Test
    void everyProblemIsListed() {
        assertThat(problems("rmdq maybe,1,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,yes")).containsExactly(
                problem("answers", "RMDQ has 24 statements, one answer each (got 23)"),
                problem("answers[0]", "RMDQ statement 1 is 1 or y (describes you today), 0 or n (got 'maybe')"),
                problem("answers[2]", "RMDQ statement 3 is 1 or y (describes you today), 0 or n (got 2)"),
                problem("answers[22]", "RMDQ statement 23 is 1 or y (describes you today), 0 or n (got 'yes')"));
    }

    @Test
    void theStatementsAreNumberedOnlyForTheirWordsAreTheClinicsToSupply() {
        var items = Instrument.RMDQ.questionnaire().items();
        assertThat(items).hasSize(24);
        assertThat(items.get(0).text()).isEqualTo("Statement 1");
        assertThat(items.get(23).text()).isEqualTo("Statement 24");
        assertThat(items.get(23).choices()).extracting(Item.Choice::answer).containsExactly("1", "0");
    }

    @Test
    void twelveToTwoIsAnEightyThreePercentImprovement() {
        // The worked example on the RMDQ page of yhocphuchoi.com (rehab scales, citing Roland and Fairbank 2000):
        // 12 at the start, 2 at the end, "10 points of improvement ... an 83% (10/12 x 100) improvement".
        var change = change("rmdq " + ticked(12), "rmdq " + ticked(2));
        assertThat(change.difference()).isEqualTo(-10.0);
        assertThat(change.improved()).isTrue();
        assertThat(change.reachesMcid()).isTrue();
    }

    @Test
    void fivePointsLessReachesTheMcidAndFourFromSixteenDoesNot() {
        assertThat(change("rmdq " + ticked(16), "rmdq " + ticked(11)).reachesMcid()).as("5 points").isTrue();
        assertThat(change("rmdq " + ticked(16), "rmdq " + ticked(12)).reachesMcid()).as("4 points, 25%").isFalse();
    }

    @Test
    void thirtyPercentOfTheBaselineReachesTheMcid() {
        assertThat(change("rmdq " + ticked(10), "rmdq " + ticked(7)).reachesMcid()).as("3 points, 30%").isTrue();
        assertThat(change("rmdq " + ticked(10), "rmdq " + ticked(8)).reachesMcid()).as("2 points, 20%").isFalse();
    }

    @Test
    void moreStatementsTickedIsNotImproved() {
        var change = change("rmdq " + ticked(4), "rmdq " + ticked(12));
        assertThat(change.improved()).isFalse();
        assertThat(change.reachesMcid()).isFalse();
    }

    @Test
    void citesItsSources() {
        var rmdq = Instrument.RMDQ.questionnaire();
        assertThat(rmdq.source()).contains("Roland MO, Morris RW", "Spine 1983;8(2):141-144");
        assertThat(rmdq.mcid()).hasValueSatisfying(mcid -> {
            assertThat(mcid.points()).isEqualTo(5);
            assertThat(mcid.percent()).isEqualTo(30);
            assertThat(mcid.source()).contains("Ostelo");
        });
    }

    private static String ticked(int yes) {
        var answers = new ArrayList<>(Collections.nCopies(24, "n"));
        Collections.fill(answers.subList(0, yes), "y");
        return String.join(",", answers);
    }
}
