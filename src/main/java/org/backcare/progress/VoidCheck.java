package org.backcare.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.backcare.clients.ClientHistory;
import org.backcare.clients.MeasureEntry;
import org.backcare.intake.Problem;

/**
 * What voiding or correcting a session or questionnaire needs, whoever asks (the command line, a form, the API): a
 * record by that number (1 for the oldest, as the history lists them) that is not voided already, and a reason of at
 * most {@link Voided#MOST_REASON} characters, without control characters.
 */
public final class VoidCheck {
    private VoidCheck() {
    }

    public static List<Problem> session(ClientHistory history, int number, String reason) {
        return problems("session", "voided", history.sessions(), SessionLog::kept, number, reason);
    }

    public static List<Problem> questionnaire(ClientHistory history, int number, String reason) {
        return problems("questionnaire", "voided", history.measures(), MeasureEntry::kept, number, reason);
    }

    /** As {@link #session}, for replacing the session with a corrected one. */
    public static List<Problem> sessionCorrection(ClientHistory history, int number, String reason) {
        return problems("session", "corrected", history.sessions(), SessionLog::kept, number, reason);
    }

    /** As {@link #questionnaire}, for replacing the questionnaire with a corrected one. */
    public static List<Problem> questionnaireCorrection(ClientHistory history, int number, String reason) {
        return problems("questionnaire", "corrected", history.measures(), MeasureEntry::kept, number, reason);
    }

    /** Whether the client has a session by that number still standing (not voided). */
    public static boolean standing(ClientHistory history, int number) {
        return number >= 1 && number <= history.sessions().size() && history.sessions().get(number - 1).kept();
    }

    /**
     * The history as it stands once session {@code number} is taken back: what its correction is checked against, so
     * that the session it replaces is no second session that day. The number must be one {@link #session} accepts.
     */
    public static ClientHistory withoutSession(ClientHistory history, int number) {
        var sessions = new ArrayList<>(history.sessions());
        var old = sessions.get(number - 1);
        sessions.set(number - 1, old.voided(new Voided(old.date(), old.therapist(), "being corrected")));
        return new ClientHistory(history.client(), history.intakes(), sessions, history.measures(), history.plans());
    }

    private static <T> List<Problem> problems(String what, String done, List<T> records, Predicate<T> kept,
            int number, String reason) {
        var problems = new ArrayList<Problem>();
        if (number < 1 || number > records.size()) {
            problems.add(new Problem("number", records.isEmpty() ? "there is no " + what + " on file"
                    : "must be 1-" + records.size() + ", the " + what + "'s number, oldest first (got " + number + ")"));
        } else if (!kept.test(records.get(number - 1))) {
            problems.add(new Problem("number", what + " " + number + " is voided already"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new Problem("reason", "required: why the " + what + " is " + done + ", for the record"));
        } else if (reason.strip().length() > Voided.MOST_REASON) {
            problems.add(new Problem("reason", "at most " + Voided.MOST_REASON + " characters (got "
                    + reason.strip().length() + ")"));
        } else if (reason.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            problems.add(new Problem("reason", "must be plain text, without control characters or direction marks"));
        }
        return problems;
    }
}
