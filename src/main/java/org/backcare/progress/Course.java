package org.backcare.progress;

import java.time.LocalDate;
import java.util.List;
import org.backcare.planning.Phase;

/**
 * The current course of sessions: those since the last lapse (a gap of more than {@code lapseFactor} times the
 * planned interval). Knows how far through the plan's phases the course has come.
 */
final class Course {
    private final List<Phase> phases;
    private final int lapseFactor;
    private final LocalDate today;
    private final List<SessionLog> sessions;

    Course(List<SessionLog> all, List<Phase> phases, int lapseFactor, LocalDate today) {
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

    /** The phase a course is in after this many sessions (the last one once all are done). */
    private Phase phaseAt(int sessionsDone) {
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
