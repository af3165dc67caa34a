package org.backcare.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.backcare.scheduling.DaysToPlan;
import org.junit.jupiter.api.Test;

/**
 * Weeks being planned, on SQLite and on PostgreSQL: one solve per week at a time, whether it plans the whole week or
 * the rest of one under way.
 */
abstract class WeekSolvesContract extends DatabaseContract {
    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    static final Instant NOW = Instant.parse("2026-12-09T10:00:00Z");
    static final DaysToPlan WHOLE = new DaysToPlan(MONDAY, 7);
    static final DaysToPlan FROM_THURSDAY = new DaysToPlan(MONDAY.plusDays(3), 4);
    static final DaysToPlan FROM_FRIDAY = new DaysToPlan(MONDAY.plusDays(4), 3);

    @Test
    void theRestOfAWeekTakesThePlaceOfTheWeeksFinishedSolve() {
        var solves = new SqlWeekSolves(database);
        long whole = solves.claim(WHOLE, 10, "admin", NOW).orElseThrow();
        solves.finished(whole);

        long rest = solves.claim(FROM_THURSDAY, 10, "admin", NOW).orElseThrow();

        var shown = solves.forWeek(MONDAY, NOW).orElseThrow();
        assertThat(shown.id()).isEqualTo(rest);
        assertThat(shown.firstDay()).isEqualTo(FROM_THURSDAY.first());
        assertThat(shown.days()).isEqualTo(4);
        assertThat(solves.find(whole, NOW)).isEmpty();
        assertThat(rows("week_solves")).isEqualTo(1);
    }

    @Test
    void aRunningSolveHoldsItsWholeWeekUntilItsLeaseRunsOut() {
        var solves = new SqlWeekSolves(database);
        long running = solves.claim(FROM_THURSDAY, 10, "admin", NOW).orElseThrow();

        assertThat(solves.claim(FROM_FRIDAY, 10, "other", NOW)).isEmpty();
        assertThat(solves.claim(FROM_THURSDAY, 10, "other", NOW)).isEmpty();
        assertThat(solves.claim(new DaysToPlan(MONDAY.plusWeeks(1), 7), 10, "other", NOW)).as("the next week").isPresent();
        assertThat(solves.forWeek(MONDAY, NOW).orElseThrow().id()).isEqualTo(running);

        var leaseOver = NOW.plusSeconds(10).plus(SqlWeekSolves.GRACE).plusSeconds(1);
        long friday = solves.claim(FROM_FRIDAY, 10, "other", leaseOver).orElseThrow();
        assertThat(solves.forWeek(MONDAY.plusDays(5), leaseOver).orElseThrow().id()).isEqualTo(friday);
        assertThat(solves.find(running, leaseOver)).isEmpty();
    }

    @Test
    void aWeekNobodyPlansHasNoSolve() {
        new SqlWeekSolves(database).claim(WHOLE, 10, "admin", NOW).orElseThrow();

        assertThat(new SqlWeekSolves(database).forWeek(MONDAY.minusWeeks(1), NOW)).isEmpty();
        assertThat(new SqlWeekSolves(database).forWeek(MONDAY.plusWeeks(1), NOW)).isEmpty();
    }
}
