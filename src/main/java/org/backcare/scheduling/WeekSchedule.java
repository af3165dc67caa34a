package org.backcare.scheduling;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import java.util.List;

/** The week as the solver works on it: the therapists and rooms, the visits to place (each with the times, therapists and rooms it may have), the weights. */
@PlanningSolution
public class WeekSchedule {
    @ProblemFactCollectionProperty
    private List<Therapist> therapists;
    @ProblemFactCollectionProperty
    private List<Room> rooms;
    @PlanningEntityCollectionProperty
    private List<Visit> visits;
    private ConstraintWeightOverrides<HardMediumSoftScore> weights;
    @PlanningScore
    private HardMediumSoftScore score;

    public WeekSchedule() {}

    public WeekSchedule(List<Therapist> therapists, List<Room> rooms, List<Visit> visits,
            ConstraintWeightOverrides<HardMediumSoftScore> weights) {
        this.therapists = therapists;
        this.rooms = rooms;
        this.visits = visits;
        this.weights = weights;
    }

    public List<Therapist> therapists() {
        return therapists;
    }

    public List<Room> rooms() {
        return rooms;
    }

    public List<Visit> visits() {
        return visits;
    }

    public HardMediumSoftScore score() {
        return score;
    }
}
