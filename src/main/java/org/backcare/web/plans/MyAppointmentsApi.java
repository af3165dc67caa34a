package org.backcare.web.plans;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import org.backcare.booking.Appointment;
import org.backcare.booking.AppointmentDesk;
import org.backcare.booking.ScreeningRefusedException;
import org.backcare.clients.ClientBook;
import org.backcare.clients.ClientId;
import org.backcare.intake.Problem;
import org.backcare.web.JsonInput;
import org.backcare.web.ProblemDetails;
import org.backcare.web.ProblemResponse;
import org.backcare.web.Problems;
import org.backcare.web.access.Access;
import org.backcare.web.access.Visit;
import org.backcare.web.booking.BookingProblems;
import org.backcare.web.plans.MyAppointmentsPage.Upcoming;

/**
 * The client's own appointments for programs, as on {@code /me/appointments}: those to come, the free times for the
 * plan's next session, booking one, moving or cancelling one up to the clinic's notice. Booking, moving and the free
 * times are refused when the clinic has self-booking off (403) and when screening stops massage (422).
 */
final class MyAppointmentsApi {
    private final ClientBook clients;
    private final AppointmentDesk desk;
    private final ClientBookings bookings;
    private final Clock clock;

    MyAppointmentsApi(ClientBook clients, AppointmentDesk desk, ClientBookings bookings, Clock clock) {
        this.clients = clients;
        this.desk = desk;
        this.bookings = bookings;
        this.clock = clock;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/me/appointments", this::list, Access.SIGNED_IN);
        routes.get("/api/me/free-times", this::freeTimes, Access.SIGNED_IN);
        routes.post("/api/me/appointments", this::book, Access.SIGNED_IN);
        routes.put("/api/me/appointments/{appointment}", this::move, Access.SIGNED_IN);
        routes.post("/api/me/appointments/{appointment}/cancel", this::cancel, Access.SIGNED_IN);
    }

    private void list(Context ctx) {
        var client = client(ctx, "read own appointments");
        var body = new LinkedHashMap<String, Object>();
        body.put("selfBooking", bookings.clinic().selfBooking());
        body.put("clinicPhone", bookings.clinic().phone());
        body.put("appointments", bookings.upcoming(client).stream().map(MyAppointmentsApi::describe).toList());
        ctx.json(body);
    }

    private void freeTimes(Context ctx) {
        var client = client(ctx, "read own free times");
        var offers = admitted(() -> bookings.offers(client));
        var body = new LinkedHashMap<String, Object>();
        body.put("session", offers.next().map(v -> (Object) v.session()).orElse(null));
        body.put("planned", offers.next().map(v -> (Object) v.date().toString()).orElse(null));
        body.put("toleranceDays", offers.next().map(v -> (Object) v.toleranceDays()).orElse(null));
        body.put("minutes", offers.next().map(v -> (Object) v.minutes()).orElse(null));
        body.put("times", offers.byDay().values().stream().flatMap(List::stream).map(o -> Map.of("therapist",
                o.therapist(), "therapistName", o.therapistName(), "start", o.start().toString())).toList());
        ctx.json(body);
    }

    private void book(Context ctx) {
        var visit = Visit.required(ctx);
        var client = client(ctx, "book own appointment");
        var input = JsonInput.of(ctx, Set.of("therapist", "start"));
        var therapist = input.text("therapist", null);
        var start = input.text("start", null);
        input.refuseIfProblems("The booking");
        admitted(() -> bookings.screened(client));
        var wanted = bookings.offered(client, therapist, start)
                .orElseThrow(() -> notOffered("start", "not one of the free times offered for your next session"
                        + " (GET /api/me/free-times lists them)"));
        var booked = BookingProblems.answering(() -> desk.book(List.of(wanted), visit.actor(), clock.instant()));
        ctx.status(HttpStatus.CREATED).json(describe(bookings.shown(booked.get(0))));
    }

    private void move(Context ctx) {
        var visit = Visit.required(ctx);
        var client = client(ctx, "move own appointment");
        var appointment = changeable(client, ctx.pathParam("appointment"));
        var input = JsonInput.of(ctx, Set.of("start"));
        var start = input.text("start", null);
        input.refuseIfProblems("The move");
        admitted(() -> bookings.screened(client));
        if (!bookings.offeredForMove(appointment, start)) {
            throw notOffered("start", "not a free time of your therapist within this session's window");
        }
        var moved = BookingProblems.answering(() -> desk.move(appointment.id(), LocalDateTime.parse(start),
                visit.actor(), clock.instant(), OptionalLong.empty()));
        ctx.json(describe(bookings.shown(moved)));
    }

    private void cancel(Context ctx) {
        var visit = Visit.required(ctx);
        var client = client(ctx, "cancel own appointment");
        var appointment = changeable(client, ctx.pathParam("appointment"));
        var cancelled = desk.cancel(appointment.id(), visit.actor(), "cancelled by the client", clock.instant());
        ctx.json(describe(bookings.shown(cancelled)));
    }

    private ClientId client(Context ctx, String action) {
        var visit = Visit.required(ctx);
        var client = Me.clientOf(visit);
        clients.audit(client, visit.actor(), action, clock.instant());
        return client;
    }

    /** What {@code ask} gives, when the clinic lets clients book and screening allows massage. */
    private <T> T admitted(Supplier<T> ask) {
        if (!bookings.clinic().selfBooking()) {
            var phone = bookings.clinic().phone();
            throw new ProblemResponse(Problems.ofStatus(403, "This clinic does not let clients book themselves: call"
                    + " the clinic" + (phone.isEmpty() ? "." : " on " + phone + ".")));
        }
        try {
            return ask.get();
        } catch (ScreeningRefusedException e) {
            throw new ProblemResponse(new ProblemDetails(BookingProblems.SCREENING, "Screening stops massage", 422,
                    "Your plan says no massage for now, so nothing can be booked: " + String.join(" ",
                            MyAppointments.instead(e)), List.of(new Problem("screening.outcome", e.outcome().id()))));
        }
    }

    /** The client's own appointment, still theirs to change: booked, and the clinic's notice not begun. */
    private Appointment changeable(ClientId client, String id) {
        var appointment = bookings.mine(client, id).orElseThrow(() -> new ProblemResponse(Problems.ofStatus(404,
                "There is no such appointment of yours.")));
        if (!bookings.cancellable(appointment)) {
            throw new ProblemResponse(Problems.ofStatus(422, bookings.tooNear()));
        }
        return appointment;
    }

    private static ProblemResponse notOffered(String field, String message) {
        return new ProblemResponse(new ProblemDetails(ProblemDetails.INVALID_INPUT, "Invalid input", 422,
                "Nothing was booked or changed.", List.of(new Problem(field, message))));
    }

    private static Map<String, Object> describe(Upcoming a) {
        var described = new LinkedHashMap<String, Object>();
        described.put("id", a.id());
        described.put("start", a.start().toString());
        described.put("therapist", a.therapist());
        described.put("room", a.room().orElse(null));
        described.put("cancellable", a.cancellable());
        return described;
    }
}
