package org.backcare.web.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.backcare.scheduling.WeekProposal;
import org.backcare.storage.SqlWeekProposals;
import org.backcare.storage.SqlWeekSolves.Solve;
import org.backcare.storage.SqlWeekSolves.State;
import org.backcare.web.booking.WeekPlanView.PlanState;
import org.junit.jupiter.api.Test;

/** What "Plan the week" offers once the planner is done: Accept only when there is something to book. */
class WeekPlanViewTest {
    private static final LocalDate MONDAY = LocalDate.of(2030, 1, 7);

    private static PlanState done(List<SqlWeekProposals.Session> sessions) {
        var kept = new SqlWeekProposals.Kept(3, MONDAY, 7, List.of(), "0hard/0medium/-4soft", sessions,
                List.of(new WeekProposal.Unplanned("asha-rao", 1, "not planned: see the screening (refer)")));
        var solve = new Solve(5, MONDAY, 7, 10, "admin", Instant.parse("2030-01-01T09:00:00Z"), State.DONE,
                Optional.of(kept), null);
        return new PlanState(solve, "token", List.of(), List.of());
    }

    @Test
    void aProposalThatPlacedNoSessionHasNothingToAccept() {
        var state = done(List.of());

        assertThat(state.decidable()).isFalse();
        assertThat(state.nothingPlaced()).isTrue();
    }

    @Test
    void aProposalWithSessionsIsAcceptedSayingHowMany() {
        var one = new SqlWeekProposals.Session("ben-cole", "mira", null, MONDAY.atTime(10, 0), 45, 2, List.of());

        assertThat(done(List.of(one)).acceptLabel()).isEqualTo("Accept and book 1 session");
        assertThat(done(List.of(one, one)).acceptLabel()).isEqualTo("Accept and book 2 sessions");
        assertThat(done(List.of(one)).decidable()).isTrue();
        assertThat(done(List.of(one)).nothingPlaced()).isFalse();
    }
}
