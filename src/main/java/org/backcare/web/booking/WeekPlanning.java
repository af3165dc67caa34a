package org.backcare.web.booking;

import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.backcare.files.PlannerWeightsFile;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.scheduling.ClinicWeek;
import org.backcare.scheduling.DaysToPlan;
import org.backcare.scheduling.WeekPlanner;
import org.backcare.scheduling.WeekSchedule;
import org.backcare.storage.ClinicWeeks;
import org.backcare.storage.Database;
import org.backcare.storage.ProposedWeeks;
import org.backcare.storage.SqlWeekSolves;

/**
 * "Plan next week" in the background: Timefold's {@code SolverManager} solves on this server while the solve's state
 * and its best proposal so far live in the database ({@link SqlWeekSolves}), so every server shows the same and
 * accepts it through the same path as {@code backcare schedule accept}.
 */
public final class WeekPlanning implements AutoCloseable {
    public static final int DEFAULT_SECONDS = 30;
    public static final int MOST_SECONDS = 600;
    /** The best proposal so far is written at most this often; the final one always. */
    private static final Duration WRITE_EVERY = Duration.ofSeconds(1);

    private final KnowledgeBase knowledge;
    private final ClinicWeeks weeks;
    private final ProposedWeeks proposed;
    private final SqlWeekSolves solves;
    private final Clock clock;
    private final WeekPlanner planner = new WeekPlanner(PlannerWeightsFile.bundled());
    private final SolverManager<WeekSchedule, Long> solvers =
            SolverManager.create(WeekPlanner.solverConfig(Duration.ofSeconds(DEFAULT_SECONDS)));
    /** When each running solve here last wrote its best proposal: only to write less often. */
    private final Map<Long, Instant> written = new ConcurrentHashMap<>();

    public WeekPlanning(Database database, KnowledgeBase knowledge, Clock clock) {
        this.knowledge = knowledge;
        this.weeks = new ClinicWeeks(database, knowledge, clock);
        this.proposed = new ProposedWeeks(database, knowledge);
        this.solves = new SqlWeekSolves(database);
        this.clock = clock;
    }

    public SqlWeekSolves solves() {
        return solves;
    }

    public ProposedWeeks proposed() {
        return proposed;
    }

    public KnowledgeBase knowledge() {
        return knowledge;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Starts solving those days; empty when a solve of their week is running already. */
    public Optional<Long> start(DaysToPlan days, int seconds, String startedBy) {
        var claimed = solves.claim(days, seconds, startedBy, now());
        claimed.ifPresent(id -> solve(id, days, seconds));
        return claimed;
    }

    private void solve(long id, DaysToPlan days, int seconds) {
        ClinicWeek week;
        List<String> bookState;
        try {
            bookState = proposed.bookState(days.first(), days.days());
            week = weeks.read(days.first(), days.days());
        } catch (RuntimeException e) {
            solves.failed(id, "the week could not be read: " + e.getMessage());
            return;
        }
        solvers.solveBuilder().withProblemId(id).withProblem(planner.problem(week))
                .withConfigOverride(new SolverConfigOverride<WeekSchedule>()
                        .withTerminationSpentLimit(Duration.ofSeconds(seconds)))
                .withBestSolutionConsumer(best -> keep(id, week, bookState, best, seconds, false))
                .withFinalBestSolutionConsumer(best -> {
                    if (keep(id, week, bookState, best, seconds, true)) {
                        solves.finished(id);
                    }
                    written.remove(id);
                })
                .withExceptionHandler((problem, e) -> {
                    solves.failed(id, "the planner stopped: " + e.getClass().getSimpleName());
                    written.remove(id);
                })
                .run();
    }

    /** Keeps a better proposal; a solve that was discarded meanwhile is stopped. */
    private boolean keep(long id, ClinicWeek week, List<String> bookState, WeekSchedule best, int seconds,
            boolean last) {
        var now = now();
        var before = written.get(id);
        if (!last && before != null && before.plus(WRITE_EVERY).isAfter(now)) {
            return true;
        }
        written.put(id, now);
        var proposal = weeks.asBooked(planner.proposal(week, best));
        if (!solves.better(id, week.firstDay(), week.days(), bookState, proposal, now, seconds)) {
            solvers.terminateEarly(id);
            return false;
        }
        return true;
    }

    /** Stops a solve running on this server (it was discarded); its row goes with {@link SqlWeekSolves#remove}. */
    public void stop(long id) {
        solvers.terminateEarly(id);
    }

    @Override
    public void close() {
        solvers.close();
    }
}
