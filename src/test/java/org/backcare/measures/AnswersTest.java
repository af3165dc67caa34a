package org.backcare.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.backcare.measures.Scoring.problem;
import static org.backcare.measures.Scoring.problems;
import static org.backcare.measures.Scoring.score;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The command-line answer string: an instrument id, a space, then the answers separated by commas. */
class AnswersTest {

    @Test
    void readsTheInstrumentAndTheAnswers() {
        assertThat(Answers.parse("odi 1,2,2,1,0,1,2,-,1,1"))
                .isEqualTo(new Answers(Instrument.ODI, List.of("1", "2", "2", "1", "0", "1", "2", "-", "1", "1")));
        assertThat(Answers.parse("  psfs putting on socks=4, lifting groceries=3 ").answers())
                .containsExactly("putting on socks=4", " lifting groceries=3");
        assertThat(score("nprs  6 ").value()).isEqualTo(6);
    }

    @Test
    void anUnknownInstrumentNamesTheKnownOnes() {
        assertThat(problems("oswestry 1,2")).containsExactly(problem("instrument",
                "unknown instrument 'oswestry'; the instruments are: nprs, odi, rmdq, start-back, psfs"));
        assertThat(problems(" ")).containsExactly(
                problem("instrument", "no instrument; the instruments are: nprs, odi, rmdq, start-back, psfs"));
    }

    @Test
    void anInstrumentWithoutAnswers() {
        assertThat(problems("odi")).containsExactly(problem("answers", "no answers after 'odi'"));
    }

    @ParameterizedTest
    @EnumSource(Instrument.class)
    void everyInstrumentHasItsQuestionnaire(Instrument instrument) {
        var questionnaire = instrument.questionnaire();
        assertThat(questionnaire.instrument()).isEqualTo(instrument);
        assertThat(questionnaire.items()).isNotEmpty();
        assertThat(questionnaire.source()).isNotBlank();
        assertThat(Instrument.byId(instrument.id())).contains(instrument);
    }

    @ParameterizedTest
    @EnumSource(Instrument.class)
    void everyChoiceAFormOffersIsScored(Instrument instrument) {
        var questionnaire = instrument.questionnaire();
        var items = questionnaire.items();
        for (var item : items) {
            assertThat(item.choices()).as("item %d", item.number()).hasSizeGreaterThanOrEqualTo(2);
            for (var choice : item.choices()) {
                var answers = instrument == Instrument.PSFS ? List.of("lifting=" + choice.answer())
                        : items.stream().map(other -> other == item ? choice.answer() : other.choices().get(0).answer())
                                .toList();
                assertThat(questionnaire.score(answers).instrument()).as("item %d, %s", item.number(), choice)
                        .isEqualTo(instrument);
            }
        }
    }

    @Test
    void scoresOnDifferentInstrumentsCannotBeCompared() {
        assertThatIllegalArgumentException().isThrownBy(() -> Change.between(score("nprs 6"), score("psfs socks=4")))
                .withMessage("cannot compare nprs with psfs");
    }
}
