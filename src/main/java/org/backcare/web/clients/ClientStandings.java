package org.backcare.web.clients;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.backcare.booking.Appointment;
import org.backcare.booking.AppointmentDesk;
import org.backcare.booking.Status;
import org.backcare.clients.ClientId;
import org.backcare.clients.UnknownClientException;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.knowledge.Outcome;
import org.backcare.planning.Session;
import org.backcare.progress.ProgressSummary;
import org.backcare.screening.Screening;
import org.backcare.web.access.Caseloads;
import org.backcare.web.progress.ProgressViews;

/**
 * Works out where each listed client stands from their progress, as the progress page keeps it while their records
 * do not change: only for the clients on the page shown, and for every client searched when filtering red flags.
 */
final class ClientStandings {
    private final AppointmentDesk desk;
    private final ProgressViews progress;
    private final Screening screening;
    private final Clock clock;

    ClientStandings(KnowledgeBase knowledge, AppointmentDesk desk, ProgressViews progress, Clock clock) {
        this.desk = desk;
        this.progress = progress;
        this.screening = new Screening(knowledge);
        this.clock = clock;
    }

    ClientStanding of(ClientId id) {
        var today = LocalDate.now(clock);
        var summary = summary(id, today);
        var last = summary.pain().stream().map(ProgressSummary.PainPoint::date).max(LocalDate::compareTo);
        var booked = nextBooked(id, today);
        var next = booked.isPresent() ? booked : summary.nextSessions().stream().findFirst().map(Session::date);
        return new ClientStanding(last, next, booked.isPresent(), outcome(summary));
    }

    /** Whether the screening of the client's current plan is refer or urgent. */
    boolean redFlagged(ClientId id) {
        return outcome(summary(id, LocalDate.now(clock))).stopsMassage();
    }

    /** The plan from now on is made from the intake as the history leaves it: its screening is the plan's. */
    private Outcome outcome(ProgressSummary summary) {
        return screening.screen(summary.adaptation().intake()).outcome();
    }

    private ProgressSummary summary(ClientId id, LocalDate today) {
        try {
            return progress.summary(id, today);
        } catch (UnknownClientException e) {
            throw Caseloads.noSuchClient(id);
        }
    }

    private Optional<LocalDate> nextBooked(ClientId id, LocalDate today) {
        return desk.ofClient(id).stream().filter(a -> a.status() == Status.BOOKED)
                .map(Appointment::start).map(start -> start.toLocalDate())
                .filter(day -> !day.isBefore(today)).min(LocalDate::compareTo);
    }
}
