package org.backcare.web.plans;

import java.time.LocalDate;
import java.util.List;
import org.backcare.knowledge.Advice;
import org.backcare.progress.HomeworkDone;
import org.backcare.report.PlanReport;
import org.backcare.web.Form;

/**
 * The client's "I did my homework" form (the plan's homework to choose from) and what they logged, newest first;
 * {@code notice} says what the last entry did, empty when there is nothing to say.
 */
public record HomeworkLog(String path, List<Advice> exercises, Form form, List<Done> done, String notice) {
    public HomeworkLog {
        exercises = List.copyOf(exercises);
        done = List.copyOf(done);
    }

    /** One logged exercise, named in words. */
    public record Done(LocalDate date, String exercise, String note) {}

    public int noteMax() {
        return HomeworkDone.MAX_NOTE;
    }

    public String label(Advice exercise) {
        return PlanReport.capitalized(exercise.topic()) + ": " + exercise.text();
    }
}
