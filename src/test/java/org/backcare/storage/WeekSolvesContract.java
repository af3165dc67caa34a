package org.backcare.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.backcare.scheduling.DaysToPlan;
import org.backcare.scheduling.WeekProposal;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
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
    static final WeekProposal EMPTY = new WeekProposal("0hard/0medium/0soft", true, List.of(), List.of());

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

    @Test
    void aNumberGoneIsNeverGivenAgainSoAPageLeftOpenFindsNothing() {
        var solves = new SqlWeekSolves(database);
        var proposals = new SqlWeekProposals(database);
        long solve = solves.claim(WHOLE, 10, "admin", NOW).orElseThrow();
        long proposal = proposals.keep(MONDAY, 7, List.of(), EMPTY, NOW);
        solves.remove(solve);
        proposals.remove(proposal);

        long nextSolve = solves.claim(WHOLE, 10, "admin", NOW).orElseThrow();
        long nextProposal = proposals.keep(MONDAY, 7, List.of(), EMPTY, NOW);

        assertThat(nextSolve).isGreaterThan(solve);
        assertThat(nextProposal).isGreaterThan(proposal);
        assertThat(solves.find(solve, NOW)).isEmpty();
        assertThat(proposals.find(proposal)).isEmpty();
    }

    @Test
    void aDatabaseOfTheReleaseBeforeKeepsItsWeekBeingPlannedAndNumbersOnFromIt() {
        var old = newLocation();
        var place = Place.of(old);
        Flyway.configure().dataSource(place.writer()).locations(place.dialect().migrations()).target("10").load().migrate();
        long[] ids = Jdbi.create(place.writer()).withHandle(h -> {
            h.createUpdate("insert into clients (id, name, consent_given, reference) values ('asha-rao', 'Asha Rao', :day, 'a1b2c3d4e5f60718')")
                    .bind("day", place.dialect().date(OnFile.DAY_ONE)).execute();
            long proposal = h.createUpdate("""
                            insert into week_proposals (first_day, days, book_state, score, made_at)
                            values (:first, 7, '', '0hard/0medium/-5soft', :at)""")
                    .bind("first", place.dialect().date(MONDAY)).bind("at", NOW.toString())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            h.createUpdate("""
                            insert into week_proposal_sessions (proposal_id, client_id, therapist, room, starts, minutes,
                            plan_session, why) values (:proposal, 'asha-rao', 'mira', null, :start, 60, 1, 'as last time')""")
                    .bind("proposal", proposal).bind("start", MONDAY.atTime(10, 0).toString()).execute();
            long solve = h.createUpdate("""
                            insert into week_solves (first_day, days, seconds, started_by, started_at, lease_until, state,
                            proposal_id) values (:first, 7, 10, 'admin', :at, :at, 'done', :proposal)""")
                    .bind("first", place.dialect().date(MONDAY)).bind("at", NOW.toString()).bind("proposal", proposal)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            return new long[] {solve, proposal};
        });

        var upgraded = open(old);
        var solves = new SqlWeekSolves(upgraded);
        var kept = solves.find(ids[0], NOW).orElseThrow();

        assertThat(kept.proposal().orElseThrow().id()).isEqualTo(ids[1]);
        assertThat(kept.proposal().orElseThrow().sessions()).singleElement()
                .satisfies(s -> assertThat(s.why()).containsExactly("as last time"));
        solves.remove(ids[0]);
        assertThat(solves.claim(WHOLE, 10, "admin", NOW).orElseThrow()).isGreaterThan(ids[0]);
        assertThat(new SqlWeekProposals(upgraded).keep(MONDAY, 7, List.of(), EMPTY, NOW)).isGreaterThan(ids[1]);
    }
}
