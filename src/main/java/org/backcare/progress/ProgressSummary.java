package org.backcare.progress;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.backcare.clients.ClientRecord;
import org.backcare.measures.Change;
import org.backcare.measures.Instrument;
import org.backcare.planning.Session;

/**
 * A client's progress at a glance: pain at each session, questionnaire scores over time, sessions kept against
 * planned, the adaptation decision, the next sessions, and each PSFS activity from its first rating to its latest.
 * What the progress view, its JSON and the PDF report show.
 */
public record ProgressSummary(
        ClientRecord client,
        LocalDate asOf,
        List<PainPoint> pain,
        List<ScorePoint> scores,
        int sessionsKept,
        int sessionsPlanned,
        Adaptation adaptation,
        List<Session> nextSessions,
        List<Change.ActivityChange> activities) {

    public ProgressSummary {
        pain = List.copyOf(pain);
        scores = List.copyOf(scores);
        nextSessions = List.copyOf(nextSessions);
        activities = List.copyOf(activities);
    }

    /** The instruments with at least one score, in {@link Instrument} order. */
    public List<Instrument> instruments() {
        return Arrays.stream(Instrument.values()).filter(i -> !scores(i).isEmpty()).toList();
    }

    /** One instrument's scores in the summary's order (ProgressOverview gives them oldest first). */
    public List<ScorePoint> scores(Instrument instrument) {
        return scores.stream().filter(s -> s.instrument().equals(instrument.id())).toList();
    }

    /** Pain (0-10) before and after one session. */
    public record PainPoint(LocalDate date, int before, int after) {}

    /**
     * One questionnaire score: instrument id (odi, rmdq, start-back, psfs, nprs), its value and unit, its band or
     * risk, and whether the change since the first score reaches the minimal clinically important difference.
     */
    public record ScorePoint(String instrument, LocalDate date, double value, String unit, String band,
            boolean reachesMcid) {
        public String shown() {
            return ProgressSummary.shown(value) + unit;
        }
    }

    /** A score as a person writes it: one decimal at most, no trailing ".0". */
    public static String shown(double value) {
        var rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }
}
