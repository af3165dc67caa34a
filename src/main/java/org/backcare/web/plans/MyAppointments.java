package org.backcare.web.plans;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.backcare.accounts.Account;
import org.backcare.accounts.Accounts;
import org.backcare.accounts.Username;
import org.backcare.booking.Appointment;
import org.backcare.booking.AppointmentDesk;
import org.backcare.booking.BookingRefusedException;
import org.backcare.booking.PlanToBook;
import org.backcare.booking.ScreeningGate;
import org.backcare.booking.ScreeningRefusedException;
import org.backcare.booking.SelfBooking;
import org.backcare.clients.ClientBook;
import org.backcare.clients.ClientId;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.mail.AppointmentFacts;
import org.backcare.mail.ClinicProfile;
import org.backcare.web.Pages;
import org.backcare.web.access.Access;
import org.backcare.web.access.Visit;
import org.backcare.web.plans.MyAppointmentsPage.Moving;
import org.backcare.web.plans.MyAppointmentsPage.Offer;
import org.backcare.web.plans.MyAppointmentsPage.Upcoming;

/**
 * {@code /me/appointments}: a client's upcoming appointments, and, when the clinic lets clients book themselves, the
 * free times for their plan's next session ({@link SelfBooking}), booked with one button, and cancelled or moved
 * (within the session's window, with the same therapist) up to the clinic's notice. Each change queues its mail.
 */
public final class MyAppointments {
    private final ClientBook clients;
    private final Accounts accounts;
    private final AppointmentDesk desk;
    private final PlanToBook plans;
    private final Supplier<ClinicProfile> clinic;
    private final Clock clock;

    public MyAppointments(KnowledgeBase knowledge, ClientBook clients, Accounts accounts, AppointmentDesk desk,
            Supplier<ClinicProfile> clinic, Clock clock) {
        this.clients = clients;
        this.accounts = accounts;
        this.desk = desk;
        this.plans = new PlanToBook(knowledge);
        this.clinic = clinic;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get("/me/appointments", ctx -> show(ctx, notice(ctx.queryParam("done")), "", ctx.queryParam("move")),
                Access.SIGNED_IN);
        routes.post("/me/appointments", this::book, Access.SIGNED_IN);
        routes.post("/me/appointments/{appointment}/cancel", this::cancel, Access.SIGNED_IN);
        routes.post("/me/appointments/{appointment}/move", this::move, Access.SIGNED_IN);
    }

    /** The page; {@code moving}, an appointment's id, adds the times it may move to. */
    private void show(Context ctx, String notice, String problem, String moving) {
        var visit = Visit.required(ctx);
        var client = Me.clientOf(visit);
        clients.audit(client, visit.actor(), "read own appointments", clock.instant());
        var profile = clinic.get();
        var settings = desk.settings();
        var today = LocalDate.now(clock.withZone(settings.zone()));
        var ofClient = desk.ofClient(client);
        var upcoming = ofClient.stream().filter(a -> a.status().isOpen() && !a.start().toLocalDate().isBefore(today))
                .sorted(java.util.Comparator.comparing(Appointment::start))
                .map(a -> new Upcoming(a.id(), a.start(), firstName(a.therapist()), a.room(),
                        SelfBooking.cancellable(a, settings, clock.instant()))).toList();
        var page = new MyAppointmentsPage(Visit.frame(ctx, "My appointments"), upcoming, profile, notice, problem,
                List.of(), Optional.empty(), new TreeMap<>(), Optional.empty());
        if (profile.selfBooking()) {
            page = withOffers(page, client, ofClient, today);
        }
        var move = page.upcoming().stream().filter(u -> u.cancellable() && Long.toString(u.id()).equals(moving))
                .findFirst();
        if (profile.selfBooking() && move.isPresent()) {
            var byDay = new TreeMap<LocalDate, List<Offer>>();
            moveTimes(client, desk.find(move.get().id()).orElseThrow(), today).forEach(a -> byDay
                    .computeIfAbsent(a.start().toLocalDate(), d -> new ArrayList<>()).add(offer(a)));
            page = page.moving(new Moving(move.get(), byDay));
        }
        Pages.show(ctx, "plans/appointments.jte", page);
    }

    private MyAppointmentsPage withOffers(MyAppointmentsPage page, ClientId client, List<Appointment> ofClient,
            LocalDate today) {
        var plan = plans.upcoming(clients.history(client).orElseThrow(), today);
        var next = SelfBooking.next(plan, ofClient);
        try {
            ScreeningGate.admit(plan.screening()); // a refer plan has no sessions: say why before "none left"
            if (next.isEmpty()) {
                return page;
            }
            var therapists = SelfBooking.therapists(accounts.therapistOf(client), desk.skills(), next.get().techniques());
            var last = next.get().date().plusDays(next.get().toleranceDays());
            var offers = SelfBooking.offers(desk.book(today.minusDays(1), last.plusDays(1)), plan, next.get(), client,
                    therapists, desk.rooms(), today, clock.instant());
            var shown = new TreeMap<LocalDate, List<Offer>>();
            offers.forEach((day, list) -> shown.put(day, list.stream().map(this::offer).toList()));
            return page.with(next, shown, List.of());
        } catch (ScreeningRefusedException e) {
            return page.with(next, new TreeMap<>(), e.instead().isEmpty()
                    ? List.of("Your therapist needs to see you before more massage is booked.") : e.instead());
        }
    }

    private void book(Context ctx) {
        var visit = Visit.required(ctx);
        var client = Me.clientOf(visit);
        var form = org.backcare.web.Form.of(ctx);
        var wanted = offered(client, form.value("therapist"), form.value("start"));
        if (wanted.isEmpty()) {
            ctx.status(422);
            show(ctx, "", "That time is not one offered for your next session (any more): choose one of the times below.",
                    null);
            return;
        }
        try {
            desk.book(List.of(wanted.get()), visit.actor(), clock.instant());
        } catch (BookingRefusedException e) {
            ctx.status(409);
            show(ctx, "", "That time was taken a moment ago: choose another below.", null);
            return;
        }
        ctx.redirect("/me/appointments?done=booked", HttpStatus.SEE_OTHER);
    }

    /**
     * The free times an appointment may move to: its own therapist's (a move keeps the therapist), within its plan
     * session's window; none for an appointment outside the plan, or when screening stops massage.
     */
    private List<Appointment> moveTimes(ClientId client, Appointment appointment, LocalDate today) {
        var plan = plans.upcoming(clients.history(client).orElseThrow(), today);
        var held = SelfBooking.heldBy(plan, appointment);
        if (held.isEmpty()) {
            return List.of();
        }
        var last = held.get().date().plusDays(held.get().toleranceDays());
        try {
            return SelfBooking.offers(desk.book(today.minusDays(1), last.plusDays(1)), plan, held.get(), client,
                    List.of(appointment.therapist()), desk.rooms(), today, clock.instant()).values().stream()
                    .flatMap(List::stream).filter(a -> !a.start().equals(appointment.start())).toList();
        } catch (ScreeningRefusedException e) {
            return List.of();
        }
    }

    private void move(Context ctx) {
        var visit = Visit.required(ctx);
        var client = Me.clientOf(visit);
        var mine = changeable(ctx, client);
        if (mine.isEmpty()) {
            return;
        }
        var to = dateTime(org.backcare.web.Form.of(ctx).value("start"));
        var today = LocalDate.now(clock.withZone(desk.settings().zone()));
        if (!clinic.get().selfBooking() || to.isEmpty() || moveTimes(client, mine.get(), today).stream()
                .noneMatch(a -> a.start().equals(to.get()))) {
            ctx.status(422);
            show(ctx, "", "That time is not one offered for this appointment (any more): choose one of the times below.",
                    Long.toString(mine.get().id()));
            return;
        }
        try {
            desk.move(mine.get().id(), to.get(), visit.actor(), clock.instant(), OptionalLong.empty());
        } catch (BookingRefusedException e) {
            ctx.status(409);
            show(ctx, "", "That time was taken a moment ago: choose another below.", Long.toString(mine.get().id()));
            return;
        }
        ctx.redirect("/me/appointments?done=moved", HttpStatus.SEE_OTHER);
    }

    /** The one offered time the form chose, as it is offered now: screening, window and free time checked again. */
    private Optional<Appointment> offered(ClientId client, String therapist, String start) {
        if (!clinic.get().selfBooking() || !Username.isValid(therapist)) {
            return Optional.empty();
        }
        var parsed = dateTime(start);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        var at = parsed.get();
        var today = LocalDate.now(clock.withZone(desk.settings().zone()));
        var plan = plans.upcoming(clients.history(client).orElseThrow(), today);
        var next = SelfBooking.next(plan, desk.ofClient(client));
        if (next.isEmpty()) {
            return Optional.empty();
        }
        var chosen = new Username(therapist);
        var allowed = SelfBooking.therapists(accounts.therapistOf(client), desk.skills(), next.get().techniques());
        if (!allowed.contains(chosen)) {
            return Optional.empty();
        }
        var last = next.get().date().plusDays(next.get().toleranceDays());
        try {
            return SelfBooking.offers(desk.book(today.minusDays(1), last.plusDays(1)), plan, next.get(), client,
                    List.of(chosen), desk.rooms(), today, clock.instant()).getOrDefault(at.toLocalDate(), List.of())
                    .stream().filter(a -> a.start().equals(at)).findFirst();
        } catch (ScreeningRefusedException e) {
            return Optional.empty();
        }
    }

    private void cancel(Context ctx) {
        var visit = Visit.required(ctx);
        var mine = changeable(ctx, Me.clientOf(visit));
        if (mine.isPresent()) {
            desk.cancel(mine.get().id(), visit.actor(), "cancelled by the client", clock.instant());
            ctx.redirect("/me/appointments?done=cancelled", HttpStatus.SEE_OTHER);
        }
    }

    /** The client's own appointment in the path while they may still change it; otherwise the page says why. */
    private Optional<Appointment> changeable(Context ctx, ClientId client) {
        var id = ctx.pathParam("appointment");
        var found = id.matches("\\d{1,18}") ? desk.find(Long.parseLong(id)) : Optional.<Appointment>empty();
        var mine = found.filter(a -> a.client().equals(client));
        if (mine.isPresent() && SelfBooking.cancellable(mine.get(), desk.settings(), clock.instant())) {
            return mine;
        }
        ctx.status(mine.isEmpty() ? 404 : 422);
        var phone = clinic.get().phone();
        show(ctx, "", mine.isEmpty() ? "There is no such appointment of yours."
                : "This appointment is too near to cancel or move here (the clinic asks for "
                        + desk.settings().lateNotice().toHours() + " hours' notice): please call the clinic"
                        + (phone.isEmpty() ? "." : " on " + phone + "."), null);
        return Optional.empty();
    }

    private static Optional<LocalDateTime> dateTime(String text) {
        try {
            return Optional.of(LocalDateTime.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private Offer offer(Appointment a) {
        return new Offer(a.therapist().value(), firstName(a.therapist()), a.start());
    }

    private String firstName(Username therapist) {
        return AppointmentFacts.firstName(accounts.find(therapist).map(Account::name).orElse(therapist.value()));
    }

    private static String notice(String done) {
        return switch (done == null ? "" : done) {
            case "booked" -> "Booked. A confirmation is on its way to your email address, if the clinic has one.";
            case "cancelled" -> "Cancelled.";
            case "moved" -> "Moved. The new time is on its way to your email address, if the clinic has one.";
            default -> "";
        };
    }
}
