package org.backcare.web.plans;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.backcare.accounts.Accounts;
import org.backcare.booking.Appointment;
import org.backcare.booking.AppointmentDesk;
import org.backcare.booking.BookingRefusedException;
import org.backcare.booking.Clash;
import org.backcare.booking.ScreeningRefusedException;
import org.backcare.booking.SelfBooking;
import org.backcare.clients.ClientBook;
import org.backcare.clients.ClientId;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.mail.ClinicProfile;
import org.backcare.web.Form;
import org.backcare.web.Pages;
import org.backcare.web.access.Access;
import org.backcare.web.access.Visit;
import org.backcare.web.plans.MyAppointmentsPage.Offer;

/**
 * {@code /me/appointments}: a client's upcoming appointments, and, when the clinic lets clients book themselves, the
 * free times for their plan's next session ({@link SelfBooking}), booked with one button and cancelled up to the
 * clinic's notice. The booking queues its confirmation mail with it. {@link MyAppointmentsApi} does the same in JSON.
 */
public final class MyAppointments {
    private final ClientBook clients;
    private final AppointmentDesk desk;
    private final ClientBookings bookings;
    private final Clock clock;

    public MyAppointments(KnowledgeBase knowledge, ClientBook clients, Accounts accounts, AppointmentDesk desk,
            Supplier<ClinicProfile> clinic, Clock clock) {
        this.clients = clients;
        this.desk = desk;
        this.bookings = new ClientBookings(knowledge, clients, accounts, desk, clinic, clock);
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get("/me/appointments", ctx -> show(ctx, notice(ctx.queryParam("done")), ""), Access.SIGNED_IN);
        routes.post("/me/appointments", this::book, Access.SIGNED_IN);
        routes.post("/me/appointments/{appointment}/cancel", this::cancel, Access.SIGNED_IN);
        routes.get("/me/appointments/{appointment}/move", ctx -> showMove(ctx, ""), Access.SIGNED_IN);
        routes.post("/me/appointments/{appointment}/move", this::move, Access.SIGNED_IN);
        new MyAppointmentsApi(clients, desk, bookings, clock).register(routes);
    }

    private void show(Context ctx, String notice, String problem) {
        var visit = Visit.required(ctx);
        var client = Me.clientOf(visit);
        clients.audit(client, visit.actor(), "read own appointments", clock.instant());
        var profile = bookings.clinic();
        var page = new MyAppointmentsPage(Visit.frame(ctx, "My appointments"), bookings.upcoming(client), profile,
                notice, problem, List.of(), Optional.empty(), new TreeMap<>());
        if (profile.selfBooking()) {
            page = withOffers(page, client);
        }
        Pages.show(ctx, "plans/appointments.jte", page);
    }

    private MyAppointmentsPage withOffers(MyAppointmentsPage page, ClientId client) {
        try {
            var offers = bookings.offers(client);
            return page.with(offers.next(), offers.byDay(), List.of());
        } catch (ScreeningRefusedException e) {
            return page.with(Optional.empty(), new TreeMap<>(), instead(e));
        }
    }

    /** What to do instead of booking massage, as screening says. */
    static List<String> instead(ScreeningRefusedException e) {
        return e.instead().isEmpty() ? List.of("Your therapist needs to see you before more massage is booked.")
                : e.instead();
    }

    private void book(Context ctx) {
        var visit = Visit.required(ctx);
        var client = Me.clientOf(visit);
        var form = Form.of(ctx);
        var wanted = bookings.offered(client, form.value("therapist"), form.value("start"));
        if (wanted.isEmpty()) {
            ctx.status(422);
            show(ctx, "", "That time is not one offered for your next session (any more): choose one of the times below.");
            return;
        }
        try {
            desk.book(List.of(wanted.get()), visit.actor(), clock.instant());
        } catch (BookingRefusedException e) {
            ctx.status(409);
            show(ctx, "", e.clashes().stream().anyMatch(c -> c.kind() == Clash.Kind.SESSION_BOOKED)
                    ? "That session was booked a moment ago, perhaps in another window: it is in your appointments."
                    : "That time was taken a moment ago: choose another below.");
            return;
        }
        ctx.redirect("/me/appointments?done=booked", HttpStatus.SEE_OTHER);
    }

    private void cancel(Context ctx) {
        var visit = Visit.required(ctx);
        var mine = changeable(ctx, Me.clientOf(visit));
        if (mine.isPresent()) {
            desk.cancel(mine.get().id(), visit.actor(), "cancelled by the client", clock.instant());
            ctx.redirect("/me/appointments?done=cancelled", HttpStatus.SEE_OTHER);
        }
    }

    private void showMove(Context ctx, String problem) {
        var visit = Visit.required(ctx);
        var client = Me.clientOf(visit);
        var mine = changeable(ctx, client);
        if (mine.isEmpty()) {
            return;
        }
        clients.audit(client, visit.actor(), "read own appointments", clock.instant());
        var shown = bookings.shown(mine.get());
        MyAppointmentsPage.MovePage page;
        try {
            var moves = bookings.clinic().selfBooking() ? bookings.moves(mine.get()) : new TreeMap<LocalDate, List<Offer>>();
            page = new MyAppointmentsPage.MovePage(Visit.frame(ctx, "Move an appointment"), shown, bookings.clinic(),
                    moves, List.of(), problem);
        } catch (ScreeningRefusedException e) {
            page = new MyAppointmentsPage.MovePage(Visit.frame(ctx, "Move an appointment"), shown, bookings.clinic(),
                    new TreeMap<>(), instead(e), problem);
        }
        Pages.show(ctx, "plans/move.jte", page);
    }

    private void move(Context ctx) {
        var visit = Visit.required(ctx);
        var mine = changeable(ctx, Me.clientOf(visit));
        if (mine.isEmpty()) {
            return;
        }
        var start = Form.of(ctx).value("start");
        if (!bookings.offeredForMove(mine.get(), start)) {
            ctx.status(422);
            showMove(ctx, "That time is not one offered for this appointment (any more): choose one of the times below.");
            return;
        }
        try {
            desk.move(mine.get().id(), LocalDateTime.parse(start), visit.actor(), clock.instant(), OptionalLong.empty());
        } catch (BookingRefusedException e) {
            ctx.status(409);
            showMove(ctx, "That time was taken a moment ago: choose another below.");
            return;
        }
        ctx.redirect("/me/appointments?done=moved", HttpStatus.SEE_OTHER);
    }

    /** The client's own appointment, still theirs to change; else the page says why (404 or 422) and it is empty. */
    private Optional<Appointment> changeable(Context ctx, ClientId client) {
        var mine = bookings.mine(client, ctx.pathParam("appointment"));
        if (mine.isEmpty() || !bookings.cancellable(mine.get())) {
            ctx.status(mine.isEmpty() ? 404 : 422);
            show(ctx, "", mine.isEmpty() ? "There is no such appointment of yours." : bookings.tooNear());
            return Optional.empty();
        }
        return mine;
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
