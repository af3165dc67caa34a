package org.backcare.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.backcare.measures.Scoring.change;
import static org.backcare.measures.Scoring.problem;
import static org.backcare.measures.Scoring.problems;
import static org.backcare.measures.Scoring.score;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Oswestry Disability Index v2.1a (Fairbank and Pynsent, Spine 2000). Ten sections scored 0-5; the index is the
 * sum over 5 x sections answered, as a percentage; MCID 10 points or 30% (Ostelo et al., Spine 2008).
 */
class OswestryDisabilityIndexTest {

    @Test
    void theFormsWorkedExampleWithAllTenSectionsIs32Percent() {
        // Scoring instructions on the ODI form: "16 (total scored) / 50 (total possible score) x 100 = 32%".
        var score = score("odi 2,2,2,2,2,2,1,1,1,1");
        assertThat(score.value()).isEqualTo(32.0);
        assertThat(score.unit()).isEqualTo("%");
        assertThat(score.band()).isEqualTo("moderate disability");
        assertThat(score.answered()).isEqualTo(10);
    }

    @Test
    void theFormsWorkedExampleWithOneSectionMissedDividesBy45() {
        // "If one section is missed or not applicable ... 16 (total scored) / 45 (total possible score) x 100 = 35.5%":
        // 16/45 is 35.56%; the form cuts it to 35.5. The score stays unrounded.
        var score = score("odi 2,2,2,2,2,2,1,-,1,2");
        assertThat(score.value()).isCloseTo(35.556, within(0.001));
        assertThat(score.answered()).isEqualTo(9);
        assertThat(score.band()).isEqualTo("moderate disability");
    }

    @Test
    void anySectionMayBeSkipped() {
        assertThat(score("odi -,5,5,5,5,5,5,5,5,5").value()).isEqualTo(100.0);
        assertThat(score("odi 0,0,0,0,0,0,0,0,0,-").value()).isEqualTo(0.0);
    }

    @Test
    void twoSkippedSectionsAreNotScored() {
        assertThat(problems("odi 1,1,-,1,1,1,1,-,1,1")).containsExactly(
                problem("answers", "ODI is scored with at most one section skipped (skipped: sections 3, 8)"));
    }

    @ParameterizedTest(name = "a sum of {0} over 10 sections is {1}%: {2}")
    @CsvSource({"0, 0, minimal disability", "10, 20, minimal disability", "11, 22, moderate disability",
            "20, 40, moderate disability", "21, 42, severe disability", "30, 60, severe disability",
            "31, 62, crippled", "40, 80, crippled", "41, 82, bed-bound or exaggerating their symptoms",
            "50, 100, bed-bound or exaggerating their symptoms"})
    void everySeverityBandFromBothEnds(int sum, double index, String band) {
        var score = score("odi " + sectionsSumming(sum, 10));
        assertThat(score.value()).isEqualTo(index);
        assertThat(score.band()).isEqualTo(band);
    }

    @Test
    void bandsHoldWithASkippedSection() {
        assertThat(score("odi 1,1,1,1,1,1,1,1,1,-").band()).as("9/45 = 20%").isEqualTo("minimal disability");
        assertThat(score("odi 2,1,1,1,1,1,1,1,1,-").band()).as("10/45 = 22.2%").isEqualTo("moderate disability");
    }

    @Test
    void everyProblemIsListed() {
        assertThat(problems("odi 1,7,x,-,-,2,9,0,1")).containsExactly(
                problem("answers", "ODI has 10 sections, one answer each (got 9)"),
                problem("answers[1]", "ODI section 2 is scored 0-5, or - if skipped (got 7)"),
                problem("answers[2]", "ODI section 3 is scored 0-5, or - if skipped (got 'x')"),
                problem("answers[6]", "ODI section 7 is scored 0-5, or - if skipped (got 9)"),
                problem("answers", "ODI is scored with at most one section skipped (skipped: sections 4, 5)"));
        assertThat(problems("odi 1,1,1,1,1,1,1,1,1,1,1"))
                .containsExactly(problem("answers", "ODI has 10 sections, one answer each (got 11)"));
        assertThat(problems("odi 1,1,1,1,1,1,1,1,1,")).containsExactly(
                problem("answers[9]", "ODI section 10 is scored 0-5, or - if skipped (got '')"));
        assertThat(problems("odi 1,1,1,1,1,1,1,1,1,-1")).containsExactly(
                problem("answers[9]", "ODI section 10 is scored 0-5, or - if skipped (got -1)"));
    }

    @Test
    void theSectionsAreNamedByTheirTopicAndTheirStatementsAreLeftToTheClinic() {
        var items = Instrument.ODI.questionnaire().items();
        assertThat(items).extracting(Item::text).containsExactly("Pain intensity", "Personal care", "Lifting",
                "Walking", "Sitting", "Standing", "Sleeping", "Sex life", "Social life", "Travelling");
        assertThat(items.get(0).choices()).extracting(Item.Choice::label).containsExactly("0 = the first statement",
                "1", "2", "3", "4", "5 = the last statement", "skipped");
        assertThat(items.get(0).number()).isEqualTo(1);
    }

    @Test
    void tenPointsLessReachesTheMcid() {
        var change = change("odi " + sectionsSumming(20, 10), "odi " + sectionsSumming(15, 10));
        assertThat(change.difference()).isEqualTo(-10.0);
        assertThat(change.improved()).isTrue();
        assertThat(change.reachesMcid()).isTrue();
    }

    @Test
    void eightPointsLessFromFortyIsBelowBothThresholds() {
        var change = change("odi " + sectionsSumming(20, 10), "odi " + sectionsSumming(16, 10));
        assertThat(change.improved()).isTrue();
        assertThat(change.reachesMcid()).as("8 points, 20%").isFalse();
    }

    @Test
    void thirtyPercentOfAModestBaselineReachesTheMcid() {
        assertThat(change("odi " + sectionsSumming(10, 10), "odi " + sectionsSumming(7, 10)).reachesMcid())
                .as("20% -> 14%: 6 points, 30%").isTrue();
        assertThat(change("odi " + sectionsSumming(10, 10), "odi " + sectionsSumming(8, 10)).reachesMcid())
                .as("20% -> 16%: 4 points, 20%").isFalse();
    }

    @Test
    void worseIsNotImproved() {
        var change = change("odi " + sectionsSumming(15, 10), "odi " + sectionsSumming(20, 10));
        assertThat(change.difference()).isEqualTo(10.0);
        assertThat(change.improved()).isFalse();
        assertThat(change.reachesMcid()).isFalse();
    }

    @Test
    void citesItsSources() {
        var odi = Instrument.ODI.questionnaire();
        assertThat(odi.source()).contains("Fairbank JCT, Pynsent PB", "Spine 2000;25(22):2940-2953");
        assertThat(odi.mcid()).hasValueSatisfying(mcid -> {
            assertThat(mcid.points()).isEqualTo(10);
            assertThat(mcid.percent()).isEqualTo(30);
            assertThat(mcid.source()).contains("Ostelo", "Spine 2008;33(1):90-94");
        });
    }

    private static String sectionsSumming(int sum, int sections) {
        return IntStream.range(0, sections).mapToObj(i -> String.valueOf(Math.max(0, Math.min(5, sum - 5 * i))))
                .collect(Collectors.joining(","));
    }
}
