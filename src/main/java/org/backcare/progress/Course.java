package org.backcare.progress;

import java.time.LocalDate;
import java.util.List;
import org.backcare.planning.CourseSoFar;
import org.backcare.planning.Phase;

/**
 * The current course of sessions: those since the last lapse (a gap of more than {@code lapseFactor} times the
 * planned interval). Knows how far through the plan's phases the course has come. The phases are those of a plan
 * with sessions: a plan that screening stopped has no course.
 */
final class Course {
    private final List<Phase> phases;
    private final int lapseFactor;
    private final LocalDate today;
    private final List<SessionLog> sessions;

    Course(List<SessionLog> all, List<Phase> phases, int lapseFactor, LocalDate today) {
        if (phases.isEmpty() || all.isEmpty()) {
            throw new IllegalArgumentException("a course needs sessions and a plan with phases");
        }
        this.phases = phases;
        this.lapseFactor = lapseFactor;
        this.today = today;
        int start = 0;
        for (int i = 1; i < all.size(); i++) {
            long gap = ProgressReview.daysBetween(all.get(i - 1).date(), all.get(i).date());
            if (gap > (long) lapseFactor * phaseAt(i - start).gapDays()) {
                start = i;
            }
        }
        this.sessions = all.subList(start, all.size());
    }

    List<SessionLog> sessions() {
        return sessions;
    }

    LocalDate startDate() {
        return sessions.get(0).date();
    }

    LocalDate lastDate() {
        return sessions.get(sessions.size() - 1).date();
    }

    long daysSinceLast() {
        return ProgressReview.daysBetween(lastDate(), today);
    }

    int gapDays() {
        return phaseAt(sessions.size()).gapDays();
    }

    boolean lapsedNow() {
        return daysSinceLast() > (long) lapseFactor * gapDays();
    }

    int firstPhaseSessions() {
        return phases.get(0).sessionCount();
    }

    /** How many phases the sessions of this course have filled. */
    int phasesCompleted() {
        int done = 0;
        int sessionsThrough = 0;
        for (var phase : phases) {
            sessionsThrough += phase.sessionCount();
            if (sessions.size() < sessionsThrough) {
                break;
            }
            done++;
        }
        return done;
    }

    /** Where the course stands after its sessions, in the phases that {@code phasesDone} leaves to go. */
    CourseSoFar soFar(int phasesDone) {
        var last = sessions.get(sessions.size() - 1);
        int intoPhase = phasesDone == phasesCompleted() && phasesDone < phases.size()
                ? sessions.size() - sessionsThrough(phasesDone) : 0;
        return new CourseSoFar(sessions.size(), intoPhase, last.date(), last.pressure());
    }

    /**
     * How many sessions the plan asked for from the first one up to today: each one kept, each interval that passed
     * without one, and the next one once it is due.
     */
    static int plannedUpTo(List<SessionLog> all, List<Phase> phases, LocalDate today) {
        if (phases.isEmpty() || all.isEmpty()) {
            return 0;
        }
        var days = all.stream().map(SessionLog::date).filter(d -> !d.isAfter(today)).toList();
        if (days.isEmpty()) {
            return 0;
        }
        int planned = 1;
        for (int i = 1; i <= days.size(); i++) {
            var to = i < days.size() ? days.get(i) : today;
            long gap = ProgressReview.daysBetween(days.get(i - 1), to);
            long intervals = gap / phaseAt(phases, planned).gapDays();
            planned += i < days.size() ? (int) Math.max(1, intervals) : (int) intervals;
        }
        return planned;
    }

    private int sessionsThrough(int phaseCount) {
        return phases.stream().limit(phaseCount).mapToInt(Phase::sessionCount).sum();
    }

    /** The phase a course is in after this many sessions (the last one once all are done). */
    private Phase phaseAt(int sessionsDone) {
        return phaseAt(phases, sessionsDone);
    }

    private static Phase phaseAt(List<Phase> phases, int sessionsDone) {
        int through = 0;
        for (var phase : phases) {
            through += phase.sessionCount();
            if (sessionsDone < through) {
                return phase;
            }
        }
        return phases.get(phases.size() - 1);
    }
}
