package org.backcare.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.backcare.clients.ClientHistory;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.measures.Change;
import org.backcare.measures.Instrument;
import org.backcare.measures.InvalidAnswersException;
import org.backcare.planning.CarePlan;
import org.backcare.planning.CarePlanner;
import org.backcare.planning.Phase;
import org.backcare.planning.Session;

/** A client's progress and their next plan, both from their history. */
public final class ProgressOverview {
    private static final int NEXT_SESSIONS_SHOWN = 3;
    private final CarePlanner planner;
    private final ProgressReview review;

    public ProgressOverview(KnowledgeBase knowledge) {
        this.planner = new CarePlanner(knowledge);
        this.review = new ProgressReview(knowledge);
    }

    /** The plan from now on: the intake and adjustments as the history leaves them, starting on {@code start}. */
    public CarePlan nextPlan(Adaptation adaptation, LocalDate start) {
        return planner.plan(adaptation.intake(), start, adaptation.adjustments());
    }

    public Adaptation adaptation(ClientHistory history, LocalDate today) {
        return review.review(history, today);
    }

    /**
     * The client's upcoming sessions from {@code today}: numbered on from the sessions kept, in the phase, at the
     * pressure and on the areas the course has come to, the first one interval after the last kept session (today
     * when that is past). None when screening stops massage. What the session form and a booking follow.
     */
    public List<Session> upcoming(ClientHistory history, LocalDate today) {
        return nextPlan(adaptation(history, today), today).schedule().sessions();
    }

    public ProgressSummary summary(ClientHistory history, LocalDate today) {
        var adaptation = adaptation(history, today);
        var next = nextPlan(adaptation, today).schedule().sessions();
        var kept = history.massageSessions();
        var pain = kept.stream()
                .map(s -> new ProgressSummary.PainPoint(s.date(), s.painBefore(), s.painAfter())).toList();
        var phases = kept.isEmpty() ? List.<Phase>of()
                : planner.plan(history.currentIntake(), kept.get(0).date()).schedule().phases();
        return new ProgressSummary(history.client(), today, pain, scores(history), kept.size(),
                Course.plannedUpTo(kept, phases, today), adaptation,
                next.subList(0, Math.min(NEXT_SESSIONS_SHOWN, next.size())), Change.activities(
                        Improvement.scored(history.keptMeasures(), Instrument.PSFS).stream().map(Improvement.Dated::score).toList()));
    }

    private static List<ProgressSummary.ScorePoint> scores(ClientHistory history) {
        var points = new ArrayList<ProgressSummary.ScorePoint>();
        for (var instrument : Instrument.values()) {
            var scored = Improvement.scored(history.keptMeasures(), instrument);
            for (var dated : scored) {
                boolean reaches;
                try {
                    var change = Change.between(scored.get(0).score(), dated.score());
                    reaches = change.improved() && change.reachesMcid();
                } catch (InvalidAnswersException noSharedActivity) {
                    reaches = false; // a PSFS that shares no activity with the first is compared activity by activity
                }
                points.add(new ProgressSummary.ScorePoint(instrument.id(), dated.date(), dated.score().value(),
                        dated.score().unit(), dated.score().band(), reaches));
            }
        }
        return points;
    }
}
