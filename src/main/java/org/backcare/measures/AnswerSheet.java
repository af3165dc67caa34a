package org.backcare.measures;

import java.util.ArrayList;
import java.util.List;
import org.backcare.intake.Problem;

/** The answers being scored, and every problem found with them so far. */
final class AnswerSheet {
    static final String SKIPPED = "-";

    private final List<String> answers;
    private final List<Problem> problems = new ArrayList<>();

    AnswerSheet(List<String> answers) {
        this.answers = answers.stream().map(String::strip).toList();
    }

    int size() {
        return answers.size();
    }

    String get(int index) {
        return answers.get(index);
    }

    /** Checks how many answers there are; returns how many can be checked item by item (at most {@code max}). */
    int expect(int min, int max, String message) {
        if (answers.size() < min || answers.size() > max) {
            problems.add(new Problem("answers", message + " (got " + answers.size() + ")"));
        }
        return Math.min(answers.size(), max);
    }

    /** The whole number written at {@code index} if it is within min-max, otherwise null and a problem. */
    Integer whole(int index, int min, int max, String message) {
        Integer number = wholeNumber(get(index));
        if (number == null || number < min || number > max) {
            problem(index, message + " (got " + shown(get(index)) + ")");
            return null;
        }
        return number;
    }

    void problem(int index, String message) {
        problems.add(new Problem("answers[" + index + "]", message));
    }

    void problem(String message) {
        problems.add(new Problem("answers", message));
    }

    void throwIfProblems() {
        if (!problems.isEmpty()) {
            throw new InvalidAnswersException(problems);
        }
    }

    static String shown(String answer) {
        return answer.matches("-?\\d+") ? answer : "'" + answer + "'";
    }

    private static Integer wholeNumber(String answer) {
        return answer.matches("-?\\d{1,9}") ? Integer.valueOf(answer) : null;
    }
}
