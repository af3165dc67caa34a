package org.backcare.web.plans;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.backcare.accounts.Account;
import org.backcare.accounts.Accounts;
import org.backcare.accounts.Username;
import org.backcare.booking.Appointment;
import org.backcare.booking.AppointmentDesk;
import org.backcare.booking.PlanToBook;
import org.backcare.booking.PlanVisits;
import org.backcare.booking.PlannedVisit;
import org.backcare.booking.ScreeningGate;
import org.backcare.booking.ScreeningRefusedException;
import org.backcare.booking.SelfBooking;
import org.backcare.clients.ClientBook;
import org.backcare.clients.ClientId;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.mail.AppointmentFacts;
import org.backcare.mail.ClinicProfile;
import org.backcare.planning.CarePlan;
import org.backcare.web.plans.MyAppointmentsPage.Offer;
import org.backcare.web.plans.MyAppointmentsPage.Upcoming;

/**
 * What a client books, cancels and moves themselves ({@link SelfBooking}), the same for the {@code /me/appointments}
 * page and its API: the appointments to come, the free times for the plan's next session, and whether a time asked
 * for is one of them now.
 */
final class ClientBookings {
    /** The plan's next session not booked yet, if any, and its free times by day. */
    record Offers(Optional<PlannedVisit> next, SortedMap<LocalDate, List<Offer>> byDay) {}

    private final ClientBook clients;
    private final Accounts accounts;
    private final AppointmentDesk desk;
    private final PlanToBook plans;
    private final Supplier<ClinicProfile> clinic;
    private final Clock clock;

    ClientBookings(KnowledgeBase knowledge, ClientBook clients, Accounts accounts, AppointmentDesk desk,
            Supplier<ClinicProfile> clinic, Clock clock) {
        this.clients = clients;
        this.accounts = accounts;
        this.desk = desk;
        this.plans = new PlanToBook(knowledge);
        this.clinic = clinic;
        this.clock = clock;
    }

    ClinicProfile clinic() {
        return clinic.get();
    }

    List<Upcoming> upcoming(ClientId client) {
        var today = today();
        return desk.ofClient(client).stream()
                .filter(a -> a.status().isOpen() && !a.start().toLocalDate().isBefore(today))
                .sorted(Comparator.comparing(Appointment::start))
                .map(this::shown).toList();
    }

    /** An appointment as the client sees it: when, with whom (first name), where, and whether they may still cancel. */
    Upcoming shown(Appointment a) {
        return new Upcoming(a.id(), a.start(), firstName(a.therapist()), a.room(), cancellable(a));
    }

    /** @throws ScreeningRefusedException when screening stops massage */
    Offers offers(ClientId client) {
        var plan = plan(client);
        var next = SelfBooking.next(plan, desk.ofClient(client));
        ScreeningGate.admit(plan.screening()); // a refer plan has no sessions: say why first
        if (next.isEmpty()) {
            return new Offers(next, new TreeMap<>());
        }
        var byDay = shown(free(client, plan, next.get(), SelfBooking.therapists(accounts.therapistOf(client),
                desk.skills(), next.get().techniques())));
        return new Offers(next, byDay);
    }

    /**
     * The client's plan, checked by its screening, without working out free times.
     *
     * @throws ScreeningRefusedException when screening stops massage
     */
    CarePlan screened(ClientId client) {
        var plan = plan(client);
        ScreeningGate.admit(plan.screening());
        return plan;
    }

    /** The one offered time asked for, as it is offered now: self-booking on, screening, window and free time checked again. */
    Optional<Appointment> offered(ClientId client, String therapist, String start) {
        var at = time(start);
        if (!clinic.get().selfBooking() || !Username.isValid(therapist) || at.isEmpty()) {
            return Optional.empty();
        }
        var plan = plan(client);
        var next = SelfBooking.next(plan, desk.ofClient(client));
        var chosen = new Username(therapist);
        if (next.isEmpty() || !SelfBooking.therapists(accounts.therapistOf(client), desk.skills(),
                next.get().techniques()).contains(chosen)) {
            return Optional.empty();
        }
        return admitted(() -> at(free(client, plan, next.get(), List.of(chosen)), at.get()));
    }

    /**
     * The free times to move the appointment to: its own therapist's, within its plan session's window; none for an
     * appointment booked outside the plan's sessions.
     *
     * @throws ScreeningRefusedException when screening stops massage
     */
    SortedMap<LocalDate, List<Offer>> moves(Appointment appointment) {
        return freeForMove(appointment).map(this::shown).orElseGet(TreeMap::new);
    }

    /** Whether {@code start} is one of {@link #moves}, checked again now, with self-booking on. */
    boolean offeredForMove(Appointment appointment, String start) {
        var at = time(start);
        return clinic.get().selfBooking() && at.isPresent()
                && admitted(() -> freeForMove(appointment).flatMap(free -> at(free, at.get()))).isPresent();
    }

    private Optional<TreeMap<LocalDate, List<Appointment>>> freeForMove(Appointment appointment) {
        if (appointment.planSession().isEmpty()) {
            return Optional.empty();
        }
        var plan = plan(appointment.client());
        return PlanVisits.of(plan).stream().filter(v -> v.session() == appointment.planSession().get()).findFirst()
                .map(visit -> free(appointment.client(), plan, visit, List.of(appointment.therapist())));
    }

    /** The client's own appointment of this id, if it is theirs. */
    Optional<Appointment> mine(ClientId client, String id) {
        var found = id.matches("\\d{1,18}") ? desk.find(Long.parseLong(id)) : Optional.<Appointment>empty();
        return found.filter(a -> a.client().equals(client));
    }

    boolean cancellable(Appointment appointment) {
        return SelfBooking.cancellable(appointment, desk.settings(), clock.instant());
    }

    /** Why the client cannot change it themselves, and whom to call instead. */
    String tooNear() {
        var phone = clinic.get().phone();
        return "This appointment is too near to change here (the clinic asks for notice of "
                + desk.settings().lateNoticeInWords() + "): please call the clinic" + (phone.isEmpty() ? "." : " on " + phone + ".");
    }

    String firstName(Username therapist) {
        return AppointmentFacts.firstName(accounts.find(therapist).map(Account::name).orElse(therapist.value()));
    }

    private SortedMap<LocalDate, List<Offer>> shown(TreeMap<LocalDate, List<Appointment>> free) {
        var byDay = new TreeMap<LocalDate, List<Offer>>();
        free.forEach((day, list) -> byDay.put(day, list.stream()
                .map(a -> new Offer(a.therapist().value(), firstName(a.therapist()), a.start())).toList()));
        return byDay;
    }

    private TreeMap<LocalDate, List<Appointment>> free(ClientId client, CarePlan plan, PlannedVisit visit,
            List<Username> therapists) {
        var today = today();
        var last = visit.date().plusDays(visit.toleranceDays());
        return SelfBooking.offers(desk.book(today.minusDays(1), last.plusDays(1)), plan, visit, client, therapists,
                desk.rooms(), today, clock.instant());
    }

    private CarePlan plan(ClientId client) {
        return plans.upcoming(clients.history(client).orElseThrow(), today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Optional<Appointment> at(TreeMap<LocalDate, List<Appointment>> free, LocalDateTime at) {
        return free.getOrDefault(at.toLocalDate(), List.of()).stream().filter(a -> a.start().equals(at)).findFirst();
    }

    /** Screening stops massage: no time is offered. */
    private static Optional<Appointment> admitted(Supplier<Optional<Appointment>> offer) {
        try {
            return offer.get();
        } catch (ScreeningRefusedException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDateTime> time(String start) {
        try {
            return Optional.of(LocalDateTime.parse(start));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
