package org.backcare.web.booking;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.backcare.booking.Appointment;
import org.backcare.booking.AppointmentDesk;
import org.backcare.booking.BookingRefusedException;
import org.backcare.booking.ScreeningRefusedException;
import org.backcare.booking.UnmarkedVisits;
import org.backcare.clients.ClientBook;
import org.backcare.intake.Problem;
import org.backcare.report.WeekProposalJson;
import org.backcare.scheduling.DaysToPlan;
import org.backcare.storage.ProposedWeeks.StaleProposalException;
import org.backcare.storage.SqlWeekSolves.Solve;
import org.backcare.storage.SqlWeekSolves.State;
import org.backcare.web.Form;
import org.backcare.web.JsonInput;
import org.backcare.web.Pages;
import org.backcare.web.ProblemDetails;
import org.backcare.web.ProblemResponse;
import org.backcare.web.Problems;
import org.backcare.web.access.Access;
import org.backcare.web.access.Visit;

/**
 * The admin's "Plan next week": start a solve, watch the best proposal so far (the page asks again every second,
 * htmx), then accept it (booked by the rules of booking by hand) or discard it; and the same through the API.
 */
public final class WeekPlanRoutes {
    private final WeekPlanning planning;
    private final AppointmentDesk desk;
    private final WeekPlanView view;

    public WeekPlanRoutes(WeekPlanning planning, AppointmentDesk desk, ClientBook clients) {
        this.planning = planning;
        this.desk = desk;
        this.view = new WeekPlanView(clients);
    }

    public void register(RoutesConfig routes) {
        routes.get("/schedule/plan", ctx -> page(ctx, mondayOf(ctx), Form.EMPTY), Access.ADMIN);
        routes.post("/schedule/plan", this::startFromForm, Access.ADMIN);
        routes.get("/schedule/plan/state", this::state, Access.ADMIN);
        routes.post("/schedule/plan/accept", this::acceptFromForm, Access.ADMIN);
        routes.post("/schedule/plan/discard", this::discardFromForm, Access.ADMIN);
        routes.post("/api/schedule/plans", this::startFromApi, Access.ADMIN);
        routes.get("/api/schedule/plans/{plan}", ctx -> ctx.json(json(solve(ctx))), Access.ADMIN);
        routes.post("/api/schedule/plans/{plan}/accept", this::acceptFromApi, Access.ADMIN);
        routes.delete("/api/schedule/plans/{plan}", ctx -> {
            discard(solve(ctx).id());
            ctx.status(204);
        }, Access.ADMIN);
    }

    /** The page of the week holding {@code day}. */
    private void page(Context ctx, LocalDate day, Form form) {
        var monday = DaysToPlan.mondayOf(day);
        var solve = planning.solves().forWeek(monday, planning.now());
        Pages.show(ctx, "schedule/plan.jte", new WeekPlanView.PlanPage(Visit.frame(ctx, "Plan the week of " + monday),
                monday, DaysToPlan.of(monday, today()), form,
                solve.map(s -> view.state(s, Visit.required(ctx).csrfToken())),
                UnmarkedVisits.in(desk, Optional.empty(), planning.now()).size()));
    }

    /** Only the part that changes while solving, for htmx to swap in. */
    private void state(Context ctx) {
        var monday = mondayOf(ctx);
        var solve = planning.solves().forWeek(monday, planning.now());
        ctx.html(solve.map(s -> Pages.render("schedule/planstate.jte", view.state(s, Visit.required(ctx).csrfToken())))
                .orElse("<div id=\"plan-state\"><p>This week is not being planned.</p></div>"));
    }

    private void startFromForm(Context ctx) {
        var form = Form.of(ctx);
        var problems = new ArrayList<Problem>();
        var monday = date(form.value("week"), problems);
        int seconds = seconds(form.value("seconds").isBlank() ? String.valueOf(WeekPlanning.DEFAULT_SECONDS)
                : form.value("seconds"), problems);
        monday.flatMap(m -> DaysToPlan.whyNot(m, today())).ifPresent(why -> problems.add(new Problem("week", why)));
        if (!problems.isEmpty()) {
            page(ctx, monday.orElseGet(this::nextMonday), form.withProblems(problems));
            return;
        }
        planning.start(DaysToPlan.of(monday.get(), today()).orElseThrow(), seconds, Visit.required(ctx).actor());
        ctx.redirect("/schedule/plan?week=" + monday.get(), HttpStatus.SEE_OTHER);
    }

    private void startFromApi(Context ctx) {
        var input = JsonInput.of(ctx, Set.of("week", "seconds"));
        var week = input.date("week", null);
        var problems = new ArrayList<Problem>();
        int seconds = input.node("seconds").isMissingNode() ? WeekPlanning.DEFAULT_SECONDS : input.number("seconds");
        inRange(seconds, problems);
        if (week != null) {
            DaysToPlan.whyNot(week, today()).ifPresent(why -> problems.add(new Problem("week", why)));
        }
        problems.forEach(input::problem);
        input.refuseIfProblems("The plan");
        var days = DaysToPlan.of(week, today()).orElseThrow();
        var started = planning.start(days, seconds, Visit.required(ctx).actor());
        var solve = planning.solves().forWeek(days.monday(), planning.now()).orElseThrow();
        if (started.isEmpty()) {
            throw new ProblemResponse(new ProblemDetails(ProblemDetails.HTTP_STATUS, "Conflict", 409,
                    "The week of " + days.monday() + " is being planned already (plan " + solve.id() + ", started by "
                            + solve.startedBy() + "); discard it first or wait for it.", List.of()));
        }
        ctx.status(202).header("Location", "/api/schedule/plans/" + solve.id()).json(json(solve));
    }

    private void acceptFromForm(Context ctx) {
        var form = Form.of(ctx);
        var solve = planning.solves().find(number(form.value("plan")), planning.now());
        if (solve.isEmpty()) {
            page(ctx, nextMonday(), form.withProblems(List.of(new Problem("plan",
                    "That plan is gone: accepted or discarded meanwhile."))));
            return;
        }
        try {
            accept(solve.get(), Visit.required(ctx).actor());
            ctx.redirect("/schedule/week?week=" + solve.get().firstDay() + "&booked=" + solve.get().id(), HttpStatus.SEE_OTHER);
        } catch (StaleProposalException e) {
            page(ctx, solve.get().firstDay(), form.withProblems(e.changes().stream()
                    .map(c -> new Problem("plan", "The book changed since this was proposed, " + c
                            + ". Discard it and plan the week again.")).toList()));
        } catch (BookingRefusedException | ScreeningRefusedException | IllegalArgumentException e) {
            page(ctx, solve.get().firstDay(), form.withProblems(List.of(new Problem("plan",
                    "Nothing was booked: " + e.getMessage()))));
        } catch (ProblemResponse e) {
            page(ctx, solve.get().firstDay(), form.withProblems(List.of(new Problem("plan", e.problem().detail()))));
        }
    }

    private void acceptFromApi(Context ctx) {
        var solve = solve(ctx);
        try {
            var booked = BookingProblems.answering(() -> accept(solve, Visit.required(ctx).actor()));
            ctx.json(Map.of("plan", solve.id(), "booked", booked.stream().map(a -> a.id()).toList()));
        } catch (StaleProposalException e) {
            throw new ProblemResponse(new ProblemDetails(ProblemDetails.CHANGED_MEANWHILE, "Changed meanwhile", 409,
                    "The book changed since this plan was proposed; nothing was booked. Discard it and plan the week"
                            + " again.", e.changes().stream().map(c -> new Problem("plan", c)).toList()));
        }
    }

    /** Books the solve's proposal through {@code ProposedWeeks}, as {@code schedule accept} does, then drops the solve. */
    private List<Appointment> accept(Solve solve, String actor) {
        if (solve.state() == State.SOLVING) {
            throw new ProblemResponse(new ProblemDetails(ProblemDetails.HTTP_STATUS, "Conflict", 409,
                    "The planner is still working on this week; wait until it is done.", List.of()));
        }
        var proposal = solve.proposal().orElseThrow(() -> new ProblemResponse(new ProblemDetails(
                ProblemDetails.HTTP_STATUS, "Conflict", 409, "This plan has no proposal to book.", List.of())));
        var booked = planning.proposed().accept(proposal.id(), actor,
                planning.now().truncatedTo(ChronoUnit.SECONDS)).orElseThrow(() ->
                new ProblemResponse(Problems.ofStatus(404, "The proposal was booked or discarded meanwhile.")));
        planning.solves().remove(solve.id());
        return booked;
    }

    private void discardFromForm(Context ctx) {
        var form = Form.of(ctx);
        var solve = planning.solves().find(number(form.value("plan")), planning.now());
        solve.ifPresent(s -> discard(s.id()));
        ctx.redirect("/schedule/plan?week=" + solve.map(Solve::firstDay).orElseGet(this::nextMonday), HttpStatus.SEE_OTHER);
    }

    private void discard(long id) {
        planning.stop(id);
        planning.solves().remove(id);
    }

    private Solve solve(Context ctx) {
        var value = ctx.pathParam("plan");
        return planning.solves().find(number(value), planning.now()).orElseThrow(() ->
                new ProblemResponse(Problems.ofStatus(404, "There is no plan " + value + ".")));
    }

    private Map<String, Object> json(Solve solve) {
        var json = new LinkedHashMap<String, Object>();
        json.put("plan", solve.id());
        json.put("week", DaysToPlan.mondayOf(solve.firstDay()).toString());
        json.put("firstDay", solve.firstDay().toString());
        json.put("days", solve.days());
        json.put("state", solve.state().name().toLowerCase(Locale.ROOT));
        json.put("seconds", solve.seconds());
        json.put("startedBy", solve.startedBy());
        json.put("startedAt", solve.startedAt().toString());
        json.put("failure", solve.failure());
        json.put("proposal", solve.proposal().map(WeekProposalJson::tree).orElse(null));
        return json;
    }

    private LocalDate mondayOf(Context ctx) {
        return StaffSchedule.date(ctx, "week").map(DaysToPlan::mondayOf).orElseGet(this::nextMonday);
    }

    private LocalDate nextMonday() {
        return today().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(planning.now(), desk.settings().zone());
    }

    private static Optional<LocalDate> date(String value, List<Problem> problems) {
        try {
            return Optional.of(DaysToPlan.mondayOf(LocalDate.parse(value)));
        } catch (DateTimeParseException e) {
            problems.add(new Problem("week", "a date written YYYY-MM-DD, such as 2026-12-07"));
            return Optional.empty();
        }
    }

    private static int seconds(String value, List<Problem> problems) {
        try {
            int seconds = Integer.parseInt(value.strip());
            inRange(seconds, problems);
            return seconds;
        } catch (NumberFormatException e) {
            problems.add(new Problem("seconds", "a whole number of seconds from 1 to " + WeekPlanning.MOST_SECONDS));
            return 0;
        }
    }

    private static void inRange(int seconds, List<Problem> problems) {
        if (seconds < 1 || seconds > WeekPlanning.MOST_SECONDS) {
            problems.add(new Problem("seconds", "from 1 to " + WeekPlanning.MOST_SECONDS + " (was " + seconds + ")"));
        }
    }

    private static long number(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
