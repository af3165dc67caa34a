package org.backcare.scheduling;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.loadBalance;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.filtering;
import static ai.timefold.solver.core.api.score.stream.Joiners.lessThanOrEqual;
import static ai.timefold.solver.core.api.score.stream.Joiners.overlapping;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import java.time.Duration;
import java.util.function.Function;

/**
 * The week planner's rules. Each penalises one unit (a minute, a day, a session) at the level it belongs to; how
 * much a unit weighs is the clinic's to say ({@link PlannerWeights}, {@code scheduling/weights.yaml}).
 */
public class WeekPlannerConstraints implements ConstraintProvider {
    public static final String THERAPIST_DOUBLE_BOOKED = "therapist-double-booked";
    public static final String ROOM_DOUBLE_BOOKED = "room-double-booked";
    public static final String CLIENT_DOUBLE_BOOKED = "client-double-booked";
    public static final String OUTSIDE_WORKING_HOURS = "outside-working-hours";
    public static final String CLIENT_CANNOT_COME = "client-cannot-come";
    public static final String NOT_TRAINED = "therapist-not-trained";
    public static final String ROOM_NOT_EQUIPPED = "room-not-equipped";
    public static final String SCREENING_STOPS_MASSAGE = "screening-stops-massage";
    public static final String OVER_WEEKLY_HOURS = "over-weekly-hours";
    public static final String NOT_PLANNED = "session-not-planned";
    public static final String NOT_USUAL_THERAPIST = "not-usual-therapist";
    public static final String DAYS_OFF_PLAN = "days-off-plan";
    public static final String DAYS_BEYOND_TOLERANCE = "days-beyond-tolerance";
    public static final String NOT_PREFERRED_TIME = "not-preferred-time";
    public static final String UNBALANCED_HOURS = "unbalanced-hours";
    public static final String IDLE_GAP = "idle-gap";
    public static final String ROOM_CHANGE = "room-change";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            therapistDoubleBooked(factory),
            roomDoubleBooked(factory),
            clientDoubleBooked(factory),
            outsideWorkingHours(factory),
            clientCannotCome(factory),
            therapistNotTrained(factory),
            roomNotEquipped(factory),
            screeningStopsMassage(factory),
            overWeeklyHours(factory),
            sessionNotPlanned(factory),
            notUsualTherapist(factory),
            daysOffPlan(factory),
            daysBeyondTolerance(factory),
            notPreferredTime(factory),
            unbalancedHours(factory),
            idleGap(factory),
            roomChange(factory)
        };
    }

    Constraint therapistDoubleBooked(ConstraintFactory factory) {
        return doubleBooked(factory, Visit::therapist, THERAPIST_DOUBLE_BOOKED);
    }

    Constraint roomDoubleBooked(ConstraintFactory factory) {
        return doubleBooked(factory, Visit::room, ROOM_DOUBLE_BOOKED);
    }

    Constraint clientDoubleBooked(ConstraintFactory factory) {
        return doubleBooked(factory, Visit::client, CLIENT_DOUBLE_BOOKED);
    }

    /** Minutes two visits of one therapist, one room or one client overlap. */
    private static Constraint doubleBooked(ConstraintFactory factory, Function<Visit, Object> who, String name) {
        return factory.forEachUniquePair(Visit.class, equal(who), overlapping(Visit::start, Visit::end))
                .penalize(HardMediumSoftScore.ONE_HARD, Visit::overlapMinutes)
                .asConstraint(name);
    }

    /** Appointments booked by hand are taken as they are; only what the planner places must fit the hours. */
    Constraint outsideWorkingHours(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> !v.isPinned() && !v.therapist().works(v.start(), v.end()))
                .penalize(HardMediumSoftScore.ONE_HARD, Visit::minutes)
                .asConstraint(OUTSIDE_WORKING_HOURS);
    }

    Constraint clientCannotCome(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> !v.clientCanCome())
                .penalize(HardMediumSoftScore.ONE_HARD, Visit::minutes)
                .asConstraint(CLIENT_CANNOT_COME);
    }

    Constraint therapistNotTrained(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> !v.therapistIsTrained())
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(NOT_TRAINED);
    }

    Constraint roomNotEquipped(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> !v.roomIsEquipped())
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(ROOM_NOT_EQUIPPED);
    }

    Constraint screeningStopsMassage(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(Visit::screeningStopsMassage)
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(SCREENING_STOPS_MASSAGE);
    }

    /** Minutes over the therapist's weekly limit. */
    Constraint overWeeklyHours(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .groupBy(Visit::therapist, sum(Visit::minutes))
                .filter((therapist, minutes) -> minutes > therapist.weeklyMinutes())
                .penalize(HardMediumSoftScore.ONE_HARD, (therapist, minutes) -> minutes - therapist.weeklyMinutes())
                .asConstraint(OVER_WEEKLY_HOURS);
    }

    /** A session the plan wants but the week has no place for (never counted when screening stops massage). */
    Constraint sessionNotPlanned(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Visit.class)
                .filter(v -> v.isWanted() && !v.isPlanned() && !v.screeningStopsMassage())
                .penalize(HardMediumSoftScore.ONE_MEDIUM)
                .asConstraint(NOT_PLANNED);
    }

    Constraint notUsualTherapist(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> !v.withUsualTherapist())
                .penalize(HardMediumSoftScore.ONE_SOFT)
                .asConstraint(NOT_USUAL_THERAPIST);
    }

    Constraint daysOffPlan(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> v.daysOffPlan() > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, Visit::daysOffPlan)
                .asConstraint(DAYS_OFF_PLAN);
    }

    Constraint daysBeyondTolerance(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> v.daysBeyondTolerance() > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, Visit::daysBeyondTolerance)
                .asConstraint(DAYS_BEYOND_TOLERANCE);
    }

    Constraint notPreferredTime(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> !v.atPreferredTime())
                .penalize(HardMediumSoftScore.ONE_SOFT)
                .asConstraint(NOT_PREFERRED_TIME);
    }

    /** How unevenly the week's minutes fall on the therapists who work (the collector's unfairness, in minutes). */
    Constraint unbalancedHours(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .groupBy(loadBalance(Visit::therapist, Visit::minutes))
                .penalize(HardMediumSoftScore.ONE_SOFT, balance -> balance.unfairness().intValue())
                .asConstraint(UNBALANCED_HOURS);
    }

    /** Idle minutes between one visit of a therapist and their next on the same day. */
    Constraint idleGap(ConstraintFactory factory) {
        return nextVisitSameDay(factory)
                .filter((first, next) -> next.start().isAfter(first.end()))
                .penalize(HardMediumSoftScore.ONE_SOFT,
                        (first, next) -> (int) Duration.between(first.end(), next.start()).toMinutes())
                .asConstraint(IDLE_GAP);
    }

    /** A therapist walking to another room for their next visit of the day. */
    Constraint roomChange(ConstraintFactory factory) {
        return nextVisitSameDay(factory)
                .filter((first, next) -> !first.room().equals(next.room()))
                .penalize(HardMediumSoftScore.ONE_SOFT)
                .asConstraint(ROOM_CHANGE);
    }

    private static BiConstraintStream<Visit, Visit> nextVisitSameDay(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .join(Visit.class, equal(Visit::therapist), equal(Visit::day), lessThanOrEqual(Visit::end, Visit::start))
                .ifNotExists(Visit.class, equal((first, next) -> first.therapist(), Visit::therapist),
                        equal((first, next) -> first.day(), Visit::day),
                        filtering((first, next, between) -> between != first && between != next
                                && !between.start().isBefore(first.end())
                                        && between.start().isBefore(next.start())));
    }
}
