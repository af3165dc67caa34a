package org.backcare.scheduling;

import static org.backcare.scheduling.Fixtures.MEI;
import static org.backcare.scheduling.Fixtures.MONDAY_7_DEC;
import static org.backcare.scheduling.Fixtures.ROOM_1;
import static org.backcare.scheduling.Fixtures.STONE_ROOM;
import static org.backcare.scheduling.Fixtures.TOM;
import static org.backcare.scheduling.Fixtures.due;
import static org.backcare.scheduling.Fixtures.monday;
import static org.backcare.scheduling.Fixtures.tuesday;
import static org.backcare.scheduling.Fixtures.visit;
import static org.backcare.scheduling.Fixtures.window;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import org.backcare.knowledge.Outcome;
import org.junit.jupiter.api.Test;

/** One test per rule of the week planner: given a few visits, the rule penalises them, or leaves them be. */
class WeekPlannerConstraintsTest {
    private final ConstraintVerifier<WeekPlannerConstraints, WeekSchedule> verifier = ConstraintVerifier.build(
            new WeekPlannerConstraints(), WeekSchedule.class, Visit.class);

    @Test
    void aTherapistWithTwoClientsAtOnceIsPenalisedByTheMinutesTheyOverlap() {
        verifier.verifyThat(WeekPlannerConstraints::therapistDoubleBooked)
                .given(visit("asha", monday("10:00"), MEI), visit("ben", monday("10:30"), MEI),
                        visit("cleo", monday("10:30"), TOM))
                .penalizesBy(30);
        verifier.verifyThat(WeekPlannerConstraints::therapistDoubleBooked)
                .given(visit("asha", monday("10:00"), MEI), visit("ben", monday("11:00"), MEI))
                .penalizesBy(0);
    }

    @Test
    void aRoomWithTwoSessionsAtOnceIsPenalised() {
        verifier.verifyThat(WeekPlannerConstraints::roomDoubleBooked)
                .given(visit("asha", monday("10:00"), MEI), visit("ben", monday("10:45"), TOM))
                .penalizesBy(15);
        verifier.verifyThat(WeekPlannerConstraints::roomDoubleBooked)
                .given(visit(due("asha", 60, "swedish"), monday("10:00"), MEI, ROOM_1),
                        visit(due("ben", 60, "swedish"), monday("10:00"), TOM, STONE_ROOM))
                .penalizesBy(0);
    }

    @Test
    void aClientInTwoSessionsAtOnceIsPenalisedEvenAgainstABookedAppointment() {
        var booked = Visit.booked(new Appointment("a1", "asha", "tom", "room-1", monday("10:00"), monday("11:00"),
                true), TOM, ROOM_1, false, List.of(), List.of(), List.of());
        verifier.verifyThat(WeekPlannerConstraints::clientDoubleBooked)
                .given(booked, visit(due("asha", 60, "swedish"), monday("10:30"), MEI, STONE_ROOM))
                .penalizesBy(30);
        verifier.verifyThat(WeekPlannerConstraints::clientDoubleBooked)
                .given(booked, visit(due("asha", 60, "swedish"), monday("11:00"), MEI, STONE_ROOM))
                .penalizesBy(0);
    }

    @Test
    void aSessionOutsideTheTherapistsHoursIsPenalisedByItsMinutes() {
        verifier.verifyThat(WeekPlannerConstraints::outsideWorkingHours)
                .given(visit("asha", monday("16:30"), MEI), visit("ben", monday("16:00"), MEI),
                        visit("cleo", tuesday("08:00"), TOM))
                .penalizesBy(120);
    }

    @Test
    void aBookedAppointmentOutsideTheHoursIsTakenAsItIs() {
        var booked = Visit.booked(new Appointment("a1", "asha", "tom", "room-1", monday("19:00"), monday("20:00"),
                true), TOM, ROOM_1, false, List.of(), List.of(), List.of());
        verifier.verifyThat(WeekPlannerConstraints::outsideWorkingHours).given(booked).penalizesBy(0);
    }

    @Test
    void aSessionWhenTheClientCannotComeIsPenalised() {
        var mornings = new DueSession("asha", 3, 60, "swedish", null, Set.of(), "mei", MONDAY_7_DEC, 1,
                List.of(window(DayOfWeek.MONDAY, "09:00", "12:00")), List.of(), Outcome.CLEAR);
        verifier.verifyThat(WeekPlannerConstraints::clientCannotCome)
                .given(visit(mornings, monday("11:30"), MEI, ROOM_1))
                .penalizesBy(60);
        verifier.verifyThat(WeekPlannerConstraints::clientCannotCome)
                .given(visit(mornings, monday("11:00"), MEI, ROOM_1))
                .penalizesBy(0);
    }

    @Test
    void aTherapistNotTrainedInTheMainTechniqueIsPenalised() {
        verifier.verifyThat(WeekPlannerConstraints::therapistNotTrained)
                .given(visit(due("asha", 60, "kati-basti"), monday("10:00"), TOM, ROOM_1),
                        visit(due("ben", 60, "kati-basti"), monday("10:00"), MEI, ROOM_1))
                .penalizesBy(1);
    }

    @Test
    void aRoomWithoutTheEquipmentIsPenalised() {
        var hotStone = new DueSession("asha", 3, 60, "hot-stone", null, Set.of("heated-table", "stone-heater"), "mei", MONDAY_7_DEC, 1,
                Fixtures.WEEKDAYS_9_TO_17, List.of(), Outcome.CLEAR);
        verifier.verifyThat(WeekPlannerConstraints::roomNotEquipped)
                .given(visit(hotStone, monday("10:00"), MEI, ROOM_1))
                .penalizesBy(1);
        verifier.verifyThat(WeekPlannerConstraints::roomNotEquipped)
                .given(visit(hotStone, monday("10:00"), MEI, STONE_ROOM))
                .penalizesBy(0);
    }

    @Test
    void aSessionForAClientWhoseScreeningSaysReferIsPenalised() {
        var refer = new DueSession("asha", 3, 60, "swedish", null, Set.of(), "mei", MONDAY_7_DEC, 1,
                Fixtures.WEEKDAYS_9_TO_17, List.of(), Outcome.REFER);
        verifier.verifyThat(WeekPlannerConstraints::screeningStopsMassage)
                .given(visit(refer, monday("10:00"), MEI, ROOM_1), visit("ben", monday("10:00"), TOM))
                .penalizesBy(1);
    }

    @Test
    void minutesOverTheWeeklyLimitArePenalised() {
        var part = new Therapist("pat", Set.of("swedish"), 90, Fixtures.WEEKDAYS_9_TO_17);
        verifier.verifyThat(WeekPlannerConstraints::overWeeklyHours)
                .given(visit("asha", monday("10:00"), part), visit("ben", tuesday("10:00"), part))
                .penalizesBy(30);
        verifier.verifyThat(WeekPlannerConstraints::overWeeklyHours)
                .given(visit("asha", monday("10:00"), part))
                .penalizesBy(0);
    }

    @Test
    void aWantedSessionWithoutATimeIsPenalisedButNeverOneScreeningStopped() {
        var refer = new DueSession("cleo", 3, 60, "swedish", null, Set.of(), "mei", MONDAY_7_DEC, 1,
                Fixtures.WEEKDAYS_9_TO_17, List.of(), Outcome.URGENT);
        verifier.verifyThat(WeekPlannerConstraints::sessionNotPlanned)
                .given(Visit.wanted(due("asha", 60, "swedish"), List.of(), List.of(MEI), List.of(ROOM_1)), Visit.wanted(refer, List.of(), List.of(MEI), List.of(ROOM_1)),
                        visit("ben", monday("10:00"), MEI))
                .penalizesBy(1);
    }

    @Test
    void anotherTherapistThanLastTimeIsPenalised() {
        verifier.verifyThat(WeekPlannerConstraints::notUsualTherapist)
                .given(visit("asha", monday("10:00"), TOM), visit("ben", monday("10:00"), MEI))
                .penalizesBy(1);
    }

    @Test
    void eachDayOffThePlansDateIsPenalised() {
        verifier.verifyThat(WeekPlannerConstraints::daysOffPlan)
                .given(visit("asha", tuesday("10:00"), MEI), visit("ben", monday("10:00"), MEI))
                .penalizesBy(1);
    }

    @Test
    void eachDayBeyondThePlansToleranceIsPenalisedAgain() {
        var strict = new DueSession("asha", 3, 60, "swedish", null, Set.of(), "mei", MONDAY_7_DEC.minusDays(2), 1,
                Fixtures.WEEKDAYS_9_TO_17, List.of(), Outcome.CLEAR);
        verifier.verifyThat(WeekPlannerConstraints::daysBeyondTolerance)
                .given(visit(strict, tuesday("10:00"), MEI, ROOM_1))
                .penalizesBy(2);
        verifier.verifyThat(WeekPlannerConstraints::daysBeyondTolerance)
                .given(visit("ben", tuesday("10:00"), MEI))
                .penalizesBy(0);
    }

    @Test
    void aTimeTheClientDoesNotPreferIsPenalised() {
        var evenings = new DueSession("asha", 3, 60, "swedish", null, Set.of(), "mei", MONDAY_7_DEC, 1,
                Fixtures.WEEKDAYS_9_TO_17, List.of(window(DayOfWeek.MONDAY, "15:00", "17:00")), Outcome.CLEAR);
        verifier.verifyThat(WeekPlannerConstraints::notPreferredTime)
                .given(visit(evenings, monday("10:00"), MEI, ROOM_1))
                .penalizesBy(1);
        verifier.verifyThat(WeekPlannerConstraints::notPreferredTime)
                .given(visit(evenings, monday("15:00"), MEI, ROOM_1), visit("ben", monday("10:00"), MEI))
                .penalizesBy(0);
    }

    @Test
    void unevenHoursBetweenTherapistsArePenalisedAndEvenOnesAreNot() {
        verifier.verifyThat(WeekPlannerConstraints::unbalancedHours)
                .given(visit("asha", monday("10:00"), MEI), visit("ben", monday("11:00"), MEI),
                        visit("cleo", monday("10:00"), TOM))
                .penalizesBy(42); // loads 120 and 60: sqrt(30² + 30²) = 42.4
        verifier.verifyThat(WeekPlannerConstraints::unbalancedHours)
                .given(visit("asha", monday("10:00"), MEI), visit("cleo", monday("10:00"), TOM))
                .penalizesBy(0);
    }

    @Test
    void idleMinutesBetweenATherapistsSessionsArePenalisedOnlyToTheNextSession() {
        verifier.verifyThat(WeekPlannerConstraints::idleGap)
                .given(visit("asha", monday("09:00"), MEI), visit("ben", monday("11:00"), MEI),
                        visit("cleo", monday("13:00"), MEI), visit("dan", tuesday("15:00"), MEI))
                .penalizesBy(120);
        verifier.verifyThat(WeekPlannerConstraints::idleGap)
                .given(visit("asha", monday("09:00"), MEI), visit("ben", monday("10:00"), MEI))
                .penalizesBy(0);
    }

    @Test
    void aTherapistChangingRoomsBetweenSessionsIsPenalised() {
        var first = visit(due("asha", 60, "swedish"), monday("09:00"), MEI, ROOM_1);
        var sameRoom = visit(due("ben", 60, "swedish"), monday("10:00"), MEI, ROOM_1);
        var otherRoom = visit(due("cleo", 60, "swedish"), monday("11:00"), MEI, STONE_ROOM);
        verifier.verifyThat(WeekPlannerConstraints::roomChange).given(first, sameRoom, otherRoom).penalizesBy(1);
        verifier.verifyThat(WeekPlannerConstraints::roomChange).given(first, sameRoom).penalizesBy(0);
    }
}
