package org.backcare.web.booking;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.backcare.booking.Appointment;
import org.backcare.booking.BookingRefusedException;
import org.backcare.booking.FrontDesk;
import org.backcare.booking.Status;
import org.backcare.clients.ClientChangedException;
import org.backcare.clients.ClientRecord;
import org.backcare.web.Form;
import org.backcare.web.Frame;
import org.backcare.web.Pages;
import org.backcare.web.access.Access;
import org.backcare.web.access.Visit;
import org.backcare.web.progress.CareRecords;

/**
 * Single appointments on the web: a client's appointments and booking one; an appointment's page, where it is moved
 * or cancelled (each after a confirmation step, the history kept); marking arrived or no-show from the day sheet.
 */
public final class AppointmentPages {
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    /** A client's appointments, newest first, and the form to book one. */
    public record ClientPage(Frame frame, ClientRecord client, List<Shown> appointments, Form form,
            List<String> therapists, List<String> rooms, String notice, String minutesHint) {}

    /**
     * One appointment: what it is, its moves and cancellation, and what can be done with it ({@code markable}: what
     * the visit can be marked now: arrived, or attended by logging it, on its day; a no-show once begun).
     */
    public record OnePage(Frame frame, String clientName, Shown shown, List<String> history, Form form, String notice,
            List<Status> markable) {
        public Appointment appointment() {
            return shown.appointment();
        }

        public String path() {
            return "/appointments/" + appointment().id();
        }

        public String day() {
            return "/schedule?day=" + appointment().start().toLocalDate() + "#appointment-" + appointment().id();
        }
    }

    /** The step before a move or a cancellation: what it will do, and the button that does it. */
    public record ConfirmPage(Frame frame, String clientName, Shown shown, String question, String action,
            String button, Map<String, String> fields) {}

    private final Bookings bookings;
    private final CareRecords records;

    AppointmentPages(Bookings bookings, CareRecords records) {
        this.bookings = bookings;
        this.records = records;
    }

    void register(RoutesConfig routes) {
        routes.get("/clients/{id}/appointments", this::ofClient, Access.STAFF);
        routes.post("/clients/{id}/appointments", this::bookOne, Access.STAFF);
        routes.get("/appointments/{appointment}", this::one, Access.STAFF);
        routes.post("/appointments/{appointment}/move", this::move, Access.STAFF);
        routes.post("/appointments/{appointment}/cancel", this::cancel, Access.STAFF);
        routes.post("/appointments/{appointment}/arrived", ctx -> mark(ctx, Status.ARRIVED), Access.STAFF);
        routes.post("/appointments/{appointment}/no-show", ctx -> mark(ctx, Status.NO_SHOW), Access.STAFF);
    }

    private void ofClient(Context ctx) {
        var opened = records.open(ctx, "read appointments");
        var booked = ctx.queryParam("booked");
        showClient(ctx, opened, BookingForm.usual("date", bookings.today().plusDays(1),
                bookings.therapistOf(opened.id())), booked == null ? "" : "Booked " + booked
                + (booked.equals("1") ? " appointment." : " appointments."));
    }

    private void bookOne(Context ctx) {
        var opened = records.open(ctx, "book appointment");
        var form = Form.of(ctx);
        var read = new BookingForm(form);
        var start = read.date("date", "Date").atTime(read.time("at", "Time"));
        var minutes = read.number("minutes", "Minutes", Appointment.MIN_MINUTES, Appointment.MAX_MINUTES);
        var therapist = read.therapist();
        var room = read.room();
        if (!read.problems().isEmpty()) {
            ctx.status(422);
            showClient(ctx, opened, read.shown(), "Nothing was booked.");
            return;
        }
        var attempt = BookingForm.trying(() -> bookings.desk().book(List.of(bookings.one(opened.id(), therapist, room,
                start, minutes)), opened.visit().actor(), bookings.clock().instant()));
        if (attempt.done().isPresent()) {
            ctx.redirect("/clients/" + opened.id() + "/appointments?booked=1", HttpStatus.SEE_OTHER);
            return;
        }
        ctx.status(attempt.status());
        showClient(ctx, opened, form, attempt.why().get());
    }

    private void showClient(Context ctx, CareRecords.Opened opened, Form form, String notice) {
        var zone = bookings.desk().settings().zone();
        var appointments = bookings.desk().ofClient(opened.id()).stream()
                .sorted(Comparator.comparing(Appointment::start).reversed()).map(a -> new Shown(a, zone)).toList();
        Pages.show(ctx, "booking/appointments.jte", new ClientPage(Visit.frame(ctx, "Appointments"), opened.client(),
                appointments, form, bookings.therapists(), bookings.rooms(), notice, BookingForm.minutesHint()));
    }

    private void one(Context ctx) {
        var appointment = bookings.mine(ctx.pathParam("appointment"), Visit.required(ctx));
        var done = Optional.ofNullable(ctx.queryParam("done")).orElse("");
        var notice = switch (done) {
            case "moved" -> "Moved. Where it was is kept below.";
            case "cancelled" -> "Cancelled" + (appointment.cancellation().map(c -> c.late()).orElse(false)
                    ? ": a late cancellation." : ".");
            default -> "";
        };
        showOne(ctx, appointment, Form.EMPTY, notice);
    }

    private void move(Context ctx) {
        var visit = Visit.required(ctx);
        var appointment = bookings.mine(ctx.pathParam("appointment"), visit);
        var form = Form.of(ctx);
        var read = new BookingForm(form);
        var to = read.date("date", "New date").atTime(read.time("at", "New time"));
        if (!read.problems().isEmpty()) {
            ctx.status(422);
            showOne(ctx, appointment, read.shown(), "Nothing was changed.");
            return;
        }
        var now = bookings.clock().instant();
        var check = BookingForm.trying(() -> {
            var moved = FrontDesk.move(appointment, to, visit.actor(), now);
            var clashes = bookings.desk().book(to.toLocalDate().minusDays(1), to.toLocalDate().plusDays(1)).clashes(moved, now);
            if (!clashes.isEmpty()) {
                throw new BookingRefusedException(clashes);
            }
            return moved;
        });
        if (check.why().isPresent()) {
            ctx.status(check.status());
            showOne(ctx, appointment, form, check.why().get());
            return;
        }
        if (!"yes".equals(form.value("confirmed"))) {
            var shown = new Shown(check.done().get(), bookings.desk().settings().zone());
            confirm(ctx, appointment, "Move this appointment to " + shown.when() + "? Where it was stays in its history.",
                    "/move", "Move it", Map.of("date", form.value("date"), "at", form.value("at"),
                            "version", Long.toString(bookings.clients().version(appointment.client()))));
            return;
        }
        var version = form.value("version").matches("\\d{1,18}") ? OptionalLong.of(Long.parseLong(form.value("version")))
                : OptionalLong.empty();
        try {
            var moved = BookingForm.trying(() -> bookings.desk().move(appointment.id(), to, visit.actor(), now, version));
            if (moved.why().isPresent()) {
                ctx.status(moved.status());
                showOne(ctx, appointment, form, moved.why().get());
                return;
            }
        } catch (ClientChangedException e) {
            ctx.status(HttpStatus.CONFLICT);
            showOne(ctx, bookings.mine(ctx.pathParam("appointment"), visit), form, "Someone changed this client's"
                    + " appointments while you were confirming: nothing was moved. Check the appointment, then move it again.");
            return;
        }
        ctx.redirect("/appointments/" + appointment.id() + "?done=moved", HttpStatus.SEE_OTHER);
    }

    private void cancel(Context ctx) {
        var visit = Visit.required(ctx);
        var appointment = bookings.mine(ctx.pathParam("appointment"), visit);
        var form = Form.of(ctx);
        var reason = form.value("reason").strip();
        var now = bookings.clock().instant();
        var check = BookingForm.trying(() -> FrontDesk.cancel(appointment, visit.actor(), reason, now,
                bookings.desk().settings()));
        if (check.why().isPresent()) {
            ctx.status(check.status());
            showOne(ctx, appointment, form, check.why().get());
            return;
        }
        if (!"yes".equals(form.value("confirmed"))) {
            var late = check.done().get().cancellation().orElseThrow().late();
            confirm(ctx, appointment, "Cancel this appointment" + (reason.isEmpty() ? "" : " (" + reason + ")") + "?"
                    + (late ? " This is a late cancellation: inside the clinic's notice of "
                    + bookings.desk().settings().lateNoticeInWords() + "." : ""),
                    "/cancel", "Cancel it", Map.of("reason", reason));
            return;
        }
        var cancelled = BookingForm.trying(() -> bookings.desk().cancel(appointment.id(), visit.actor(), reason, now));
        if (cancelled.why().isPresent()) {
            ctx.status(cancelled.status());
            showOne(ctx, appointment, form, cancelled.why().get());
            return;
        }
        ctx.redirect("/appointments/" + appointment.id() + "?done=cancelled", HttpStatus.SEE_OTHER);
    }

    private void mark(Context ctx, Status status) {
        var visit = Visit.required(ctx);
        var appointment = bookings.mine(ctx.pathParam("appointment"), visit);
        var marked = BookingForm.trying(() -> bookings.desk().mark(appointment.id(), status, visit.actor(),
                bookings.clock().instant()));
        if (marked.why().isPresent()) {
            ctx.status(marked.status());
            showOne(ctx, appointment, Form.EMPTY, marked.why().get());
            return;
        }
        ctx.redirect("/schedule?day=" + appointment.start().toLocalDate() + "#appointment-" + appointment.id(),
                HttpStatus.SEE_OTHER);
    }

    private void confirm(Context ctx, Appointment appointment, String question, String action, String button,
            Map<String, String> fields) {
        var all = new LinkedHashMap<>(fields);
        all.put("confirmed", "yes");
        Pages.show(ctx, "booking/confirm.jte", new ConfirmPage(Visit.frame(ctx, "Confirm"), clientName(appointment),
                shown(appointment), question, "/appointments/" + appointment.id() + action, button, all));
    }

    private void showOne(Context ctx, Appointment appointment, Form form, String notice) {
        var zone = bookings.desk().settings().zone();
        var history = new ArrayList<String>();
        appointment.moves().forEach(m -> history.add("Moved from " + m.from().format(AT) + " to " + m.to().format(AT)
                + " by " + m.by() + " on " + m.at().atZone(zone).format(AT)));
        appointment.cancellation().ifPresent(c -> history.add((c.late() ? "Late cancellation" : "Cancelled") + " by "
                + c.by() + " on " + c.at().atZone(zone).format(AT) + (c.reason().isEmpty() ? "" : ": " + c.reason())));
        Pages.show(ctx, "booking/appointment.jte", new OnePage(Visit.frame(ctx, "Appointment " + appointment.id()),
                clientName(appointment), shown(appointment), history, form, notice,
                FrontDesk.markable(appointment, bookings.clock().instant(), zone)));
    }

    private Shown shown(Appointment appointment) {
        return new Shown(appointment, bookings.desk().settings().zone());
    }

    private String clientName(Appointment appointment) {
        return bookings.clients().history(appointment.client()).map(h -> h.client().name())
                .orElse(appointment.client().value());
    }
}
