package org.backcare.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.backcare.clients.ClientId;
import org.backcare.intake.Pressure;
import org.backcare.intake.Region;
import org.backcare.progress.AreaMinutes;
import org.backcare.progress.Feedback;
import org.backcare.progress.SessionLog;
import org.backcare.progress.SoapNote;
import org.backcare.progress.Voided;
import org.jdbi.v3.core.Handle;

/** Session logs as rows: the session, and its areas, techniques, after-effects and feedback in their own tables. */
final class SessionRows {
    private final Handle handle;
    private final Dialect dialect;

    SessionRows(Handle handle, Dialect dialect) {
        this.handle = handle;
        this.dialect = dialect;
    }

    /** Keeps the session: its key. */
    long insert(ClientId client, SessionLog session) {
        long id = handle.createQuery("""
                insert into sessions (client_id, given_on, therapist, minutes, pressure, pain_before, pain_after,
                                      subjective, objective, assessment, plan, massage)
                values (:client, :date, :therapist, :minutes, :pressure, :painBefore, :painAfter,
                        :subjective, :objective, :assessment, :plan, :massage)
                returning id""")
                .bind("client", client.value()).bind("date", dialect.date(session.date()))
                .bind("therapist", session.therapist()).bind("minutes", session.minutes())
                .bind("pressure", session.pressure().id())
                .bind("painBefore", session.painBefore()).bind("painAfter", session.painAfter())
                .bind("subjective", session.notes().subjective()).bind("objective", session.notes().objective())
                .bind("assessment", session.notes().assessment()).bind("plan", session.notes().plan())
                .bind("massage", session.massage())
                .mapTo(Long.class).one();
        if (!session.kept()) {
            VoidColumns.mark(handle, dialect, "sessions", id, session.voided());
        }
        var areas = session.areas();
        insertEach(id, "insert into session_areas (session_id, ordinal, region, minutes) values (?, ?, ?, ?)",
                areas.size(), i -> new Object[] {areas.get(i).region().id(), areas.get(i).minutes()});
        insertEach(id, "insert into session_techniques (session_id, ordinal, technique) values (?, ?, ?)",
                session.techniques().size(), i -> new Object[] {session.techniques().get(i)});
        insertEach(id, "insert into session_after_effects (session_id, ordinal, effect) values (?, ?, ?)",
                session.afterEffects().size(), i -> new Object[] {session.afterEffects().get(i)});
        var worked = session.feedback().worked();
        var didNotWork = session.feedback().didNotWork();
        insertEach(id, "insert into session_feedback (session_id, ordinal, technique, worked) values (?, ?, ?, ?)",
                worked.size() + didNotWork.size(), i -> i < worked.size() ? new Object[] {worked.get(i), true}
                        : new Object[] {didNotWork.get(i - worked.size()), false});
        return id;
    }

    private void insertEach(long session, String sql, int count, IntFunction<Object[]> values) {
        if (count == 0) {
            return;
        }
        var batch = handle.prepareBatch(sql);
        for (int i = 0; i < count; i++) {
            batch.bind(0, session).bind(1, i + 1);
            var rest = values.apply(i);
            for (int v = 0; v < rest.length; v++) {
                batch.bind(2 + v, rest[v]);
            }
            batch.add();
        }
        batch.execute();
    }

    /** The client's sessions, oldest first (in the order logged when on the same day). */
    List<SessionLog> of(ClientId client) {
        var sessions = handle.createQuery("""
                select id, given_on, therapist, minutes, pressure, pain_before, pain_after,
                       subjective, objective, assessment, plan, massage, voided_on, voided_by, void_reason, %s
                from sessions s where client_id = :client order by given_on, id""".formatted(
                        VoidColumns.replaced("sessions", "s")))
                .bind("client", client.value())
                .map((row, ctx) -> new Row(row.getLong("id"), dialect.date(row, "given_on"), row.getString("therapist"),
                        row.getInt("minutes"), known(Pressure.byId(row.getString("pressure")), "pressure"),
                        row.getInt("pain_before"), row.getInt("pain_after"), new SoapNote(row.getString("subjective"),
                        row.getString("objective"), row.getString("assessment"), row.getString("plan")),
                        row.getBoolean("massage"), VoidColumns.read(row, dialect)))
                .list();
        if (sessions.isEmpty()) {
            return List.of();
        }
        var ids = sessions.stream().map(Row::id).toList();
        var areas = children(ids, "region, minutes", "session_areas",
                row -> new AreaMinutes(known(Region.byId(row.getString("region")), "region"), row.getInt("minutes")));
        var techniques = children(ids, "technique", "session_techniques", row -> row.getString("technique"));
        var effects = children(ids, "effect", "session_after_effects", row -> row.getString("effect"));
        var feedback = children(ids, "technique, worked", "session_feedback",
                row -> new Verdict(row.getString("technique"), row.getBoolean("worked")));
        return sessions.stream().map(s -> {
            var verdicts = feedback.getOrDefault(s.id(), List.of());
            return new SessionLog(s.date(), s.therapist(), s.minutes(), areas.getOrDefault(s.id(), List.of()),
                    techniques.getOrDefault(s.id(), List.of()), s.pressure(), s.painBefore(), s.painAfter(),
                    effects.getOrDefault(s.id(), List.of()),
                    new Feedback(verdicts.stream().filter(Verdict::worked).map(Verdict::technique).toList(),
                            verdicts.stream().filter(v -> !v.worked()).map(Verdict::technique).toList()),
                    s.notes(), s.massage(), s.voided());
        }).toList();
    }

    /** A session's own row, before its areas, techniques, after-effects and feedback are added. */
    private record Row(long id, LocalDate date, String therapist, int minutes, Pressure pressure, int painBefore,
            int painAfter, SoapNote notes, boolean massage, Voided voided) {}

    private record Verdict(String technique, boolean worked) {}

    private interface Column<T> {
        T read(ResultSet row) throws SQLException;
    }

    private record Child<T>(long session, T value) {}

    /** The rows of one of the sessions' tables, by session, in their order: found by the sessions' keys, no join. */
    private <T> Map<Long, List<T>> children(List<Long> sessions, String columns, String table, Column<T> column) {
        return handle.createQuery("select session_id, " + columns + " from " + table
                        + " where session_id in (<sessions>) order by session_id, ordinal")
                .bindList("sessions", sessions)
                .map((row, ctx) -> new Child<>(row.getLong("session_id"), column.read(row)))
                .stream()
                .collect(Collectors.groupingBy(Child::session, Collectors.mapping(Child::value, Collectors.toList())));
    }

    private static <T> T known(Optional<T> value, String what) {
        return value.orElseThrow(() -> new StorageException("a session on file has a " + what
                + " this Backcare does not know; it was written by another version"));
    }
}
