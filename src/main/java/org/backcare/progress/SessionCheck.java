package org.backcare.progress;

import java.util.ArrayList;
import java.util.List;
import org.backcare.clients.ClientRecord;
import org.backcare.intake.Problem;
import org.backcare.knowledge.AfterEffect;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.knowledge.Technique;

/**
 * What a session must be to be logged, whoever logs it (the command line, a form, the API). Each problem names its
 * field as the session's JSON does: {@code painBefore}, {@code areas[0].minutes}, {@code feedback.worked[1]}.
 */
public final class SessionCheck {
    public static final int MOST_MINUTES = 240;
    public static final int MOST_PAIN = 10;

    private final List<String> techniques;
    private final List<String> afterEffects;

    public SessionCheck(KnowledgeBase knowledge) {
        this.techniques = knowledge.techniques().stream().map(Technique::id).toList();
        this.afterEffects = knowledge.afterEffects().stream().map(AfterEffect::id).toList();
    }

    public List<Problem> problems(SessionLog log, ClientRecord client) {
        var problems = new ArrayList<Problem>();
        if (log.date().isBefore(client.consentGiven())) {
            problems.add(new Problem("date", log.date() + " is before " + client.id() + " consented to being on file ("
                    + client.consentGiven() + ")"));
        }
        if (log.therapist().isBlank()) {
            problems.add(new Problem("therapist", "must not be empty"));
        }
        range(problems, "minutes", log.minutes(), 1, MOST_MINUTES);
        range(problems, "painBefore", log.painBefore(), 0, MOST_PAIN);
        range(problems, "painAfter", log.painAfter(), 0, MOST_PAIN);
        areas(problems, log);
        known(problems, "techniques", log.techniques(), techniques);
        known(problems, "feedback.worked", log.feedback().worked(), techniques);
        known(problems, "feedback.didNotWork", log.feedback().didNotWork(), techniques);
        known(problems, "afterEffects", log.afterEffects(), afterEffects);
        return problems;
    }

    private static void areas(List<Problem> problems, SessionLog log) {
        for (int i = 0; i < log.areas().size(); i++) {
            range(problems, "areas[" + i + "].minutes", log.areas().get(i).minutes(), 1, MOST_MINUTES);
        }
        int onAreas = log.areas().stream().mapToInt(AreaMinutes::minutes).sum();
        if (onAreas > log.minutes()) {
            problems.add(new Problem("areas", onAreas + " minutes on the areas is more than the session's "
                    + log.minutes()));
        }
    }

    private static void range(List<Problem> problems, String field, int value, int min, int max) {
        if (value < min || value > max) {
            problems.add(new Problem(field, "must be " + min + "-" + max + " (got " + value + ")"));
        }
    }

    private static void known(List<Problem> problems, String field, List<String> ids, List<String> allowed) {
        for (int i = 0; i < ids.size(); i++) {
            if (!allowed.contains(ids.get(i))) {
                problems.add(new Problem(field + "[" + i + "]", "unknown id '" + ids.get(i) + "'; allowed: "
                        + String.join(", ", allowed)));
            }
        }
    }
}
