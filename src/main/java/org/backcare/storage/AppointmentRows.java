package org.backcare.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.backcare.accounts.Username;
import org.backcare.booking.Appointment;
import org.backcare.booking.Cancellation;
import org.backcare.booking.Move;
import org.backcare.booking.Status;
import org.backcare.clients.ClientId;
import org.jdbi.v3.core.Handle;

/** Appointments and their moves, as rows, within one transaction's handle. */
final class AppointmentRows {
    private static final String COLUMNS = "id, client_id, therapist, room, starts, zone, minutes, status, plan_session,"
            + " techniques, cautions, cancelled_by, cancelled_at, cancel_reason, late, needs_review";

    private final Handle handle;
    private final Dialect dialect;

    AppointmentRows(Handle handle, Dialect dialect) {
        this.handle = handle;
        this.dialect = dialect;
    }

    /** Those starting from the first day to the last (both included), by start, then id. */
    List<Appointment> between(LocalDate first, LocalDate last, Optional<Username> therapist) {
        var query = handle.createQuery("select " + COLUMNS + " from appointments where starts >= :from and starts < :to"
                        + therapist.map(t -> " and therapist = :therapist").orElse("") + " order by starts, id")
                .bind("from", dialect.local(first.atStartOfDay())).bind("to", dialect.local(last.plusDays(1).atStartOfDay()));
        therapist.ifPresent(t -> query.bind("therapist", t.value()));
        return withMoves(query.map((row, ctx) -> appointment(row)).list());
    }

    /** Those in the room starting at {@code from} or later, by start, then id. */
    List<Appointment> inRoomFrom(String room, LocalDateTime from) {
        return withMoves(handle.createQuery("select " + COLUMNS + " from appointments where room = :room and starts >= :from"
                        + " order by starts, id")
                .bind("room", room).bind("from", dialect.local(from)).map((row, ctx) -> appointment(row)).list());
    }

    List<Appointment> ofClient(ClientId client) {
        return withMoves(handle.createQuery("select " + COLUMNS + " from appointments where client_id = :client order by starts, id")
                .bind("client", client.value()).map((row, ctx) -> appointment(row)).list());
    }

    Optional<Appointment> find(long id) {
        return handle.createQuery("select " + COLUMNS + " from appointments where id = :id").bind("id", id)
                .map((row, ctx) -> appointment(row)).findOne().map(a -> withMoves(List.of(a)).get(0));
    }

    long insert(Appointment a, ZoneId zone, Instant at) {
        return handle.createUpdate("""
                        insert into appointments (client_id, therapist, room, starts, zone, minutes, status, plan_session,
                                                  techniques, cautions, needs_review, booked_at)
                        values (:client, :therapist, :room, :starts, :zone, :minutes, :status, :session, :techniques,
                                :cautions, :review, :at)""")
                .bind("client", a.client().value()).bind("therapist", a.therapist().value())
                .bind("room", a.room().orElse(null)).bind("starts", dialect.local(a.start())).bind("zone", zone.getId())
                .bind("minutes", a.minutes()).bind("status", a.status().id()).bind("session", a.planSession().orElse(null))
                .bind("techniques", String.join("\n", a.techniques())).bind("cautions", String.join("\n", a.cautions()))
                .bind("review", a.needsReview()).bind("at", dialect.time(ClientRows.auditTime(at)))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    ZoneId zoneOf(long id) {
        return ZoneId.of(handle.createQuery("select zone from appointments where id = :id").bind("id", id).mapTo(String.class).one());
    }

    /** Puts an archived appointment back as it was: its state, cancellation and moves (with a new id). */
    void restore(Appointment archived, ZoneId zone) {
        var booked = new Appointment(0, archived.client(), archived.therapist(), archived.room(), archived.start(),
                archived.minutes(), archived.status(), archived.planSession(), archived.techniques(), archived.cautions(),
                Optional.empty(), List.of(), archived.needsReview());
        var id = insert(booked, zone, Instant.now());
        update(booked.withId(id), archived.withId(id));
    }

    /** Writes the appointment's state, and its last move when it has one more than on file. */
    void update(Appointment before, Appointment after) {
        var cancellation = after.cancellation();
        handle.createUpdate("""
                        update appointments set starts = :starts, status = :status, cancelled_by = :by, cancelled_at = :at,
                               cancel_reason = :reason, late = :late, needs_review = :review where id = :id""")
                .bind("id", after.id()).bind("starts", dialect.local(after.start())).bind("status", after.status().id())
                .bind("by", cancellation.map(Cancellation::by).orElse(null))
                .bind("at", cancellation.map(c -> dialect.time(ClientRows.auditTime(c.at()))).orElse(null))
                .bind("reason", cancellation.map(Cancellation::reason).orElse(null))
                .bind("late", cancellation.map(Cancellation::late).orElse(null))
                .bind("review", after.needsReview()).execute();
        for (var move : after.moves().subList(before.moves().size(), after.moves().size())) {
            handle.createUpdate("""
                            insert into appointment_moves (appointment_id, moved_from, moved_to, moved_by, moved_at)
                            values (:id, :from, :to, :by, :at)""")
                    .bind("id", after.id()).bind("from", dialect.local(move.from())).bind("to", dialect.local(move.to()))
                    .bind("by", move.by()).bind("at", dialect.time(ClientRows.auditTime(move.at()))).execute();
        }
    }

    private Appointment appointment(ResultSet row) throws SQLException {
        var session = row.getInt("plan_session");
        Optional<Integer> planSession = row.wasNull() ? Optional.empty() : Optional.of(session);
        var by = row.getString("cancelled_by");
        var cancellation = by == null ? Optional.<Cancellation>empty() : Optional.of(new Cancellation(by,
                dialect.time(row, "cancelled_at"), row.getString("cancel_reason"), row.getBoolean("late")));
        return new Appointment(row.getLong("id"), new ClientId(row.getString("client_id")),
                new Username(row.getString("therapist")), Optional.ofNullable(row.getString("room")),
                dialect.local(row, "starts"), row.getInt("minutes"),
                Status.byId(row.getString("status")).orElseThrow(), planSession, lines(row.getString("techniques")),
                lines(row.getString("cautions")), cancellation, List.of(), row.getBoolean("needs_review"));
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }

    private List<Appointment> withMoves(List<Appointment> appointments) {
        var ids = appointments.stream().map(Appointment::id).toList();
        if (ids.isEmpty()) {
            return appointments;
        }
        var moves = new HashMap<Long, List<Move>>();
        handle.createQuery("select appointment_id, moved_from, moved_to, moved_by, moved_at from appointment_moves"
                        + " where appointment_id in (<ids>) order by moved_at")
                .bindList("ids", ids)
                .map((row, ctx) -> Map.entry(row.getLong("appointment_id"), new Move(dialect.local(row, "moved_from"),
                        dialect.local(row, "moved_to"), row.getString("moved_by"), dialect.time(row, "moved_at"))))
                .forEach(e -> moves.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return appointments.stream().map(a -> moves.containsKey(a.id()) ? withMoves(a, moves.get(a.id())) : a).toList();
    }

    private static Appointment withMoves(Appointment a, List<Move> moves) {
        return new Appointment(a.id(), a.client(), a.therapist(), a.room(), a.start(), a.minutes(), a.status(),
                a.planSession(), a.techniques(), a.cautions(), a.cancellation(), moves, a.needsReview());
    }

    /** The weekly times the client can come, as written ("tue 09:00-12:00; thu 14:00-18:00"); none when not given. */
    Optional<String> timesOf(ClientId client) {
        return handle.createQuery("select times from client_times where client_id = :client")
                .bind("client", client.value()).mapTo(String.class).findOne();
    }

    void putTimes(ClientId client, String times) {
        handle.createUpdate("insert into client_times (client_id, times) values (:client, :times)")
                .bind("client", client.value()).bind("times", times).execute();
    }

    /** Every therapist's skills, by username, each sorted: comma-separated knowledge-base ids as kept. */
    SortedMap<String, String> skills() {
        var skills = new TreeMap<String, String>();
        handle.createQuery("select therapist, techniques from therapist_skills")
                .map((row, ctx) -> Map.entry(row.getString("therapist"), row.getString("techniques")))
                .forEach(e -> skills.put(e.getKey(), e.getValue()));
        return skills;
    }

    /** Keeps the skills of a therapist who has an account here, unless some are kept already; false otherwise. */
    boolean putSkills(String therapist, String techniques) {
        return handle.createUpdate("""
                        insert into therapist_skills (therapist, techniques)
                        select username, :techniques from accounts where username = :therapist
                        and not exists (select 1 from therapist_skills where therapist = :therapist)""")
                .bind("therapist", therapist).bind("techniques", techniques).execute() == 1;
    }
}
