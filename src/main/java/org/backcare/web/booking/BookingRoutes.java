package org.backcare.web.booking;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.backcare.accounts.Accounts;
import org.backcare.accounts.Username;
import org.backcare.booking.AppointmentDesk;
import org.backcare.booking.Room;
import org.backcare.booking.WeeklyHours;
import org.backcare.clients.ClientBook;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.web.JsonInput;
import org.backcare.web.ProblemDetails;
import org.backcare.web.ProblemResponse;
import org.backcare.web.access.Access;
import org.backcare.web.access.Caseloads;
import org.backcare.web.progress.CareRecords;

/** The appointment book's routes: appointments, working hours and rooms; booking a plan's series and one visit. */
public final class BookingRoutes {
    private final AppointmentApi appointments;
    private final SeriesPages series;
    private final AppointmentPages pages;
    private final AppointmentDesk desk;

    public BookingRoutes(KnowledgeBase knowledge, ClientBook clients, Accounts accounts, AppointmentDesk desk,
            Caseloads caseloads, Clock clock) {
        var bookings = new Bookings(knowledge, clients, accounts, desk, caseloads, clock);
        var records = new CareRecords(clients, caseloads, clock);
        this.appointments = new AppointmentApi(bookings, caseloads);
        this.series = new SeriesPages(bookings, records);
        this.pages = new AppointmentPages(bookings, records);
        this.desk = desk;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/appointments", appointments::list, Access.STAFF);
        routes.post("/api/appointments", appointments::create, Access.STAFF);
        routes.put("/api/appointments/{appointment}", appointments::move, Access.STAFF);
        routes.post("/api/appointments/{appointment}/cancel", appointments::cancel, Access.STAFF);
        routes.post("/api/appointments/{appointment}/no-show", appointments::noShow, Access.STAFF);
        routes.post("/api/clients/{id}/appointments/series", appointments::series, Access.STAFF);
        routes.get("/api/therapists/{username}/hours", this::hours, Access.STAFF);
        routes.put("/api/therapists/{username}/hours", this::setHours, Access.ADMIN);
        routes.get("/api/rooms", this::rooms, Access.STAFF);
        routes.post("/api/rooms", this::addRoom, Access.ADMIN);
        series.register(routes);
        pages.register(routes);
    }

    private void hours(Context ctx) {
        var week = desk.weeks().get(username(ctx));
        ctx.json(Map.of("hours", week == null ? "" : week.usual().toString()));
    }

    private void setHours(Context ctx) {
        var username = username(ctx);
        var input = JsonInput.of(ctx, Set.of("hours"));
        var spec = input.text("hours", null);
        input.refuseIfProblems("The hours");
        BookingProblems.answering(() -> {
            desk.hours(username, WeeklyHours.parse(spec));
            return null;
        });
        hours(ctx);
    }

    private void rooms(Context ctx) {
        ctx.json(Map.of("items", desk.rooms().stream().map(r -> Map.of("name", r.name(),
                "equipment", r.equipment().stream().sorted().toList())).toList()));
    }

    private void addRoom(Context ctx) {
        var input = JsonInput.of(ctx, Set.of("name", "equipment"));
        var name = input.text("name", null);
        var equipment = input.texts("equipment");
        input.refuseIfProblems("The room");
        BookingProblems.answering(() -> {
            desk.addRoom(new Room(name.strip(), Set.copyOf(equipment)));
            return null;
        });
        ctx.status(201);
        rooms(ctx);
    }

    private static Username username(Context ctx) {
        var value = ctx.pathParam("username");
        if (!Username.isValid(value)) {
            throw new ProblemResponse(ProblemDetails.ofStatus(404, "Not Found",
                    "There is no therapist " + value + "."));
        }
        return new Username(value);
    }
}
