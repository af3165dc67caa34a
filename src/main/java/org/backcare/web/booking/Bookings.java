package org.backcare.web.booking;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backcare.accounts.Accounts;
import org.backcare.accounts.Username;
import org.backcare.booking.Appointment;
import org.backcare.booking.AppointmentDesk;
import org.backcare.booking.PlanToBook;
import org.backcare.booking.PlanVisits;
import org.backcare.booking.PlannedVisit;
import org.backcare.booking.ScreeningGate;
import org.backcare.booking.SeriesBooking;
import org.backcare.booking.SeriesProposal;
import org.backcare.booking.SeriesRequest;
import org.backcare.clients.ClientBook;
import org.backcare.clients.ClientId;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.planning.CarePlan;
import org.backcare.web.ProblemDetails;
import org.backcare.web.ProblemResponse;
import org.backcare.web.access.Caseloads;
import org.backcare.web.access.Visit;

/**
 * Booking from a client's plan, as the API and the pages both do it: one appointment, or a series proposed and then
 * confirmed. The screening's gate is passed first, so a refer or urgent plan is refused before anything is placed.
 */
final class Bookings {
    /** How a series is asked for: from which day, how many sessions (all when empty), with whom, where, when. */
    record SeriesAsked(LocalDate from, Optional<Integer> next, Username therapist, Optional<String> room, LocalTime at,
            Optional<DayOfWeek> weekday) {}

    private final KnowledgeBase knowledge;
    private final ClientBook clients;
    private final Accounts accounts;
    private final AppointmentDesk desk;
    private final Caseloads caseloads;
    private final Clock clock;

    Bookings(KnowledgeBase knowledge, ClientBook clients, Accounts accounts, AppointmentDesk desk, Caseloads caseloads,
            Clock clock) {
        this.knowledge = knowledge;
        this.clients = clients;
        this.accounts = accounts;
        this.desk = desk;
        this.caseloads = caseloads;
        this.clock = clock;
    }

    AppointmentDesk desk() {
        return desk;
    }

    Clock clock() {
        return clock;
    }

    ClientBook clients() {
        return clients;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Optional<Username> therapistOf(ClientId client) {
        return accounts.therapistOf(client);
    }

    /** The therapists who can be booked: those with working hours. */
    List<String> therapists() {
        return desk.weeks().keySet().stream().map(Username::value).sorted().toList();
    }

    List<String> rooms() {
        return desk.rooms().stream().map(r -> r.name()).sorted().toList();
    }

    /** One appointment at {@code start}, as long as the plan's next session unless {@code minutes} says otherwise. */
    Appointment one(ClientId client, Username therapist, Optional<String> room, LocalDateTime start,
            Optional<Integer> minutes) {
        var plan = plan(client, start.toLocalDate());
        var cautions = ScreeningGate.admit(plan.screening());
        var first = plan.schedule().sessions().stream().findFirst();
        return Appointment.booked(client, therapist, room, start, minutes.orElse(first.map(s -> s.minutes()).orElse(60)),
                Optional.empty(), first.map(s -> s.techniques()).orElse(List.of()), cautions);
    }

    /** Refused (a {@code ScreeningRefusedException}) when the client's plan from {@code from} stops massage. */
    void admit(ClientId client, LocalDate from) {
        ScreeningGate.admit(plan(client, from).screening());
    }

    /** Where the plan's sessions would go; nothing is booked. Refused when screening stops massage. */
    SeriesProposal propose(ClientId client, SeriesAsked asked) {
        var plan = plan(client, asked.from());
        var cautions = ScreeningGate.admit(plan.screening());
        var visits = PlanVisits.of(plan);
        visits = visits.subList(0, Math.min(asked.next().orElse(Integer.MAX_VALUE), visits.size()));
        return SeriesBooking.propose(desk.book(asked.from().minusDays(7), asked.from().plusYears(1)), visits,
                new SeriesRequest(client, asked.therapist(), asked.room(), asked.at(), asked.weekday(), cautions),
                clock.instant());
    }

    /**
     * The plan's sessions at the starts the person confirmed (by session number), booked all or none. A session the
     * plan no longer has is left out, one booked since the review refuses them all; the screening is asked again, as
     * it may have changed since the review.
     */
    List<Appointment> confirm(ClientId client, LocalDate from, Username therapist, Optional<String> room,
            Map<Integer, LocalDateTime> starts, String actor) {
        var plan = plan(client, from);
        var cautions = ScreeningGate.admit(plan.screening());
        var wanted = PlanVisits.of(plan).stream().filter(v -> starts.containsKey(v.session()))
                .map(v -> at(v, client, therapist, room, starts.get(v.session()), cautions)).toList();
        return desk.book(wanted, actor, clock.instant());
    }

    private static Appointment at(PlannedVisit visit, ClientId client, Username therapist, Optional<String> room,
            LocalDateTime start, List<String> cautions) {
        return Appointment.booked(client, therapist, room, start, visit.minutes(), Optional.of(visit.session()),
                visit.techniques(), cautions);
    }

    private CarePlan plan(ClientId client, LocalDate from) {
        return new PlanToBook(knowledge).upcoming(clients.history(client)
                .orElseThrow(() -> Caseloads.noSuchClient(client)), from);
    }

    /** The appointment by its id, if its client is one the visitor may open; else 404 as if there were none. */
    Appointment mine(String id, Visit visit) {
        var found = id.matches("\\d{1,18}") ? desk.find(Long.parseLong(id)) : Optional.<Appointment>empty();
        return found.filter(a -> caseloads.mayOpen(visit, a.client())).orElseThrow(() -> new ProblemResponse(
                ProblemDetails.ofStatus(404, "Not Found", "There is no appointment " + id + ".")));
    }
}
