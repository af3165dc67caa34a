package org.backcare.measures;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * RMDQ: 24 statements the client ticks if they describe them today; the score is the number ticked. A statement
 * left blank or "not applicable" scores no, so an item cannot be skipped: it is written 0 or n.
 */
final class RolandMorrisDisabilityQuestionnaire implements Questionnaire {
    static final int STATEMENTS = 24;

    @Override
    public Instrument instrument() {
        return Instrument.RMDQ;
    }

    @Override
    public List<Item> items() {
        // The statements are the authors' copyright: the clinic supplies them (QuestionnaireWording).
        return IntStream.rangeClosed(1, STATEMENTS)
                .mapToObj(n -> new Item(n, "Statement " + n, "1 or y (describes you today), 0 or n",
                        List.of(new Item.Choice("1", "yes, this describes me today"), new Item.Choice("0", "no"))))
                .toList();
    }

    @Override
    public Score score(List<String> answers) {
        var sheet = new AnswerSheet(answers);
        int checked = sheet.expect(STATEMENTS, STATEMENTS, "RMDQ has 24 statements, one answer each");
        int ticked = 0;
        for (int i = 0; i < checked; i++) {
            switch (sheet.get(i).toLowerCase(Locale.ROOT)) {
                case "1", "y" -> ticked++;
                case "0", "n" -> { }
                default -> sheet.problem(i, "RMDQ statement " + (i + 1) + " is 1 or y (describes you today), 0 or n"
                        + " (got " + AnswerSheet.shown(sheet.get(i)) + ")");
            }
        }
        sheet.throwIfProblems();
        return Score.of(instrument(), ticked, null, STATEMENTS);
    }

    @Override
    public Optional<Mcid> mcid() {
        return Optional.of(new Mcid(5, 30, "Ostelo RWJG, Deyo RA, Stratford P, Waddell G, Croft P, Von Korff M,"
                + " Bouter LM, de Vet HC. Interpreting change scores for pain and functional status in low back pain:"
                + " towards international consensus regarding minimal important change. Spine 2008;33(1):90-94"
                + " (5 points, or 30% of the baseline score)."));
    }

    @Override
    public String source() {
        return "Roland MO, Morris RW. A study of the natural history of back pain. Part 1: Development of a reliable and"
                + " sensitive measure of disability in low back pain. Spine 1983;8(2):141-144; scored as in the"
                + " English original form; Roland M, Fairbank J. The Roland-Morris Disability Questionnaire and the"
                + " Oswestry Disability Questionnaire. Spine 2000;25:3115-3124.";
    }
}
