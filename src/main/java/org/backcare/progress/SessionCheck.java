package org.backcare.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.backcare.clients.ClientHistory;
import org.backcare.clients.ClientRecord;
import org.backcare.intake.Problem;
import org.backcare.knowledge.AfterEffect;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.knowledge.Technique;
import org.backcare.screening.Finding;

/**
 * What a session must be to be logged, whoever logs it (the command line, a form, the API). Each problem names its
 * field as the session's JSON does: {@code painBefore}, {@code areas[0].minutes}, {@code feedback.worked[1]}.
 * Against the client's history: not after today, a second session on one day only when confirmed ({@code sameDay}),
 * and no massage while the client's plan is {@code urgent} or {@code refer} (a visit note is still kept; the problem
 * names the field {@code massage}).
 */
public final class SessionCheck {
    public static final int MOST_MINUTES = 240;
    public static final int MOST_PAIN = 10;

    private final List<String> techniques;
    private final List<String> afterEffects;
    private final ProgressOverview overview;

    public SessionCheck(KnowledgeBase knowledge) {
        this.overview = new ProgressOverview(knowledge);
        this.techniques = knowledge.techniques().stream().map(Technique::id).toList();
        this.afterEffects = knowledge.afterEffects().stream().map(AfterEffect::id).toList();
    }

    /**
     * Every problem of logging this session for the client as of {@code today}; {@code sameDay} confirms a second
     * massage session on a day that has one.
     */
    public List<Problem> problems(SessionLog log, ClientHistory history, LocalDate today, boolean sameDay) {
        var problems = problems(log, history.client());
        if (log.date().isAfter(today)) {
            problems.add(new Problem("date", log.date() + " is after today (" + today + "); log a session once it has"
                    + " happened"));
        }
        if (log.massage() && !sameDay && history.massageSessions().stream().anyMatch(s -> s.date().equals(log.date()))) {
            problems.add(new Problem("sameDay", "there is already a session on " + log.date()
                    + "; confirm that this is a second session on the same day"));
        }
        if (log.massage()) {
            massageStopped(history, today).ifPresent(problems::add);
        }
        return problems;
    }

    /** Why no massage may be given now, when the client's plan as of today is {@code urgent} or {@code refer}. */
    public Optional<Problem> massageStopped(ClientHistory history, LocalDate today) {
        var screening = overview.nextPlan(overview.adaptation(history, today), today).screening();
        if (screening.allowsMassage()) {
            return Optional.empty();
        }
        return Optional.of(new Problem("massage", "Screening says " + screening.outcome().id() + ": no massage. "
                + screening.findings().stream().filter(f -> f.outcome().stopsMassage()).map(Finding::message)
                        .collect(Collectors.joining(" ")) + " Record the visit without massage instead."));
    }

    private List<Problem> problems(SessionLog log, ClientRecord client) {
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
