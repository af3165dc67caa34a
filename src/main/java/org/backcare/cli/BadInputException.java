package org.backcare.cli;

import java.util.List;
import org.backcare.intake.Problem;

/** Input the user must fix: every problem is printed, and the command exits with code 2. */
final class BadInputException extends RuntimeException {
    private final transient List<Problem> problems;

    BadInputException(String what, List<Problem> problems) {
        super(what);
        this.problems = List.copyOf(problems);
    }

    List<Problem> problems() {
        return problems;
    }
}
