package org.backcare.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.backcare.clients.ClientId;
import org.backcare.progress.Voided;
import org.jdbi.v3.core.Handle;

/**
 * The three columns that mark a session or questionnaire voided (voided_on, voided_by, void_reason): all or none; and
 * whether a corrected record replaces it (its {@code replaces} names the row).
 */
final class VoidColumns {
    private VoidColumns() {
    }

    static Voided read(ResultSet row, Dialect dialect) throws SQLException {
        var reason = row.getString("void_reason");
        return reason == null ? null : new Voided(dialect.date(row, "voided_on"), row.getString("voided_by"), reason,
                row.getInt("replaced") > 0);
    }

    /** The column {@code replaced} for a query of the table under that alias: 1 when a corrected record replaces the row. */
    static String replaced(String table, String alias) {
        return "case when exists (select 1 from " + table + " r where r.replaces = " + alias + ".id) then 1 else 0 end"
                + " as replaced";
    }

    /** Marks one row voided unless it is already: whether it was marked. */
    static boolean mark(Handle handle, Dialect dialect, String table, long id, Voided voided) {
        return handle.createUpdate("update " + table + " set voided_on = :on, voided_by = :by, void_reason = :reason"
                        + " where id = :id and void_reason is null")
                .bind("on", dialect.date(voided.on())).bind("by", voided.by()).bind("reason", voided.reason())
                .bind("id", id).execute() == 1;
    }

    /** The key of the client's record with this number (1 for the first), in the order they are read: by day, then as logged. */
    static Optional<Long> numbered(Handle handle, String table, String day, ClientId client, int number) {
        if (number < 1) {
            return Optional.empty();
        }
        return handle.createQuery("select id from " + table + " where client_id = :client order by " + day
                        + ", id limit 1 offset :skip")
                .bind("client", client.value()).bind("skip", number - 1).mapTo(Long.class).findOne();
    }
}
