package org.backcare.web.booking;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.backcare.booking.Appointment;
import org.backcare.booking.AppointmentDesk;
import org.backcare.booking.FrontDesk;
import org.backcare.booking.Skills;
import org.backcare.booking.Status;
import org.backcare.booking.UnmarkedVisits;
import org.backcare.clients.ClientBook;
import org.backcare.clients.ClientId;
import org.backcare.clients.ClientRecord;
import org.backcare.planning.Session;
import org.backcare.progress.Adaptation;
import org.backcare.progress.ProgressSummary;
import org.backcare.report.SessionLines;
import org.backcare.scheduling.DaysToPlan;
import org.backcare.web.Frame;
import org.backcare.web.Pages;
import org.backcare.web.access.Access;
import org.backcare.web.access.Visit;
import org.backcare.web.progress.ProgressViews;
import org.backcare.wording.Counted;

/**
 * The staff's schedule pages, read from the appointment book as the API reads it: the day sheet, the week, and the
 * visits that are over but not logged or marked.
 */
public final class SchedulePages {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /**
     * One appointment on the sheet; {@code inFull} false: another therapist's, shown as busy time only. A visit to
     * come carries the plan's session for it ({@code planned}: its pressure and areas), and needs review when a new
     * red flag was logged or the plan now stops massage. {@code untrained}: the visit's techniques its therapist's
     * skills on file leave out (none when none are on file); {@code markable}: what it can be marked now.
     */
    public record Item(Appointment appointment, boolean inFull, String clientName, String end,
            Optional<Session> planned, boolean needsReview, boolean draftRedFlag, List<String> untrained,
            List<Status> markable) {
        public String areas() {
            return planned.map(SessionLines::brief).orElse("");
        }

        public String time() {
            return appointment.start().format(TIME) + "–" + end;
        }

        public String clientPage() {
            return "/clients/" + appointment.client().value();
        }

        /** The session form for this visit, filled from it and the plan; logging it marks the visit attended. */
        public String logVisit() {
            return clientPage() + "/sessions/new?appointment=" + appointment.id();
        }

        /** Where the appointment is moved or cancelled. */
        public String page() {
            return "/appointments/" + appointment.id();
        }
    }

    /** One day's appointments, by time. */
    public record Day(LocalDate date, List<Item> items) {
        public String title() {
            return date.format(DAY);
        }
    }

    /** {@code unmarked}: how many visits that are over the visitor still has to log or mark. */
    public record DayPage(Frame frame, Day day, String previous, String next, String week, int unmarked) {
        public String unmarkedNotice() {
            return notice(unmarked);
        }
    }

    public record WeekPage(Frame frame, LocalDate monday, List<Day> days, String previous, String next,
            LocalDate today, int unmarked) {
        public String unmarkedNotice() {
            return notice(unmarked);
        }

        /** The week the admin plans from this page: this one while it lies ahead, else the next; none once past. */
        public Optional<LocalDate> weekToPlan() {
            var following = monday.plusWeeks(1);
            if (monday.isAfter(today)) {
                return Optional.of(monday);
            }
            return following.isAfter(today) ? Optional.of(following) : Optional.empty();
        }

        /** This week has begun and days of it are left: the planner can place sessions in them. */
        public boolean restToPlan() {
            return !monday.isAfter(today) && DaysToPlan.of(monday, today).isPresent();
        }

        public String planLabel() {
            return weekToPlan().filter(monday::equals).isPresent() ? "Plan this week" : "Plan next week";
        }
    }

    /** A visit that is over and not logged or marked, with where to log it or mark it. */
    public record Unmarked(Appointment appointment, String clientName) {
        public String when() {
            return appointment.start().format(DAY) + ", " + appointment.start().format(TIME);
        }

        public String daySheet() {
            return "/schedule?day=" + appointment.start().toLocalDate() + "#appointment-" + appointment.id();
        }

        public String logVisit() {
            return "/clients/" + appointment.client().value() + "/sessions/new?appointment=" + appointment.id();
        }
    }

    public record UnmarkedPage(Frame frame, List<Unmarked> visits) {}

    static String notice(int unmarked) {
        return Counted.of(unmarked, "visit") + (unmarked == 1 ? " that is over is" : " that are over are")
                + " not logged or marked";
    }

    private final AppointmentDesk desk;
    private final ClientBook clients;
    private final ProgressViews progress;
    private final Clock clock;
    private final Predicate<ClientId> draftStopsMassage;

    /** {@code draftStopsMassage}: whether the client's own intake draft, waiting for review, would stop massage. */
    public SchedulePages(AppointmentDesk desk, ClientBook clients, ProgressViews progress,
            Predicate<ClientId> draftStopsMassage, Clock clock) {
        this.draftStopsMassage = draftStopsMassage;
        this.desk = desk;
        this.progress = progress;
        this.clients = clients;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get("/schedule", this::day, Access.STAFF);
        routes.get("/schedule/week", this::week, Access.STAFF);
        routes.get("/schedule/unmarked", this::unmarked, Access.STAFF);
    }

    private void day(Context ctx) {
        var day = StaffSchedule.date(ctx, "day").orElseGet(this::today);
        var sheet = days(ctx, day, day).get(0);
        var therapist = therapistQuery(ctx);
        Pages.show(ctx, "schedule/day.jte", new DayPage(Visit.frame(ctx, "Schedule " + day), sheet,
                "/schedule?day=" + day.minusDays(1) + therapist, "/schedule?day=" + day.plusDays(1) + therapist,
                "/schedule/week?week=" + day + therapist, unmarkedCount(ctx)));
    }

    private void week(Context ctx) {
        var monday = StaffSchedule.date(ctx, "week").orElseGet(this::today)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var therapist = therapistQuery(ctx);
        Pages.show(ctx, "schedule/week.jte", new WeekPage(Visit.frame(ctx, "Schedule, week of " + monday), monday,
                days(ctx, monday, monday.plusDays(6)), "/schedule/week?week=" + monday.minusWeeks(1) + therapist,
                "/schedule/week?week=" + monday.plusWeeks(1) + therapist, today(), unmarkedCount(ctx)));
    }

    private void unmarked(Context ctx) {
        var visit = Visit.required(ctx);
        var names = clients.clients().stream().collect(Collectors.toMap(ClientRecord::id, ClientRecord::name));
        var visits = UnmarkedVisits.in(desk, StaffSchedule.whoseToMark(ctx, visit), clock.instant()).stream()
                .map(a -> new Unmarked(a, names.getOrDefault(a.client(), a.client().value()))).toList();
        Pages.show(ctx, "schedule/unmarked.jte", new UnmarkedPage(Visit.frame(ctx, "Visits not marked"), visits));
    }

    private int unmarkedCount(Context ctx) {
        return UnmarkedVisits.in(desk, StaffSchedule.whoseToMark(ctx, Visit.required(ctx)), clock.instant()).size();
    }

    private List<Day> days(Context ctx, LocalDate first, LocalDate last) {
        var visit = Visit.required(ctx);
        var zone = desk.settings().zone();
        var names = clients.clients().stream().collect(Collectors.toMap(ClientRecord::id, ClientRecord::name));
        var skills = desk.skills();
        var byDay = desk.between(first, last, StaffSchedule.therapist(ctx)).stream()
                .sorted(Comparator.comparing(Appointment::start).thenComparing(Appointment::id))
                .map(a -> item(visit, a, names, zone, today(), skills.getOrDefault(a.therapist(), Set.of())))
                .collect(Collectors.groupingBy(i -> i.appointment().start().toLocalDate()));
        return first.datesUntil(last.plusDays(1)).map(d -> new Day(d, byDay.getOrDefault(d, List.of()))).toList();
    }

    private Item item(Visit visit, Appointment a, Map<ClientId, String> names, ZoneId zone, LocalDate today,
            Set<String> skills) {
        var inFull = StaffSchedule.seesInFull(visit, a.therapist().value());
        var toCome = inFull && a.status().isOpen() && !a.start().toLocalDate().isBefore(today);
        var summary = toCome ? Optional.of(progress.summary(a.client(), today)) : Optional.<ProgressSummary>empty();
        var planned = summary.flatMap(s -> planned(s, a));
        var stopped = summary.map(SchedulePages::stopsMassage).orElse(false);
        var draftFlag = toCome && draftStopsMassage.test(a.client());
        return new Item(a, inFull, inFull ? names.getOrDefault(a.client(), a.client().value()) : "",
                a.end(zone).format(TIME), planned, a.needsReview() || stopped || draftFlag, draftFlag,
                new Skills(skills).leaveOut(a.techniques()), FrontDesk.markable(a, clock.instant(), zone));
    }

    /** The plan's session this visit was booked for while the plan still has it, else the plan's next one. */
    private static Optional<Session> planned(ProgressSummary summary, Appointment a) {
        var next = summary.nextSessions();
        return next.stream().filter(s -> a.planSession().map(n -> n == s.number()).orElse(false)).findFirst()
                .or(() -> next.stream().findFirst());
    }

    /** The plan as it stands gives no massage: a new red flag stopped it, it refers, or screening stops it. */
    private static boolean stopsMassage(ProgressSummary summary) {
        var decision = summary.adaptation().decision();
        return summary.nextSessions().isEmpty() || decision == Adaptation.Decision.STOP_NEW_RED_FLAG
                || decision == Adaptation.Decision.REFER_NOT_IMPROVING;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String therapistQuery(Context ctx) {
        return StaffSchedule.therapist(ctx).map(u -> "&therapist=" + u.value()).orElse("");
    }
}
