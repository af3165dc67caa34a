package org.backcare.web.booking;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.backcare.clients.ClientBook;
import org.backcare.clients.ClientRecord;
import org.backcare.scheduling.DaysToPlan;
import org.backcare.scheduling.WeekProposal;
import org.backcare.storage.SqlWeekProposals;
import org.backcare.storage.SqlWeekSolves.Solve;
import org.backcare.storage.SqlWeekSolves.State;
import org.backcare.web.Form;
import org.backcare.web.Frame;
import org.backcare.wording.Counted;

/** What "Plan next week" shows: the solve's state, and its proposal as a week grid with the unplanned sessions. */
public final class WeekPlanView {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /**
     * {@code days}: what of the week is left to plan today (none once it is over); {@code unmarked}: the clinic's
     * visits that are over and not logged or marked, which the planner cannot count.
     */
    public record PlanPage(Frame frame, LocalDate monday, Optional<DaysToPlan> days, Form form,
            Optional<PlanState> state, int unmarked) {
        public String unmarkedNotice() {
            return SchedulePages.notice(unmarked);
        }
    }

    public record Placed(SqlWeekProposals.Session session, String clientName) {
        public String time() {
            return session.start().format(TIME) + "–" + session.end().format(TIME);
        }
    }

    public record Day(LocalDate date, List<Placed> sessions) {
        public String title() {
            return date.format(DAY);
        }
    }

    public record Unplanned(WeekProposal.Unplanned session, String clientName) {}

    /** {@code polling}: the planner is still at work, and the page asks again. */
    public record PlanState(Solve solve, String csrfToken, List<Day> days, List<Unplanned> unplanned) {
        public boolean polling() {
            return solve.state() == State.SOLVING;
        }

        /** Done, with sessions to book: a proposal that placed none has nothing to accept. */
        public boolean decidable() {
            return !polling() && planned() > 0;
        }

        public String acceptLabel() {
            return "Accept and book " + Counted.of(planned(), "session");
        }

        public boolean nothingPlaced() {
            return !polling() && solve.proposal().isPresent() && planned() == 0;
        }

        public int planned() {
            return solve.proposal().map(p -> p.sessions().size()).orElse(0);
        }

        public int wanted() {
            return planned() + unplanned.size();
        }

        public String status() {
            return switch (solve.state()) {
                case SOLVING -> solve.proposal().isEmpty() ? "The planner is starting…" : "The planner is still at work";
                case DONE -> "The planner is done";
                case FAILED -> "The planner failed: " + solve.failure();
                case STOPPED -> "The planner stopped before the end (its server went away); this is the best it found";
            };
        }
    }

    private final ClientBook clients;

    WeekPlanView(ClientBook clients) {
        this.clients = clients;
    }

    PlanState state(Solve solve, String csrfToken) {
        var names = clients.clients().stream().collect(Collectors.toMap(c -> c.id().value(), ClientRecord::name));
        var sessions = solve.proposal().map(SqlWeekProposals.Kept::sessions).orElse(List.of());
        var byDay = sessions.stream().collect(Collectors.groupingBy(s -> s.start().toLocalDate()));
        var days = solve.firstDay().datesUntil(solve.firstDay().plusDays(solve.days()))
                .map(d -> new Day(d, byDay.getOrDefault(d, List.of()).stream()
                        .map(s -> new Placed(s, name(names, s.client()))).toList()))
                .toList();
        var unplanned = solve.proposal().map(SqlWeekProposals.Kept::unplanned).orElse(List.of()).stream()
                .map(u -> new Unplanned(u, name(names, u.client()))).toList();
        return new PlanState(solve, csrfToken, days, unplanned);
    }

    private static String name(Map<String, String> names, String client) {
        return names.getOrDefault(client, client);
    }
}
