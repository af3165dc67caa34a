package org.backcare.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.backcare.clients.ClientHistory;
import org.backcare.clients.MeasureEntry;
import org.backcare.intake.Problem;

/**
 * What voiding a session or questionnaire needs, whoever asks (the command line, a form, the API): a record by that
 * number (1 for the oldest, as the history lists them) that is not voided already, and a reason.
 */
public final class VoidCheck {
    private VoidCheck() {
    }

    public static List<Problem> session(ClientHistory history, int number, String reason) {
        return problems("session", history.sessions(), SessionLog::kept, number, reason);
    }

    public static List<Problem> questionnaire(ClientHistory history, int number, String reason) {
        return problems("questionnaire", history.measures(), MeasureEntry::kept, number, reason);
    }

    private static <T> List<Problem> problems(String what, List<T> records, Predicate<T> kept, int number,
            String reason) {
        var problems = new ArrayList<Problem>();
        if (number < 1 || number > records.size()) {
            problems.add(new Problem("number", records.isEmpty() ? "there is no " + what + " on file"
                    : "must be 1-" + records.size() + ", the " + what + "'s number, oldest first (got " + number + ")"));
        } else if (!kept.test(records.get(number - 1))) {
            problems.add(new Problem("number", what + " " + number + " is voided already"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new Problem("reason", "required: why the " + what + " is voided, for the record"));
        }
        return problems;
    }
}
