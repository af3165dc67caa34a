package org.backcare.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.scheduling.Fixtures.MEI;
import static org.backcare.scheduling.Fixtures.MONDAY_7_DEC;
import static org.backcare.scheduling.Fixtures.ROOM_1;
import static org.backcare.scheduling.Fixtures.STONE_ROOM;
import static org.backcare.scheduling.Fixtures.TOM;
import static org.backcare.scheduling.Fixtures.WEEKDAYS_9_TO_17;
import static org.backcare.scheduling.Fixtures.monday;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.backcare.files.PlannerWeightsFile;
import org.backcare.intake.Pressure;
import org.backcare.knowledge.Outcome;
import org.junit.jupiter.api.Test;

/** The planner on small weeks whose best answer is plain to see, and on weeks where nothing can be planned. */
class WeekPlannerTest {
    private static final Duration BRIEFLY = Duration.ofSeconds(1);
    private final WeekPlanner planner = new WeekPlanner(PlannerWeightsFile.bundled());

    private static DueSession wants(String client, String technique, String usual, Set<String> equipment,
            List<WeeklyWindow> available, Outcome screening) {
        return new DueSession(client, 2, 60, technique, Pressure.LIGHT, equipment, usual, MONDAY_7_DEC.plusDays(1), 2,
                available, List.of(), screening);
    }

    private static ClinicWeek week(List<Therapist> therapists, List<DueSession> due) {
        return new ClinicWeek(MONDAY_7_DEC, 5, therapists, List.of(ROOM_1, STONE_ROOM), List.of(), due, List.of(), false);
    }

    @Test
    void aKatiBastiClientOfTomGoesToMeiAndTheProposalSaysWhy() {
        var proposal = planner.propose(week(List.of(MEI, TOM), List.of(
                wants("asha", "kati-basti", "tom", Set.of("kati-basti-set"), WEEKDAYS_9_TO_17, Outcome.CLEAR),
                wants("ben", "swedish", "tom", Set.of(), WEEKDAYS_9_TO_17, Outcome.CLEAR))), BRIEFLY);
        assertThat(proposal.feasible()).isTrue();
        assertThat(proposal.unplanned()).isEmpty();
        var asha = proposal.sessions().stream().filter(s -> s.client().equals("asha")).findFirst().orElseThrow();
        assertThat(asha.therapist()).isEqualTo("mei");
        assertThat(asha.room()).isEqualTo("stone-room");
        assertThat(asha.why().get(0)).startsWith("Tue ").endsWith("with mei, not tom: tom is not trained in kati-basti");
        assertThat(asha.why()).contains("on the plan's date (Tue 8 Dec)");
        var ben = proposal.sessions().stream().filter(s -> s.client().equals("ben")).findFirst().orElseThrow();
        assertThat(ben.therapist()).isEqualTo("tom");
        assertThat(ben.why().get(0)).endsWith("with tom, as last time");
    }

    @Test
    void aBookedAppointmentIsKeptAndWorkedAround() {
        var booked = new Appointment("a1", "cleo", "tom", "room-1", monday("09:00"), monday("17:00"), true);
        var week = new ClinicWeek(MONDAY_7_DEC, 1, List.of(TOM), List.of(ROOM_1), List.of(booked),
                List.of(wants("ben", "swedish", "tom", Set.of(), WEEKDAYS_9_TO_17, Outcome.CLEAR)), List.of(), false);
        var proposal = planner.propose(week, BRIEFLY);
        assertThat(proposal.feasible()).isTrue();
        assertThat(proposal.sessions()).isEmpty();
        assertThat(proposal.unplanned()).singleElement().extracting(WeekProposal.Unplanned::reason).asString()
                .contains("is taken");
    }

    @Test
    void aClientWhoseScreeningSaysReferIsNotPlannedAndSentToTheScreening() {
        var proposal = planner.propose(week(List.of(MEI), List.of(
                wants("asha", "swedish", "mei", Set.of(), WEEKDAYS_9_TO_17, Outcome.REFER))), BRIEFLY);
        assertThat(proposal.feasible()).isTrue();
        assertThat(proposal.sessions()).isEmpty();
        assertThat(proposal.unplanned()).extracting(WeekProposal.Unplanned::reason)
                .containsExactly("not planned: see the screening (refer)");
    }

    @Test
    void aWeekWithNoWorkingHoursPlansNothingAndSaysSo() {
        var idle = new Therapist("ida", Set.of("swedish"), 2400, List.of());
        var proposal = planner.propose(week(List.of(idle), List.of(
                wants("asha", "swedish", null, Set.of(), WEEKDAYS_9_TO_17, Outcome.CLEAR))), BRIEFLY);
        assertThat(proposal.feasible()).isTrue();
        assertThat(proposal.sessions()).isEmpty();
        assertThat(proposal.unplanned()).extracting(WeekProposal.Unplanned::reason)
                .containsExactly("not planned: no therapist has working hours this week");
    }

    @Test
    void aTherapistWithoutSkillsIsGivenNoSession() {
        var unskilled = new Therapist("una", Set.of(), 2400, WEEKDAYS_9_TO_17);
        var proposal = planner.propose(week(List.of(unskilled), List.of(
                wants("asha", "swedish", "una", Set.of(), WEEKDAYS_9_TO_17, Outcome.CLEAR))), BRIEFLY);
        assertThat(proposal.feasible()).isTrue();
        assertThat(proposal.sessions()).isEmpty();
        assertThat(proposal.unplanned()).extracting(WeekProposal.Unplanned::reason)
                .containsExactly("not planned: no therapist is trained in swedish");
    }

    @Test
    void aClientWithNoAvailabilityIsListedWithTheReason() {
        var proposal = planner.propose(week(List.of(MEI), List.of(
                wants("asha", "swedish", "mei", Set.of(), List.of(), Outcome.CLEAR))), BRIEFLY);
        assertThat(proposal.feasible()).isTrue();
        assertThat(proposal.unplanned()).extracting(WeekProposal.Unplanned::reason)
                .containsExactly("not planned: the client has given no times they can come");
    }

    @Test
    void aSessionAVisitAfterTheWeekHoldsIsListedAsNotPlannedWithWhy() {
        var held = new WeekProposal.Unplanned("ben", 3, "not planned: appointment 7 on 2026-12-21 at 10:00 holds it");
        var proposal = planner.propose(new ClinicWeek(MONDAY_7_DEC, 7, List.of(TOM), List.of(ROOM_1), List.of(),
                List.of(), List.of(held), false), BRIEFLY);
        assertThat(proposal.sessions()).isEmpty();
        assertThat(proposal.unplanned()).containsExactly(held);
    }

    @Test
    void anEmptyClinicGivesAnEmptyProposal() {
        var proposal = planner.propose(new ClinicWeek(MONDAY_7_DEC, 7, List.of(), List.of(), List.of(), List.of(),
                List.of(), false), BRIEFLY);
        assertThat(proposal.feasible()).isTrue();
        assertThat(proposal.sessions()).isEmpty();
        assertThat(proposal.unplanned()).isEmpty();
    }

    @Test
    void aClientWhoCanComeOnlyAtAQuarterPastIsStillPlannedThen() {
        var quarterPast = List.of(Fixtures.window(DayOfWeek.TUESDAY, "09:15", "10:15"));
        var proposal = planner.propose(week(List.of(TOM), List.of(
                wants("asha", "swedish", "tom", Set.of(), quarterPast, Outcome.CLEAR))), BRIEFLY);
        assertThat(proposal.feasible()).isTrue();
        assertThat(proposal.sessions()).singleElement()
                .satisfies(s -> assertThat(s.start()).isEqualTo(MONDAY_7_DEC.plusDays(1).atTime(9, 15)));
    }
}
