package org.backcare.measures;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Keele STarT Back Screening Tool: items 1-8 agree (1) or disagree (0); item 9, bothersomeness, counts 1 for "very
 * much" or "extremely". Total 0-9; items 5-9 are the psychosocial subscale (0-5). Risk: total 0-3 low; subscale 4-5
 * high; otherwise medium.
 */
final class StartBackScreeningTool implements Questionnaire {
    static final int QUESTIONS = 9;
    private static final List<String> BOTHERSOME = List.of("not at all", "slightly", "moderately", "very much",
            "extremely");
    private static final String AGREEMENT = "agree or 1, disagree or 0";

    @Override
    public Instrument instrument() {
        return Instrument.START_BACK;
    }

    @Override
    public List<Item> items() {
        var agreement = List.of(new Item.Choice("1", "agree"), new Item.Choice("0", "disagree"));
        var bothersome = IntStream.range(0, BOTHERSOME.size())
                .mapToObj(n -> new Item.Choice(Integer.toString(n + 1), BOTHERSOME.get(n))).toList();
        // The questions are Keele University's copyright: the clinic supplies them (QuestionnaireWording).
        return IntStream.rangeClosed(1, QUESTIONS).mapToObj(n -> n <= 8
                ? new Item(n, "Question " + n, AGREEMENT, agreement)
                : new Item(n, "Question " + n, "1-5: " + String.join(", ", BOTHERSOME), bothersome)).toList();
    }

    @Override
    public Score score(List<String> answers) {
        var sheet = new AnswerSheet(answers);
        int checked = sheet.expect(QUESTIONS, QUESTIONS, "STarT Back has 9 questions, one answer each");
        int total = 0;
        int psychosocial = 0;
        for (int i = 0; i < checked; i++) {
            Integer point = i < 8 ? agreement(sheet, i) : bothersomeness(sheet, i);
            total += point == null ? 0 : point;
            psychosocial += point == null || i < 4 ? 0 : point;
        }
        sheet.throwIfProblems();
        return new Score(instrument(), total, risk(total, psychosocial), psychosocial, 9, List.of());
    }

    static String risk(int total, int psychosocial) {
        if (total <= 3) {
            return "low risk";
        }
        return psychosocial >= 4 ? "high risk" : "medium risk";
    }

    private static Integer agreement(AnswerSheet sheet, int i) {
        return switch (sheet.get(i).toLowerCase(Locale.ROOT)) {
            case "agree", "1" -> 1;
            case "disagree", "0" -> 0;
            default -> {
                sheet.problem(i, "STarT Back question " + (i + 1) + " is " + AGREEMENT + " (got "
                        + AnswerSheet.shown(sheet.get(i)) + ")");
                yield null;
            }
        };
    }

    private static Integer bothersomeness(AnswerSheet sheet, int i) {
        String answer = sheet.get(i).toLowerCase(Locale.ROOT).replace('-', ' ');
        int choice = answer.matches("[1-5]") ? Integer.parseInt(answer) - 1 : BOTHERSOME.indexOf(answer);
        if (choice < 0) {
            sheet.problem(i, "STarT Back question 9 is 1-5 or one of: " + String.join(", ", BOTHERSOME) + " (got "
                    + AnswerSheet.shown(sheet.get(i)) + ")");
            return null;
        }
        return choice >= BOTHERSOME.indexOf("very much") ? 1 : 0;
    }

    @Override
    public Optional<Mcid> mcid() {
        return Optional.empty();
    }

    @Override
    public String source() {
        return "Hill JC, Dunn KM, Lewis M, Mullis R, Main CJ, Foster NE, Hay EM. A primary care back pain screening tool:"
                + " identifying patient subgroups for initial treatment. Arthritis Rheum 2008;59(5):632-641. Keele STarT"
                + " Back Screening Tool, Copyright (©2021) University of Keele; the STarT Back research was part-funded"
                + " by Arthritis Research UK (now Versus Arthritis). No licence is required for non-commercial use.";
    }
}
