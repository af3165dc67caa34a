package org.backcare.measures;

import java.util.List;
import org.backcare.intake.Problem;

/** Answers that cannot be scored; every problem found is listed. */
public class InvalidAnswersException extends RuntimeException {
    private final transient List<Problem> problems;

    public InvalidAnswersException(List<Problem> problems) {
        super(problems.size() + " problem(s) with the answers");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
