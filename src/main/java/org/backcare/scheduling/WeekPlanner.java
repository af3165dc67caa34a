package org.backcare.scheduling;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.decider.forager.ConstructionHeuristicForagerConfig;
import ai.timefold.solver.core.config.constructionheuristic.decider.forager.ConstructionHeuristicPickEarlyType;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.Comparator;

/**
 * Proposes a week: builds the problem from a {@link ClinicWeek}, lets Timefold search for the given time, and
 * explains the result. {@link #solverConfig(Duration)} is what a {@code SolverManager} in the server would use.
 */
public final class WeekPlanner {
    private final PlannerWeights weights;

    public WeekPlanner(PlannerWeights weights) {
        this.weights = weights;
    }

    public WeekSchedule problem(ClinicWeek week) {
        return WeekProblem.of(week, weights);
    }

    public WeekProposal propose(ClinicWeek week, Duration time) {
        var solver = SolverFactory.<WeekSchedule>create(solverConfig(time)).buildSolver();
        return proposal(week, solver.solve(problem(week)));
    }

    /**
     * The construction heuristic takes the first place that breaks no rule more than before (so a large week gets a
     * first plan quickly); local search then improves it until the time is up.
     */
    public static SolverConfig solverConfig(Duration time) {
        var construction = new ConstructionHeuristicPhaseConfig().withForagerConfig(
                new ConstructionHeuristicForagerConfig()
                        .withPickEarlyType(ConstructionHeuristicPickEarlyType.FIRST_NON_DETERIORATING_SCORE));
        return new SolverConfig()
                .withSolutionClass(WeekSchedule.class)
                .withEntityClasses(Visit.class)
                .withConstraintProviderClass(WeekPlannerConstraints.class)
                .withPhases(construction, new LocalSearchPhaseConfig())
                .withTerminationConfig(new TerminationConfig().withSpentLimit(time));
    }

    public WeekProposal proposal(ClinicWeek week, WeekSchedule solved) {
        var reasons = new Reasons(week, solved.visits());
        var wanted = solved.visits().stream().filter(Visit::isWanted)
                .sorted(Comparator.comparing(Visit::client).thenComparing(v -> v.due().planSession())).toList();
        var placed = wanted.stream().filter(Visit::isPlanned).sorted(Comparator.comparing(Visit::start))
                .map(v -> new WeekProposal.Placed(v.client(), v.therapist().username(), v.room().id(), v.start(),
                        v.end(), v.due().planSession(), v.withUsualTherapist(), v.daysOffPlan(), reasons.why(v)))
                .toList();
        var unplanned = wanted.stream().filter(v -> !v.isPlanned())
                .map(v -> new WeekProposal.Unplanned(v.client(), v.due().planSession(), reasons.unplanned(v)))
                .toList();
        var score = solved.score();
        return new WeekProposal(score.toString(), score.isFeasible(), placed, unplanned);
    }
}
