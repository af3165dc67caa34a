package org.backcare.scheduling;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.ChangeMove;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.decider.forager.ConstructionHeuristicForagerConfig;
import ai.timefold.solver.core.config.constructionheuristic.decider.forager.ConstructionHeuristicPickEarlyType;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.CartesianProductMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.value.ValueSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.stream.Stream;

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
     * The construction heuristic gives each visit, fewest choices first, the first half-hour, therapist and room (in
     * the order {@link WeekProblem} lists them: the plan's date and the usual therapist first) that breaks no hard
     * rule, never "no time" (local search may take a time away when nothing fits); local search then improves the
     * week until the time is up.
     */
    public static SolverConfig solverConfig(Duration time) {
        var placed = new EntitySelectorConfig().withId("placed").withEntityClass(Visit.class);
        var aTime = new ChangeMoveSelectorConfig().withEntitySelectorConfig(
                        new EntitySelectorConfig().withMimicSelectorRef("placed"))
                .withValueSelectorConfig(new ValueSelectorConfig().withVariableName("start"))
                .withFilterClass(NotNoTime.class);
        var construction = new ConstructionHeuristicPhaseConfig()
                .withEntityPlacerConfig(new QueuedEntityPlacerConfig().withEntitySelectorConfig(placed)
                        .withMoveSelectorConfigs(new CartesianProductMoveSelectorConfig().withMoveSelectors(aTime,
                                change("placed", "therapist"), change("placed", "room"))))
                .withForagerConfig(new ConstructionHeuristicForagerConfig().withPickEarlyType(
                        ConstructionHeuristicPickEarlyType.FIRST_FEASIBLE_SCORE_OR_NON_DETERIORATING_HARD));
        return new SolverConfig()
                .withSolutionClass(WeekSchedule.class)
                .withEntityClasses(Visit.class)
                .withConstraintProviderClass(WeekPlannerConstraints.class)
                .withPhases(construction, new LocalSearchPhaseConfig().withMoveSelectorConfig(moves()))
                .withTerminationConfig(new TerminationConfig().withSpentLimit(time));
    }

    private static ChangeMoveSelectorConfig change(String mimic, String variable) {
        return new ChangeMoveSelectorConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig().withMimicSelectorRef(mimic))
                .withValueSelectorConfig(new ValueSelectorConfig().withVariableName(variable));
    }

    /**
     * Keeps the construction heuristic from choosing "no time", and to the half hours: at a time when every trained
     * therapist is busy it tries each therapist in each room in vain, and half the times halves that (the large
     * clinic's first feasible week came in 46 s instead of 89 s, the medium's in 6.7 s instead of 11.3 s, with better
     * scores after 120 s). Local search then moves visits on the 15-minute grid.
     */
    public static final class NotNoTime implements SelectionFilter<WeekSchedule, ChangeMove<WeekSchedule>> {
        @Override
        public boolean accept(ScoreDirector<WeekSchedule> director, ChangeMove<WeekSchedule> move) {
            return move.getToPlanningValue() instanceof LocalDateTime start && start.getMinute() % 30 == 0;
        }
    }

    /**
     * Besides changing one of a visit's time, therapist or room and swapping two visits, local search moves a visit
     * to another time with another therapist at once: a therapist busy at the new time is the usual obstacle.
     */
    private static UnionMoveSelectorConfig moves() {
        var newTime = new ChangeMoveSelectorConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig().withId("moved").withEntityClass(Visit.class))
                .withValueSelectorConfig(new ValueSelectorConfig().withVariableName("start"));
        return new UnionMoveSelectorConfig().withMoveSelectors(new ChangeMoveSelectorConfig(),
                new SwapMoveSelectorConfig(),
                new CartesianProductMoveSelectorConfig().withMoveSelectors(newTime, change("moved", "therapist")));
    }

    public WeekProposal proposal(ClinicWeek week, WeekSchedule solved) {
        var reasons = new Reasons(week, solved.visits());
        var wanted = solved.visits().stream().filter(Visit::isWanted)
                .sorted(Comparator.comparing(Visit::client).thenComparing(v -> v.due().planSession())).toList();
        var placed = wanted.stream().filter(Visit::isPlanned).sorted(Comparator.comparing(Visit::start))
                .map(v -> new WeekProposal.Placed(v.client(), v.therapist().username(), v.room().id(), v.start(),
                        v.end(), v.due().planSession(), v.withUsualTherapist(), v.daysOffPlan(), reasons.why(v)))
                .toList();
        var unplanned = Stream.concat(wanted.stream().filter(v -> !v.isPlanned())
                .map(v -> new WeekProposal.Unplanned(v.client(), v.due().planSession(), reasons.unplanned(v))),
                week.bookedAfter().stream()).sorted(Comparator.comparing(WeekProposal.Unplanned::client)).toList();
        var score = solved.score();
        return new WeekProposal(score.toString(), score.isFeasible(), placed, unplanned);
    }
}
