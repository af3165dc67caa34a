package org.backcare.web.booking;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import org.backcare.accounts.Username;
import org.backcare.booking.Appointment;
import org.backcare.booking.AppointmentDesk;
import org.backcare.booking.Status;
import org.backcare.booking.UnmarkedVisits;
import org.backcare.clients.ClientBook;
import org.backcare.clients.ClientChangedException;
import org.backcare.clients.ClientId;
import org.backcare.intake.Problem;
import org.backcare.report.ScheduleJson;
import org.backcare.web.ClientETag;
import org.backcare.web.JsonInput;
import org.backcare.web.ProblemDetails;
import org.backcare.web.ProblemResponse;
import org.backcare.web.access.Caseloads;
import org.backcare.web.access.Visit;

/**
 * The appointment book as JSON: the schedule by day or week (of a therapist or a client), one booking, a plan's
 * series (dry run, then confirm), move with If-Match, cancel, no-show. A therapist sees their own book in full and
 * the others' as busy time only; the admin sees everything.
 */
final class AppointmentApi {
    private final Bookings bookings;
    private final AppointmentDesk desk;
    private final ClientBook clients;
    private final Caseloads caseloads;
    private final Clock clock;

    AppointmentApi(Bookings bookings, Caseloads caseloads) {
        this.bookings = bookings;
        this.desk = bookings.desk();
        this.clients = bookings.clients();
        this.caseloads = caseloads;
        this.clock = bookings.clock();
    }

    void list(Context ctx) {
        var visit = Visit.required(ctx);
        var zone = desk.settings().zone();
        var client = Optional.ofNullable(ctx.queryParam("client"));
        List<Appointment> found;
        if (unmarked(ctx)) {
            found = UnmarkedVisits.in(desk, StaffSchedule.whoseToMark(ctx, visit), clock.instant());
        } else if (client.isPresent()) {
            var id = ClientId.isValid(client.get()) ? new ClientId(client.get()) : null;
            if (id == null || !caseloads.mayOpen(visit, id)) {
                throw Caseloads.noSuchClient(new ClientId(id == null ? "unknown" : id.value()));
            }
            found = desk.ofClient(id);
        } else {
            var week = StaffSchedule.date(ctx, "week");
            var day = week.isPresent() ? week.get().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    : StaffSchedule.date(ctx, "day").orElse(LocalDate.now(clock.withZone(zone)));
            found = desk.between(day, week.isPresent() ? day.plusDays(6) : day, StaffSchedule.therapist(ctx));
        }
        var json = ScheduleJson.tree(found, zone);
        json.withArray("appointments").forEach(node -> hideIfNotYours(visit, (ObjectNode) node));
        ctx.json(json);
    }

    /** {@code ?unmarked=true}: the visits over and not logged or marked, instead of a day, a week or a client's. */
    private static boolean unmarked(Context ctx) {
        var value = ctx.queryParam("unmarked");
        if (value == null) {
            return false;
        }
        if (!value.equals("true")) {
            throw unmarkedRefused("true, or leave it out");
        }
        if (Stream.of("day", "week", "client").anyMatch(q -> ctx.queryParam(q) != null)) {
            throw unmarkedRefused("on its own: not with day, week or client");
        }
        return true;
    }

    private static ProblemResponse unmarkedRefused(String rule) {
        return new ProblemResponse(new ProblemDetails(ProblemDetails.INVALID_QUERY, "Invalid query", 400,
                "The query has 1 problem.", List.of(new Problem("unmarked", rule))));
    }

    /** Another therapist's appointment shows as busy time: no client, no cautions. */
    private void hideIfNotYours(Visit visit, ObjectNode node) {
        if (StaffSchedule.seesInFull(visit, node.get("therapist").asText())) {
            return;
        }
        node.putNull("client").put("status", "busy").putNull("planSession").putArray("cautions");
    }

    void create(Context ctx) {
        var visit = Visit.required(ctx);
        var input = JsonInput.of(ctx, Set.of("client", "start", "minutes", "therapist", "room"));
        var id = clientOf(visit, input.text("client", null));
        var start = local(input, "start");
        var minutes = input.node("minutes").isMissingNode() ? null : input.number("minutes");
        var room = Optional.ofNullable(input.text("room", "")).filter(r -> !r.isEmpty());
        var therapist = therapist(input, id);
        input.refuseIfProblems("The booking");
        var booked = BookingProblems.answering(() -> desk.book(List.of(bookings.one(id, therapist, room, start,
                Optional.ofNullable(minutes))), visit.actor(), clock.instant()).get(0));
        answer(ctx.status(201).header("Location", "/api/appointments/" + booked.id()), booked);
    }

    void series(Context ctx) {
        var visit = Visit.required(ctx);
        var id = Caseloads.clientInPath(ctx);
        caseloads.requireOpen(visit, id);
        var input = JsonInput.of(ctx, Set.of("at", "weekday", "next", "from", "therapist", "room", "dryRun"));
        var at = time(input, "at");
        var zone = desk.settings().zone();
        var from = input.date("from", LocalDate.now(clock.withZone(zone)));
        var next = input.node("next").isMissingNode() ? Integer.MAX_VALUE : input.number("next");
        var weekday = input.node("weekday").isMissingNode() ? Optional.<DayOfWeek>empty()
                : Optional.of(DayOfWeek.valueOf(longDay(input.oneOf("weekday", List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun")))));
        var room = Optional.ofNullable(input.text("room", "")).filter(r -> !r.isEmpty());
        boolean dryRun = input.node("dryRun").asBoolean(false);
        var therapist = therapist(input, id);
        if (next < 1) {
            input.problem(new Problem("next", "must be 1 or more"));
        }
        input.refuseIfProblems("The series");
        var json = BookingProblems.answering(() -> {
            var proposal = bookings.propose(id, new Bookings.SeriesAsked(from, next == Integer.MAX_VALUE
                    ? Optional.empty() : Optional.of(next), therapist, room, at, weekday));
            var placed = proposal.placed().stream().map(p -> p.appointment()).toList();
            var booked = dryRun ? placed : desk.book(placed, visit.actor(), clock.instant());
            var root = ScheduleJson.tree(booked, zone).put("dryRun", dryRun);
            var notPlaced = root.putArray("notPlaced");
            proposal.notPlaced().forEach(n -> notPlaced.addObject().put("planSession", n.visit().session())
                    .put("planned", n.visit().date().toString()).put("why", n.why()));
            return root;
        });
        ctx.status(dryRun ? 200 : 201).json(json);
    }

    void move(Context ctx) {
        var visit = Visit.required(ctx);
        var appointment = mine(ctx, visit);
        var expected = ClientETag.expected(ctx);
        var input = JsonInput.of(ctx, Set.of("start"));
        var start = local(input, "start");
        input.refuseIfProblems("The move");
        try {
            answer(ctx, BookingProblems.answering(() -> desk.move(appointment.id(), start, visit.actor(), clock.instant(),
                    OptionalLong.of(expected))));
        } catch (ClientChangedException e) {
            throw ClientETag.changedMeanwhile(ctx, e);
        }
    }

    void cancel(Context ctx) {
        var visit = Visit.required(ctx);
        var appointment = mine(ctx, visit);
        var input = JsonInput.of(ctx, Set.of("reason"));
        var reason = input.text("reason", "");
        input.refuseIfProblems("The cancellation");
        answer(ctx, BookingProblems.answering(() -> desk.cancel(appointment.id(), visit.actor(), reason.strip(), clock.instant())));
    }

    void noShow(Context ctx) {
        var visit = Visit.required(ctx);
        var appointment = mine(ctx, visit);
        answer(ctx, BookingProblems.answering(() -> desk.mark(appointment.id(), Status.NO_SHOW, visit.actor(), clock.instant())));
    }

    private void answer(Context ctx, Appointment appointment) {
        var node = ScheduleJson.tree(List.of(appointment), desk.settings().zone()).withArray("appointments").get(0);
        ((ObjectNode) node).put("late", appointment.cancellation().map(c -> c.late()).orElse(false))
                .put("needsReview", appointment.needsReview());
        ctx.header("ETag", ClientETag.of(clients.version(appointment.client()))).json(node);
    }

    private Appointment mine(Context ctx, Visit visit) {
        return bookings.mine(ctx.pathParam("appointment"), visit);
    }

    private ClientId clientOf(Visit visit, String value) {
        if (!ClientId.isValid(value) || !caseloads.mayOpen(visit, new ClientId(value))) {
            throw Caseloads.noSuchClient(new ClientId(ClientId.isValid(value) ? value : "unknown"));
        }
        return new ClientId(value);
    }

    private Username therapist(JsonInput input, ClientId client) {
        var named = input.text("therapist", "");
        if (!named.isEmpty()) {
            if (Username.isValid(named)) {
                return new Username(named);
            }
            input.problem(new Problem("therapist", "'" + named + "' is not a username"));
            return new Username("nobody");
        }
        return bookings.therapistOf(client).orElseGet(() -> {
            input.problem(new Problem("therapist", "required: no therapist cares for " + client + " yet"));
            return new Username("nobody");
        });
    }

    private static LocalDateTime local(JsonInput input, String field) {
        var text = input.text(field, null);
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            input.problem(new Problem(field, "required: the clinic's local date and time, YYYY-MM-DDTHH:MM"));
            return LocalDateTime.of(2000, 1, 1, 0, 0);
        }
    }

    private static LocalTime time(JsonInput input, String field) {
        var text = input.text(field, null);
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            input.problem(new Problem(field, "required: a time HH:MM"));
            return LocalTime.NOON;
        }
    }

    private static String longDay(String shortDay) {
        return Arrays.stream(DayOfWeek.values()).filter(d -> d.name().toLowerCase().startsWith(shortDay))
                .findFirst().orElseThrow().name();
    }
}
