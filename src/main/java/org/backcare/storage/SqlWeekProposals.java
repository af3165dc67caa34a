package org.backcare.storage;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backcare.booking.Appointment;
import org.backcare.scheduling.WeekProposal;
import org.jdbi.v3.core.Handle;

/**
 * Weeks the planner proposed, kept by id until someone accepts one, with the book as it stood (one line per
 * appointment holding time in those days): a proposal whose book has changed since is stale.
 */
public final class SqlWeekProposals {
    private final Database database;

    public SqlWeekProposals(Database database) {
        this.database = database;
    }

    public record Kept(long id, LocalDate firstDay, int days, List<String> bookState, String score, List<Session> sessions,
            List<WeekProposal.Unplanned> unplanned) {
        public Kept {
            bookState = List.copyOf(bookState);
            sessions = List.copyOf(sessions);
            unplanned = List.copyOf(unplanned);
        }

        /** Breaks no hard rule: the score's first part ({@code hard}) is 0. */
        public boolean feasible() {
            return score.startsWith("0hard");
        }
    }

    /** A placed session with why it is there (the planner's reasons, in order). */
    public record Session(String client, String therapist, String room, LocalDateTime start, int minutes, int planSession,
            List<String> why) {
        public Session {
            why = List.copyOf(why);
        }

        public LocalDateTime end() {
            return start.plusMinutes(minutes);
        }
    }

    /** The book in a few words per appointment holding time, in the order given: what tells a stale proposal. */
    public static List<String> bookState(List<Appointment> appointments) {
        return appointments.stream().filter(a -> a.status().holdsTime())
                .map(a -> "appointment " + a.id() + ": " + a.client().value() + " with " + a.therapist().value() + " "
                        + a.start().toLocalDate() + " " + a.start().toLocalTime() + " (" + a.minutes() + " min"
                        + a.room().map(r -> ", room " + r).orElse("") + ")")
                .sorted().toList();
    }

    /** Keeps the planner's proposal (its sessions as they will be booked, see {@code ClinicWeeks.asBooked}). */
    public long keep(LocalDate firstDay, int days, List<String> bookState, WeekProposal proposal, Instant now) {
        return keep(firstDay, days, bookState, proposal.score(), sessions(proposal), proposal.unplanned(), now);
    }

    static List<Session> sessions(WeekProposal proposal) {
        return proposal.sessions().stream().map(s -> new Session(s.client(), s.therapist(), s.room(), s.start(),
                (int) Duration.between(s.start(), s.end()).toMinutes(), s.planSession(), s.why())).toList();
    }

    public long keep(LocalDate firstDay, int days, List<String> bookState, String score, List<Session> sessions,
            List<WeekProposal.Unplanned> unplanned, Instant now) {
        return database.transaction("keep a week proposal",
                handle -> keep(handle, firstDay, days, bookState, score, sessions, unplanned, now));
    }

    long keep(Handle handle, LocalDate firstDay, int days, List<String> bookState, String score, List<Session> sessions,
            List<WeekProposal.Unplanned> unplanned, Instant now) {
        var dialect = database.dialect();
        long id = handle.createUpdate("""
                        insert into week_proposals (first_day, days, book_state, score, made_at)
                        values (:first, :days, :state, :score, :made)""")
                .bind("first", dialect.date(firstDay)).bind("days", days).bind("state", String.join("\n", bookState))
                .bind("score", score).bind("made", now.toString())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        for (var s : sessions) {
            handle.createUpdate("""
                            insert into week_proposal_sessions (proposal_id, client_id, therapist, room, starts, minutes, plan_session, why)
                            values (:id, :client, :therapist, :room, :starts, :minutes, :session, :why)""")
                    .bind("id", id).bind("client", s.client()).bind("therapist", s.therapist()).bind("room", s.room())
                    .bind("starts", s.start().toString()).bind("minutes", s.minutes()).bind("session", s.planSession())
                    .bind("why", String.join("\n", s.why())).execute();
        }
        for (var u : unplanned) {
            handle.createUpdate("""
                            insert into week_proposal_unplanned (proposal_id, client_id, plan_session, reason)
                            values (:id, :client, :session, :reason)""")
                    .bind("id", id).bind("client", u.client()).bind("session", u.planSession()).bind("reason", u.reason())
                    .execute();
        }
        return id;
    }

    public Optional<Kept> find(long id) {
        return database.transaction("read week proposal " + id, handle -> find(handle, id));
    }

    Optional<Kept> find(Handle handle, long id) {
        var dialect = database.dialect();
        var sessions = handle.createQuery("""
                        select client_id, therapist, room, starts, minutes, plan_session, why from week_proposal_sessions
                        where proposal_id = :id order by starts, client_id""").bind("id", id)
                .map((row, ctx) -> new Session(row.getString("client_id"), row.getString("therapist"),
                        row.getString("room"), LocalDateTime.parse(row.getString("starts")), row.getInt("minutes"),
                        row.getInt("plan_session"), lines(row.getString("why"))))
                .list();
        var unplanned = handle.createQuery("""
                        select client_id, plan_session, reason from week_proposal_unplanned
                        where proposal_id = :id order by client_id, plan_session""").bind("id", id)
                .map((row, ctx) -> new WeekProposal.Unplanned(row.getString("client_id"), row.getInt("plan_session"),
                        row.getString("reason")))
                .list();
        return handle.createQuery("select first_day, days, book_state, score from week_proposals where id = :id")
                .bind("id", id)
                .map((row, ctx) -> new Kept(id, dialect.date(row, "first_day"), row.getInt("days"),
                        lines(row.getString("book_state")), row.getString("score"), new ArrayList<>(sessions),
                        unplanned))
                .findOne();
    }

    /** Removes it once accepted (or discarded): a proposal is accepted once. */
    public void remove(long id) {
        database.transaction("remove week proposal " + id, handle ->
                handle.createUpdate("delete from week_proposals where id = :id").bind("id", id).execute());
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }
}
