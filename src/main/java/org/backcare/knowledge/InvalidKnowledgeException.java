package org.backcare.knowledge;

import java.util.List;
import org.backcare.intake.Problem;
import org.backcare.wording.Counted;

/** The knowledge files cannot be used; every problem found is listed. */
public class InvalidKnowledgeException extends RuntimeException {
    private final transient List<Problem> problems;

    public InvalidKnowledgeException(List<Problem> problems) {
        super(Counted.of(problems.size(), "problem") + " in the knowledge base");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
