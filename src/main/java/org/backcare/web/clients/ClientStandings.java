package org.backcare.web.clients;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.backcare.booking.Appointment;
import org.backcare.booking.AppointmentDesk;
import org.backcare.booking.Status;
import org.backcare.clients.ClientBook;
import org.backcare.clients.ClientHistory;
import org.backcare.clients.ClientId;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.planning.Session;
import org.backcare.progress.ProgressOverview;
import org.backcare.progress.SessionLog;
import org.backcare.screening.Screening;
import org.backcare.web.access.Caseloads;

/** Works out where each listed client stands; only for the clients on the page shown, as it reads their history. */
final class ClientStandings {
    private final ClientBook clients;
    private final AppointmentDesk desk;
    private final ProgressOverview overview;
    private final Screening screening;
    private final Clock clock;

    ClientStandings(KnowledgeBase knowledge, ClientBook clients, AppointmentDesk desk, Clock clock) {
        this.clients = clients;
        this.desk = desk;
        this.overview = new ProgressOverview(knowledge);
        this.screening = new Screening(knowledge);
        this.clock = clock;
    }

    ClientStanding of(ClientId id) {
        var history = history(id);
        var today = LocalDate.now(clock);
        var last = history.massageSessions().stream().map(SessionLog::date).max(LocalDate::compareTo);
        var booked = nextBooked(id, today);
        var outcome = screening.screen(history.currentIntake()).outcome();
        var next = booked.isPresent() ? booked
                : overview.upcoming(history, today).stream().findFirst().map(Session::date);
        return new ClientStanding(last, next, booked.isPresent(), outcome);
    }

    /** Whether the screening of the client's current intake is refer or urgent: cheaper than {@link #of}. */
    boolean redFlagged(ClientId id) {
        return screening.screen(history(id).currentIntake()).outcome().stopsMassage();
    }

    private Optional<LocalDate> nextBooked(ClientId id, LocalDate today) {
        return desk.ofClient(id).stream().filter(a -> a.status() == Status.BOOKED)
                .map(Appointment::start).map(start -> start.toLocalDate())
                .filter(day -> !day.isBefore(today)).min(LocalDate::compareTo);
    }

    private ClientHistory history(ClientId id) {
        return clients.history(id).orElseThrow(() -> Caseloads.noSuchClient(id));
    }
}
