package org.backcare.measures;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.backcare.intake.Problem;

/** Scores and compares answers as written on the command line. */
final class Scoring {
    private Scoring() {}

    static Score score(String line) {
        return Answers.parse(line).score();
    }

    static List<Problem> problems(String line) {
        return catchThrowableOfType(InvalidAnswersException.class, () -> score(line)).problems();
    }

    static Change change(String before, String after) {
        return Change.between(score(before), score(after));
    }

    static Problem problem(String field, String message) {
        return new Problem(field, message);
    }
}
