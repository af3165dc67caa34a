package org.backcare.web.progress;

import java.util.ArrayList;
import java.util.List;
import org.backcare.intake.Problem;
import org.backcare.measures.Instrument;
import org.backcare.measures.InvalidAnswersException;
import org.backcare.measures.Item;
import org.backcare.measures.Score;
import org.backcare.web.Form;

/**
 * A questionnaire filled in on screen, read into the answers as the command line writes them ({@code 1,2,-,0},
 * {@code lifting=3,socks=4}) and scored by the instrument's own scoring. The answer to item N is the field
 * {@code item-N}; a PSFS activity's name is {@code activity-N}. Problems are named by those fields.
 */
final class MeasureForm {
    static final String ITEM = "item-";
    static final String ACTIVITY = "activity-";
    /** The RMDQ's tick: the statement describes the client today. */
    static final String TICKED = "1";

    private MeasureForm() {
    }

    /** The answers as kept, and their score; or the problems, with no score. */
    record Read(String answers, Score score, List<Problem> problems) {}

    static Read read(Instrument instrument, Form form) {
        var problems = new ArrayList<Problem>();
        var fields = new ArrayList<String>(); // the field each answer came from, to name the scoring's problems
        var answers = switch (instrument) {
            case RMDQ -> ticks(instrument, form, fields);
            case PSFS -> activities(form, fields, problems);
            default -> choices(instrument, form, fields, problems);
        };
        if (!problems.isEmpty()) {
            return new Read("", null, problems);
        }
        var written = String.join(",", answers);
        try {
            return new Read(written, Scores.score(instrument, written), List.of());
        } catch (InvalidAnswersException e) {
            return new Read(written, null, e.problems().stream().map(p -> onForm(p, fields)).toList());
        }
    }

    private static List<String> ticks(Instrument instrument, Form form, List<String> fields) {
        return instrument.questionnaire().items().stream().map(item -> {
            fields.add(ITEM + item.number());
            return TICKED.equals(form.value(ITEM + item.number())) ? TICKED : "0";
        }).toList();
    }

    private static List<String> choices(Instrument instrument, Form form, List<String> fields, List<Problem> problems) {
        var answers = new ArrayList<String>();
        for (Item item : instrument.questionnaire().items()) {
            var field = ITEM + item.number();
            var answer = form.value(field);
            if (answer.isBlank()) {
                problems.add(new Problem(field, item.number() + ". " + item.text() + ": choose one answer"));
            }
            fields.add(field);
            answers.add(answer);
        }
        return answers;
    }

    /** The PSFS rows the therapist filled: each names an activity and rates it. */
    private static List<String> activities(Form form, List<String> fields, List<Problem> problems) {
        var answers = new ArrayList<String>();
        for (Item item : Instrument.PSFS.questionnaire().items()) {
            var activity = form.value(ACTIVITY + item.number()).strip();
            var rating = form.value(ITEM + item.number());
            var where = ACTIVITY + item.number();
            if (activity.isEmpty() && rating.isEmpty()) {
                continue;
            }
            if (activity.isEmpty() || activity.contains(",")) {
                problems.add(new Problem(where, item.text() + ": name the activity the client finds hard"
                        + (activity.isEmpty() ? "" : ", without commas")));
            } else if (rating.isEmpty()) {
                problems.add(new Problem(ITEM + item.number(), item.text() + ": choose a rating from 0 to 10"));
            }
            fields.add(where);
            answers.add(activity + "=" + rating);
        }
        if (answers.isEmpty()) {
            problems.add(new Problem(ACTIVITY + 1, "Activity 1: name at least one activity the client finds hard,"
                    + " and rate it"));
        }
        return answers;
    }

    /** The scoring names an answer by its place ({@code answers[2]}); the form, by the field it came from. */
    private static Problem onForm(Problem problem, List<String> fields) {
        var field = problem.field();
        if (field.startsWith("answers[")) {
            return new Problem(fields.get(Integer.parseInt(field.substring(8, field.length() - 1))), problem.message());
        }
        return new Problem("answers", problem.message());
    }
}
