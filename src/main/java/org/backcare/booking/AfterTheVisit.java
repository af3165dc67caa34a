package org.backcare.booking;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.backcare.clients.ClientId;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.progress.SessionLog;

/**
 * What logging a session does to the book, from the command line, the form or the API alike: the appointment it
 * carried out is attended, and a new red flag marks the client's visits to come "needs review before the visit".
 */
public final class AfterTheVisit {
    private AfterTheVisit() {
    }

    /**
     * The client's appointment with this id, if it is theirs and still to happen: one a session can carry out once
     * its day has come ({@link #notYet}).
     */
    public static Optional<Appointment> toCarryOut(AppointmentDesk desk, ClientId client, long id) {
        return desk.find(id).filter(a -> a.client().equals(client) && a.status().isOpen());
    }

    /**
     * Why a session logged now cannot carry out the appointment, if it cannot: its day has not come. Asked before the
     * session is logged, so that a refused mark never leaves a session logged without its visit.
     */
    public static Optional<String> notYet(AppointmentDesk desk, Appointment appointment, Instant now) {
        return FrontDesk.tooEarly(appointment, Status.ATTENDED, now, desk.settings().zone());
    }

    /** @return the appointments newly marked for review (none without a new red flag) */
    public static List<Appointment> record(AppointmentDesk desk, KnowledgeBase knowledge, ClientId client,
            Optional<Long> carriedOut, SessionLog session, String actor, Instant now) {
        carriedOut.ifPresent(id -> desk.mark(id, Status.ATTENDED, actor, now));
        return RedFlagReview.raisedBy(session, knowledge) ? desk.flagForReview(client, actor, now) : List.of();
    }
}
