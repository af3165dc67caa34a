package org.backcare.web.plans;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
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
import org.backcare.web.plans.MyAppointmentsPage.Offer;
import org.backcare.web.plans.MyAppointmentsPage.Upcoming;

/**
 * {@code /me/appointments}: a client's upcoming appointments, and, when the clinic lets clients book themselves, the
 * free times for their plan's next session ({@link SelfBooking}), booked with one button and cancelled up to the
 * clinic's notice. The booking queues its confirmation mail with it.
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
        routes.get("/me/appointments", ctx -> show(ctx, notice(ctx.queryParam("done")), ""), Access.SIGNED_IN);
        routes.post("/me/appointments", this::book, Access.SIGNED_IN);
        routes.post("/me/appointments/{appointment}/cancel", this::cancel, Access.SIGNED_IN);
    }

    private void show(Context ctx, String notice, String problem) {
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
                List.of(), Optional.empty(), new java.util.TreeMap<>());
        if (profile.selfBooking()) {
            page = withOffers(page, client, ofClient, today);
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
            var shown = new java.util.TreeMap<LocalDate, List<Offer>>();
            offers.forEach((day, list) -> shown.put(day, list.stream().map(a -> new Offer(a.therapist().value(),
                    firstName(a.therapist()), a.start())).toList()));
            return page.with(next, shown, List.of());
        } catch (ScreeningRefusedException e) {
            return page.with(next, new java.util.TreeMap<>(), e.instead().isEmpty()
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
            show(ctx, "", "That time is not one offered for your next session (any more): choose one of the times below.");
            return;
        }
        try {
            desk.book(List.of(wanted.get()), visit.actor(), clock.instant());
        } catch (BookingRefusedException e) {
            ctx.status(409);
            show(ctx, "", "That time was taken a moment ago: choose another below.");
            return;
        }
        ctx.redirect("/me/appointments?done=booked", HttpStatus.SEE_OTHER);
    }

    /** The one offered time the form chose, as it is offered now: screening, window and free time checked again. */
    private Optional<Appointment> offered(ClientId client, String therapist, String start) {
        if (!clinic.get().selfBooking() || !Username.isValid(therapist)) {
            return Optional.empty();
        }
        LocalDateTime at;
        try {
            at = LocalDateTime.parse(start);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
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
        var client = Me.clientOf(visit);
        var id = ctx.pathParam("appointment");
        var found = id.matches("\\d{1,18}") ? desk.find(Long.parseLong(id)) : Optional.<Appointment>empty();
        var mine = found.filter(a -> a.client().equals(client));
        if (mine.isEmpty() || !SelfBooking.cancellable(mine.get(), desk.settings(), clock.instant())) {
            ctx.status(mine.isEmpty() ? 404 : 422);
            var phone = clinic.get().phone();
            show(ctx, "", mine.isEmpty() ? "There is no such appointment of yours."
                    : "This appointment is too near to cancel here (the clinic asks for "
                            + desk.settings().lateNotice().toHours() + " hours' notice): please call the clinic"
                            + (phone.isEmpty() ? "." : " on " + phone + "."));
            return;
        }
        desk.cancel(mine.get().id(), visit.actor(), "cancelled by the client", clock.instant());
        ctx.redirect("/me/appointments?done=cancelled", HttpStatus.SEE_OTHER);
    }

    private String firstName(Username therapist) {
        return AppointmentFacts.firstName(accounts.find(therapist).map(Account::name).orElse(therapist.value()));
    }

    private static String notice(String done) {
        return switch (done == null ? "" : done) {
            case "booked" -> "Booked. A confirmation is on its way to your email address, if the clinic has one.";
            case "cancelled" -> "Cancelled.";
            default -> "";
        };
    }
}
