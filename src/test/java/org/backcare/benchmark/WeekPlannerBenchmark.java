package org.backcare.benchmark;

import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backcare.files.PlannerWeightsFile;
import org.backcare.scheduling.ClinicGenerator.Size;
import org.backcare.scheduling.Examples;
import org.backcare.scheduling.Visit;
import org.backcare.scheduling.WeekPlanner;
import org.backcare.scheduling.WeekSchedule;

/**
 * The week planner on the generated medium and large clinics ({@code bench/week-planner [SIZE…] [--seconds N]
 * [--seed N]}): time to the first feasible week (hard 0), the best score after 30 s and at the end (120 s), and
 * the share of sessions planned, with their usual therapist, and on their plan's date exactly.
 */
public final class WeekPlannerBenchmark {
    private WeekPlannerBenchmark() {}

    public static void main(String[] args) {
        var sizes = new ArrayList<Size>();
        long seconds = 120;
        long seed = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> seconds = Long.parseLong(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> sizes.add(Size.valueOf(args[i].toUpperCase(Locale.ROOT)));
            }
        }
        for (var size : sizes.isEmpty() ? List.of(Size.MEDIUM, Size.LARGE) : sizes) {
            run(size, seed, seconds);
        }
    }

    private static void run(Size size, long seed, long seconds) {
        var week = Examples.generator().generate(size, seed, LocalDate.of(2026, 12, 6)).week();
        var problem = new WeekPlanner(PlannerWeightsFile.bundled()).problem(week);
        var factory = SolverFactory.<WeekSchedule>create(WeekPlanner.solverConfig(Duration.ofSeconds(seconds)));
        var solver = factory.buildSolver();
        var progress = new Progress();
        solver.addEventListener(event -> progress.best(event.getNewBestSolution(), event.getTimeMillisSpent()));
        long begin = System.nanoTime();
        var best = solver.solve(problem);
        long ms = (System.nanoTime() - begin) / 1_000_000;
        System.out.printf(Locale.ROOT, "%s (seed %d, %d therapists, %d rooms, %d sessions wanted):%n", size, seed,
                week.therapists().size(), week.rooms().size(), week.due().size());
        System.out.printf(Locale.ROOT, "  first feasible after %s%n",
                progress.firstFeasibleMs < 0 ? "never" : progress.firstFeasibleMs + " ms");
        System.out.printf(Locale.ROOT, "  after 30 s:  %s%n", progress.at30s == null ? "-" : shares(progress.at30s));
        System.out.printf(Locale.ROOT, "  after %d s: %s (%d ms)%n", seconds, shares(best), ms);
        SolutionManager.create(factory).analyze(best).constraintMap().forEach((id, analysis) -> {
            if (analysis.matchCount() > 0) {
                System.out.printf(Locale.ROOT, "    %s: %s (%d)%n", id.constraintName(), analysis.score(),
                        analysis.matchCount());
            }
        });
    }

    private static final class Progress {
        long firstFeasibleMs = -1;
        WeekSchedule at30s;

        void best(WeekSchedule solution, long ms) {
            if (firstFeasibleMs < 0 && solution.score().isFeasible()) {
                firstFeasibleMs = ms;
            }
            if (ms <= 30_000) {
                at30s = solution;
            }
        }
    }

    private static String shares(WeekSchedule solution) {
        var plannable = solution.visits().stream().filter(v -> v.isWanted() && !v.screeningStopsMassage()).toList();
        var planned = plannable.stream().filter(Visit::isPlanned).toList();
        var withUsual = planned.stream().filter(v -> v.due().usualTherapist() != null).toList();
        return String.format(Locale.ROOT, "score %s, planned %d/%d (%.1f%%), usual therapist %.1f%% (of %d who have"
                + " one), plan's date exactly %.1f%%", solution.score(), planned.size(), plannable.size(),
                pct(planned.size(), plannable.size()), pct(withUsual.stream().filter(Visit::withUsualTherapist)
                        .count(), withUsual.size()), withUsual.size(),
                pct(planned.stream().filter(v -> v.daysOffPlan() == 0).count(), planned.size()));
    }

    private static double pct(long part, long whole) {
        return whole == 0 ? 100 : 100.0 * part / whole;
    }
}
