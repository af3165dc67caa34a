package org.backcare.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.backcare.files.ClinicWordingFiles.item;
import static org.backcare.files.ClinicWordingFiles.items;
import static org.backcare.files.ClinicWordingFiles.licensedInstruments;
import static org.backcare.files.ClinicWordingFiles.write;

import java.nio.file.Path;
import java.util.List;
import org.backcare.intake.Problem;
import org.backcare.measures.Instrument;
import org.backcare.measures.Item;
import org.backcare.measures.QuestionnaireWording;
import org.junit.jupiter.api.Test;

/**
 * The questionnaire wording a clinic supplies ({@code serve --questionnaire-texts FILE}), checked when the server
 * starts: each problem names the instrument and item, and a file with any problem is not used at all.
 */
class QuestionnaireWordingFileTest {

    @Test
    void aGoodFileWordsEachItemAndTheOdisAnswersInTheClinicsWords() {
        var read = QuestionnaireTextsFile.read(write(licensedInstruments()));

        assertThat(read.problems()).isEmpty();
        var wording = read.wording();
        var odi = wording.items(Instrument.ODI);
        assertThat(odi).extracting(Item::text).startsWith("ODI 1 question", "ODI 2 question").hasSize(10);
        assertThat(odi.get(2).choices()).extracting(Item.Choice::answer, Item.Choice::label).containsExactly(
                tuple("0", "ODI 3 answer 0"),
                tuple("1", "ODI 3 answer 1"),
                tuple("2", "ODI 3 answer 2"),
                tuple("3", "ODI 3 answer 3"),
                tuple("4", "ODI 3 answer 4"),
                tuple("5", "ODI 3 answer 5"),
                tuple("-", "skipped"));
        assertThat(wording.items(Instrument.RMDQ).get(23).text()).isEqualTo("RMDQ 24 question");
        assertThat(wording.items(Instrument.RMDQ).get(23).choices()).extracting(Item.Choice::answer)
                .containsExactly("1", "0");
        assertThat(wording.items(Instrument.START_BACK).get(8).text()).isEqualTo("START-BACK 9 question");
        assertThat(wording.instructions(Instrument.ODI)).hasValue("The clinic's ODI instructions");
        assertThat(wording.instructions(Instrument.START_BACK)).isEmpty();
        assertThat(wording.notice(Instrument.ODI)).hasValue("ODI notice from the clinic's licence");
        assertThat(Instrument.values()).allMatch(wording::worded);
    }

    @Test
    void withoutAFileOnlyTheFreelyReproducedWordingShows() {
        var wording = QuestionnaireWording.bundled();

        assertThat(wording.worded(Instrument.NPRS)).isTrue();
        assertThat(wording.worded(Instrument.PSFS)).isTrue();
        assertThat(List.of(Instrument.ODI, Instrument.RMDQ, Instrument.START_BACK)).noneMatch(wording::worded);
        assertThat(wording.instructions(Instrument.PSFS).orElseThrow()).contains("up to five activities");
        assertThat(wording.items(Instrument.RMDQ)).isEqualTo(Instrument.RMDQ.questionnaire().items());
    }

    @Test
    void anUnknownQuestionnaireIsNamedWithTheOnesThereAre() {
        assertThat(problems("oswestry:\n" + items("odi", 10, true))).containsExactly(new Problem("oswestry",
                "is not a questionnaire; the questionnaires are: nprs, odi, rmdq, start-back, psfs"));
    }

    @Test
    void anItemTheQuestionnaireDoesNotHaveIsNamed() {
        assertThat(problems("start-back:\n" + items("start-back", 9, false) + item("start-back", 10, 0)))
                .containsExactly(new Problem("start-back item 10", "there is no such item: the STarT Back has items"
                        + " 1 to 9"));
    }

    @Test
    void everyMissingItemIsNamed() {
        var rmdq = items("rmdq", 24, false);
        var withoutTwoAndSeven = rmdq.replace(item("rmdq", 2, 0), "").replace(item("rmdq", 7, 0), "");

        assertThat(problems("rmdq:\n" + withoutTwoAndSeven)).containsExactly(
                new Problem("rmdq item 2", "missing: give the wording of every item (the RMDQ has items 1 to 24)"),
                new Problem("rmdq item 7", "missing: give the wording of every item (the RMDQ has items 1 to 24)"));
        assertThat(problems("rmdq:\n  instructions: only this\n")).contains(
                new Problem("rmdq: items", "required: the wording of each item"));
    }

    @Test
    void anOdiSectionNeedsSixAnswerStatementsAndTheOthersTakeNone() {
        var odi = items("odi", 10, true).replace(item("odi", 4, 6), item("odi", 4, 5));
        var rmdq = items("rmdq", 24, false).replace(item("rmdq", 3, 0), item("rmdq", 3, 2));

        assertThat(problems("odi:\n" + odi + "rmdq:\n" + rmdq)).containsExactly(
                new Problem("odi item 4", "has 5 answer statements; each ODI section has 6, the first scoring 0 and"
                        + " the last 5"),
                new Problem("rmdq item 3", "takes no answer statements: the RMDQ is answered on its scale (1 or y"
                        + " (describes you today), 0 or n)"));
    }

    @Test
    void aBlankQuestionAnUnknownFieldAndAnUnnumberedItemAreNamed() {
        var odi = items("odi", 10, true).replace("question: ODI 5 question", "question: \"  \"")
                .replace("    6:\n      question:", "    6:\n      wording: x\n      question:");
        var psfs = "psfs:\n  items:\n    first:\n      question: x\n";

        assertThat(problems("odi:\n" + odi + psfs)).containsExactlyInAnyOrder(
                new Problem("odi item 5", "the question (or statement) is missing"),
                new Problem("odi item 6: wording", "unknown field 'wording'; allowed: question, answers"),
                new Problem("psfs item first", "items are numbered: 1, 2, ..."),
                new Problem("psfs item 1", "missing: give the wording of every item (the PSFS has items 1 to 5)"),
                new Problem("psfs item 2", "missing: give the wording of every item (the PSFS has items 1 to 5)"),
                new Problem("psfs item 3", "missing: give the wording of every item (the PSFS has items 1 to 5)"),
                new Problem("psfs item 4", "missing: give the wording of every item (the PSFS has items 1 to 5)"),
                new Problem("psfs item 5", "missing: give the wording of every item (the PSFS has items 1 to 5)"));
    }

    @Test
    void aFileThatIsNotYamlEmptyOrMissingSaysSo() {
        var notYaml = write("odi: [unclosed\n");
        assertThat(QuestionnaireTextsFile.read(notYaml).problems()).singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo(notYaml.toString()))
                .satisfies(p -> assertThat(p.message()).startsWith("is not YAML: "));
        var empty = write("");
        assertThat(QuestionnaireTextsFile.read(empty).problems()).containsExactly(new Problem(empty.toString(),
                "must map questionnaire ids (nprs, odi, rmdq, start-back, psfs) to their wording"));
        var missing = Path.of("no-such-folder", "texts.yaml");
        assertThat(QuestionnaireTextsFile.read(missing).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("cannot be read: "));
    }

    @Test
    void aFileWithAProblemIsNotUsedAtAll() {
        var read = QuestionnaireTextsFile.read(write(licensedInstruments() + "nprs: 3\n"));

        assertThat(read.problems()).containsExactly(new Problem("nprs", "must be a map with instructions, notice,"
                + " items"));
        assertThat(read.wording().worded(Instrument.ODI)).isFalse();
    }

    private static List<Problem> problems(String yaml) {
        return QuestionnaireTextsFile.read(write(yaml)).problems();
    }
}
