package org.backcare.measures;

import java.util.Arrays;
import java.util.List;
import org.backcare.intake.Problem;

/**
 * What a client answered on one questionnaire, as written on the command line: the instrument id, a space, then
 * the answers separated by commas ({@code odi 1,2,2,1,0,1,2,-,1,1}, {@code psfs putting on socks=4,lifting=3}).
 */
public record Answers(Instrument instrument, List<String> answers) {
    public Answers {
        answers = List.copyOf(answers);
    }

    /** @throws InvalidAnswersException for an unknown instrument or no answers */
    public static Answers parse(String line) {
        String[] parts = line.strip().split("\\s+", 2);
        var instrument = Instrument.byId(parts[0]);
        if (instrument.isEmpty()) {
            throw invalid("instrument", (parts[0].isEmpty() ? "no instrument" : "unknown instrument '" + parts[0] + "'")
                    + "; the instruments are: " + String.join(", ", Instrument.ids()));
        }
        if (parts.length < 2) {
            throw invalid("answers", "no answers after '" + parts[0] + "'");
        }
        return new Answers(instrument.get(), Arrays.asList(parts[1].split(",", -1)));
    }

    /** @throws InvalidAnswersException listing every problem with the answers */
    public Score score() {
        return instrument.questionnaire().score(answers);
    }

    private static InvalidAnswersException invalid(String field, String message) {
        return new InvalidAnswersException(List.of(new Problem(field, message)));
    }
}
