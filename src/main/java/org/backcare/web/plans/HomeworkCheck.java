package org.backcare.web.plans;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.backcare.clients.RecordDates;
import org.backcare.progress.HomeworkDone;
import org.backcare.intake.Problem;
import org.backcare.knowledge.Advice;
import org.backcare.planning.CarePlan;

/**
 * "I did my homework", checked: the day (today if not given, never in the future), one of the homework items of the
 * client's plan, and a note if they want one.
 */
final class HomeworkCheck {
    private HomeworkCheck() {
    }

    /** The entry to log, or the problems with it, each naming its field. */
    record Checked(HomeworkDone entry, List<Problem> problems) {
        Checked {
            problems = List.copyOf(problems);
        }
    }

    static Checked check(String date, String exercise, String note, CarePlan plan, LocalDate today) {
        var problems = new ArrayList<Problem>();
        var done = day(date, today, problems);
        var chosen = exercise == null ? "" : exercise.strip();
        var kept = note == null ? "" : note.strip();
        var offered = plan.homeCare().stream().map(Advice::id).toList();
        if (offered.isEmpty()) {
            problems.add(new Problem("exercise", "Your plan has no homework: the safety screening says to see a"
                    + " healthcare provider first."));
        } else if (!offered.contains(chosen)) {
            problems.add(new Problem("exercise", (chosen.isEmpty() ? "Choose the exercise you did from your plan's"
                    + " homework" : "'" + chosen + "' is not in your plan's homework; choose one of its exercises")
                    + ": " + String.join(", ", offered) + "."));
        }
        if (kept.length() > HomeworkDone.MAX_NOTE) {
            problems.add(new Problem("note", "Keep the note to " + HomeworkDone.MAX_NOTE + " characters at most (it has "
                    + kept.length() + ")."));
        }
        return new Checked(problems.isEmpty() ? new HomeworkDone(done, chosen, kept) : null, problems);
    }

    private static LocalDate day(String date, LocalDate today, List<Problem> problems) {
        if (date == null || date.isBlank()) {
            return today;
        }
        try {
            var day = RecordDates.parse(date.strip());
            if (day.isAfter(today)) {
                problems.add(new Problem("date", day + " is in the future: log homework on the day you did it, "
                        + today + " at the latest."));
            }
            return day;
        } catch (DateTimeParseException e) {
            problems.add(new Problem("date", "'" + date + "' is not a date; use YYYY-MM-DD, for example " + today + "."));
            return today;
        }
    }

    /** How the log names an exercise: its advice, or its id if the knowledge no longer has it. */
    static String describe(String exercise, List<Advice> homeCare) {
        return homeCare.stream().filter(a -> a.id().equals(exercise)).map(Advice::text).findFirst().orElse(exercise);
    }
}
