package org.backcare.storage;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.backcare.scheduling.DaysToPlan;
import org.backcare.scheduling.WeekProposal;
import org.jdbi.v3.core.Handle;

/**
 * Weeks being planned in the background, one per week at a time, kept in the database so that every server shows
 * the same: who started it, until when the server solving it holds it (its lease), and the best proposal so far
 * (kept in {@link SqlWeekProposals}, as the command line keeps one).
 */
public final class SqlWeekSolves {
    /** How long past its planned end a solve is still taken to be running; after that its server went away. */
    public static final Duration GRACE = Duration.ofSeconds(60);

    public enum State { SOLVING, DONE, FAILED, STOPPED }

    /** A week's solve as it stands; {@code proposal} is the best so far (none before the first one is kept). */
    public record Solve(long id, LocalDate firstDay, int days, int seconds, String startedBy, Instant startedAt,
            State state, Optional<SqlWeekProposals.Kept> proposal, String failure) {}

    private final Database database;
    private final SqlWeekProposals proposals;

    public SqlWeekSolves(Database database) {
        this.database = database;
        this.proposals = new SqlWeekProposals(database);
    }

    /**
     * Claims the days for a solve of {@code seconds}: refused (empty) while another solve of their week is running and
     * holds its lease. A finished, failed or abandoned solve of the week gives way, with its proposal.
     */
    public Optional<Long> claim(DaysToPlan days, int seconds, String startedBy, Instant now) {
        var dialect = database.dialect();
        return database.transaction("start planning " + days.inWords(), handle -> {
            handle.createUpdate("""
                            delete from week_proposals where id in (select proposal_id from week_solves
                            where first_day between :monday and :sunday and (state <> 'solving' or lease_until < :now))""")
                    .bind("monday", dialect.date(days.monday())).bind("sunday", dialect.date(days.last()))
                    .bind("now", now.toString()).execute();
            handle.createUpdate("""
                            delete from week_solves
                            where first_day between :monday and :sunday and (state <> 'solving' or lease_until < :now)""")
                    .bind("monday", dialect.date(days.monday())).bind("sunday", dialect.date(days.last()))
                    .bind("now", now.toString()).execute();
            if (solveOfTheWeek(handle, days.monday()).isPresent()) {
                return Optional.<Long>empty();
            }
            int claimed = handle.createUpdate("""
                            insert into week_solves (first_day, days, seconds, started_by, started_at, lease_until, state)
                            values (:first, :days, :seconds, :by, :at, :lease, 'solving') on conflict (first_day) do nothing""")
                    .bind("first", dialect.date(days.first())).bind("days", days.days()).bind("seconds", seconds)
                    .bind("by", startedBy).bind("at", now.toString())
                    .bind("lease", now.plusSeconds(seconds).plus(GRACE).toString()).execute();
            return claimed == 0 ? Optional.<Long>empty() : solveOfTheWeek(handle, days.monday());
        });
    }

    /**
     * The solve's better proposal replaces the one kept before, and its lease runs {@code seconds} plus
     * {@link #GRACE} from now; false when the solve is no longer running (discarded, or taken over), and then
     * nothing is kept.
     */
    public boolean better(long id, LocalDate firstDay, int days, List<String> bookState, WeekProposal proposal,
            Instant now, int seconds) {
        return database.transaction("keep the best proposal so far", handle -> {
            var before = handle.createQuery(
                            "select coalesce(proposal_id, 0) from week_solves where id = :id and state = 'solving'")
                    .bind("id", id).mapTo(Long.class).findOne();
            if (before.isEmpty()) {
                return false;
            }
            long kept = proposals.keep(handle, firstDay, days, bookState, proposal.score(),
                    SqlWeekProposals.sessions(proposal), proposal.unplanned(), now);
            handle.createUpdate("update week_solves set proposal_id = :kept, lease_until = :lease where id = :id")
                    .bind("kept", kept).bind("lease", now.plusSeconds(seconds).plus(GRACE).toString()).bind("id", id)
                    .execute();
            handle.createUpdate("delete from week_proposals where id = :old").bind("old", before.get()).execute();
            return true;
        });
    }

    public void finished(long id) {
        end(id, "done", null);
    }

    public void failed(long id, String failure) {
        end(id, "failed", failure);
    }

    private void end(long id, String state, String failure) {
        database.transaction("end the week's solve", handle -> handle.createUpdate(
                        "update week_solves set state = :state, failure = :failure where id = :id and state = 'solving'")
                .bind("state", state).bind("failure", failure).bind("id", id).execute());
    }

    public Optional<Solve> find(long id, Instant now) {
        return database.transaction("read the week's solve", handle -> find(handle, "id = :key", id, now));
    }

    /** The solve of the week holding {@code day}: of all of it, or of the rest of it. */
    public Optional<Solve> forWeek(LocalDate day, Instant now) {
        return database.transaction("read the week's solve", handle -> solveOfTheWeek(handle, DaysToPlan.mondayOf(day))
                .flatMap(id -> find(handle, "id = :key", id, now)));
    }

    /** Drops the solve and its proposal (discarded, or accepted and booked); a solve still running stops at its next step. */
    public void remove(long id) {
        database.transaction("discard the week's solve", handle -> {
            handle.createUpdate("delete from week_proposals where id in (select proposal_id from week_solves where id = :id)")
                    .bind("id", id).execute();
            return handle.createUpdate("delete from week_solves where id = :id").bind("id", id).execute();
        });
    }

    private Optional<Solve> find(Handle handle, String where, Object key, Instant now) {
        var dialect = database.dialect();
        var solve = handle.createQuery("select id, first_day, days, seconds, started_by, started_at, lease_until, state,"
                        + " failure from week_solves where " + where).bind("key", key)
                .map((r, ctx) -> new Solve(r.getLong("id"), dialect.date(r, "first_day"), r.getInt("days"),
                        r.getInt("seconds"), r.getString("started_by"), Instant.parse(r.getString("started_at")),
                        state(r.getString("state"), Instant.parse(r.getString("lease_until")), now), Optional.empty(),
                        r.getString("failure")))
                .findOne();
        return solve.map(s -> new Solve(s.id(), s.firstDay(), s.days(), s.seconds(), s.startedBy(), s.startedAt(),
                s.state(), proposalOf(handle, s.id()), s.failure()));
    }

    private Optional<SqlWeekProposals.Kept> proposalOf(Handle handle, long id) {
        return handle.createQuery("select coalesce(proposal_id, 0) from week_solves where id = :id").bind("id", id)
                .mapTo(Long.class).findOne().flatMap(p -> proposals.find(handle, p));
    }

    private static State state(String stored, Instant leaseUntil, Instant now) {
        var state = State.valueOf(stored.toUpperCase(Locale.ROOT));
        return state == State.SOLVING && leaseUntil.isBefore(now) ? State.STOPPED : state;
    }

    /** The latest of the week's solves: one claimed on a later day of it replaces those before. */
    private Optional<Long> solveOfTheWeek(Handle handle, LocalDate monday) {
        var dialect = database.dialect();
        return handle.createQuery("""
                        select id from week_solves where first_day between :monday and :sunday
                        order by first_day desc limit 1""")
                .bind("monday", dialect.date(monday)).bind("sunday", dialect.date(monday.plusDays(6)))
                .mapTo(Long.class).findOne();
    }
}
