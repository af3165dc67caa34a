package org.backcare.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.measures.Scoring.change;
import static org.backcare.measures.Scoring.problem;
import static org.backcare.measures.Scoring.problems;
import static org.backcare.measures.Scoring.score;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Keele STarT Back Screening Tool (Hill et al., Arthritis Rheum 2008; Keele University). Items 1-8 agree = 1;
 * item 9 scores 1 for "very much" or "extremely". Total 0-9; psychosocial subscale = items 5-9. "Patients scoring
 * 0-3 were classified as low risk, and those scoring 4 or 5 on a psychosocial subscale were classified as high
 * risk. The remainder were classified as medium risk." (Hill 2008, abstract.)
 */
class StartBackScreeningToolTest {

    @Test
    void theQuestionsAreNumberedOnlyForTheirWordsAreTheClinicsToSupply() {
        assertThat(Instrument.START_BACK.questionnaire().items()).extracting(Item::text).containsExactly(
                "Question 1", "Question 2", "Question 3", "Question 4", "Question 5", "Question 6", "Question 7",
                "Question 8", "Question 9");
        assertThat(Instrument.START_BACK.questionnaire().items().get(8).scale())
                .isEqualTo("1-5: not at all, slightly, moderately, very much, extremely");
    }

    @ParameterizedTest(name = "{0}: total {1}, psychosocial {2}, {3}")
    @CsvSource(delimiter = '|', value = {
            "0,0,0,0,0,0,0,0,1 | 0 | 0 | low risk",
            "1,1,1,0,0,0,0,0,1 | 3 | 0 | low risk",
            "0,0,0,0,1,1,1,0,3 | 3 | 3 | low risk",
            "1,1,1,1,0,0,0,0,1 | 4 | 0 | medium risk",
            "1,0,0,0,1,1,1,0,2 | 4 | 3 | medium risk",
            "1,1,1,1,1,1,1,0,3 | 7 | 3 | medium risk",
            "0,0,0,0,1,1,1,1,1 | 4 | 4 | high risk",
            "0,0,0,0,1,1,1,0,4 | 4 | 4 | high risk",
            "1,1,1,1,1,1,1,1,5 | 9 | 5 | high risk"})
    void theRiskGroupsFromBothSidesOfEveryCutOff(String answers, int total, int psychosocial, String risk) {
        var score = score("start-back " + answers);
        assertThat(score.value()).isEqualTo(total);
        assertThat(score.psychosocial()).isEqualTo(psychosocial);
        assertThat(score.band()).isEqualTo(risk);
        assertThat(score.unit()).isEqualTo("/9");
        assertThat(score.answered()).isEqualTo(9);
    }

    @ParameterizedTest(name = "bothersomeness ''{0}'' scores {1}")
    @CsvSource({"not at all, 0", "slightly, 0", "moderately, 0", "very much, 1", "extremely, 1", "Very-Much, 1",
            "1, 0", "3, 0", "4, 1", "5, 1"})
    void onlyVeryMuchOrExtremelyBothersomeScores(String bothersome, int point) {
        var score = score("start-back 0,0,0,0,0,0,0,0," + bothersome);
        assertThat(score.value()).isEqualTo(point);
        assertThat(score.psychosocial()).isEqualTo(point);
    }

    @Test
    void agreementIsAWordOrANumber() {
        var score = score("start-back agree,Disagree,AGREE,disagree,agree,0,1,disagree,not at all");
        assertThat(score.value()).isEqualTo(4);
        assertThat(score.psychosocial()).isEqualTo(2);
    }

    @Test
    void everyProblemIsListed() {
        assertThat(problems("start-back 1,maybe,0,0,-,0,0,2")).containsExactly(
                problem("answers", "STarT Back has 9 questions, one answer each (got 8)"),
                problem("answers[1]", "STarT Back question 2 is agree or 1, disagree or 0 (got 'maybe')"),
                problem("answers[4]", "STarT Back question 5 is agree or 1, disagree or 0 (got '-')"),
                problem("answers[7]", "STarT Back question 8 is agree or 1, disagree or 0 (got 2)"));
        assertThat(problems("start-back 0,0,0,0,0,0,0,0,6")).containsExactly(problem("answers[8]",
                "STarT Back question 9 is 1-5 or one of: not at all, slightly, moderately, very much, extremely (got 6)"));
    }

    @Test
    void aLowerScoreIsBetterButNoMcidIsPublished() {
        // Keele offers a separate clinical measurement tool to monitor change; the screening tool has no MCID.
        var change = change("start-back 1,1,1,1,1,1,1,1,5", "start-back 0,0,0,0,0,0,0,0,1");
        assertThat(change.difference()).isEqualTo(-9.0);
        assertThat(change.improved()).isTrue();
        assertThat(change.reachesMcid()).isFalse();
        assertThat(Instrument.START_BACK.questionnaire().mcid()).isEmpty();
    }

    @Test
    void keepsKeelesCopyrightAndFundingStatement() {
        assertThat(Instrument.START_BACK.questionnaire().source()).contains(
                "Hill JC", "Arthritis Rheum 2008;59(5):632-641", "Copyright (©2021) University of Keele",
                "Arthritis Research UK (now Versus Arthritis)");
    }
}
