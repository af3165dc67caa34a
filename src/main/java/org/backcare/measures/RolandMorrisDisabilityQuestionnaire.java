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
    private static final List<String> STATEMENTS = List.of(
            "I stay at home most of the time because of my back.",
            "I change position frequently to try and get my back comfortable.",
            "I walk more slowly than usual because of my back.",
            "Because of my back I am not doing any of the jobs that I usually do around the house.",
            "Because of my back, I use a handrail to get upstairs.",
            "Because of my back, I lie down to rest more often.",
            "Because of my back, I have to hold on to something to get out of an easy chair.",
            "Because of my back, I try to get other people to do things for me.",
            "I get dressed more slowly than usual because of my back.",
            "I only stand for short periods of time because of my back.",
            "Because of my back, I try not to bend or kneel down.",
            "I find it difficult to get out of a chair because of my back.",
            "My back is painful almost all the time.",
            "I find it difficult to turn over in bed because of my back.",
            "My appetite is not very good because of my back pain.",
            "I have trouble putting on my socks (or stockings) because of the pain in my back.",
            "I only walk short distances because of my back.",
            "I sleep less well because of my back.",
            "Because of my back pain, I get dressed with help from someone else.",
            "I sit down for most of the day because of my back.",
            "I avoid heavy jobs around the house because of my back.",
            "Because of my back pain, I am more irritable and bad tempered with people than usual.",
            "Because of my back, I go upstairs more slowly than usual.",
            "I stay in bed most of the time because of my back.");

    @Override
    public Instrument instrument() {
        return Instrument.RMDQ;
    }

    @Override
    public List<Item> items() {
        return IntStream.range(0, STATEMENTS.size())
                .mapToObj(i -> new Item(i + 1, STATEMENTS.get(i), "1 or y (describes you today), 0 or n",
                        List.of(new Item.Choice("1", "yes, this describes me today"), new Item.Choice("0", "no"))))
                .toList();
    }

    @Override
    public Score score(List<String> answers) {
        var sheet = new AnswerSheet(answers);
        int checked = sheet.expect(STATEMENTS.size(), STATEMENTS.size(), "RMDQ has 24 statements, one answer each");
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
        return Score.of(instrument(), ticked, null, STATEMENTS.size());
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
                + " sensitive measure of disability in low back pain. Spine 1983;8(2):141-144; statements as in the"
                + " English original form; Roland M, Fairbank J. The Roland-Morris Disability Questionnaire and the"
                + " Oswestry Disability Questionnaire. Spine 2000;25:3115-3124.";
    }
}
