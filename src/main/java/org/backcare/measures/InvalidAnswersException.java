package org.backcare.measures;

import java.util.List;
import org.backcare.intake.Problem;
import org.backcare.wording.Counted;

/** Answers that cannot be scored; every problem found is listed. */
public class InvalidAnswersException extends RuntimeException {
    private final transient List<Problem> problems;

    public InvalidAnswersException(List<Problem> problems) {
        super(Counted.of(problems.size(), "problem") + " with the answers");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
