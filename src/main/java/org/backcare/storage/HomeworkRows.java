package org.backcare.storage;

import java.util.List;
import org.backcare.clients.ClientId;
import org.backcare.progress.HomeworkDone;
import org.jdbi.v3.core.Handle;

/** The homework clients log between sessions, as rows. */
final class HomeworkRows {
    private final Handle handle;
    private final Dialect dialect;

    HomeworkRows(Handle handle, Dialect dialect) {
        this.handle = handle;
        this.dialect = dialect;
    }

    void insert(ClientId client, HomeworkDone done) {
        handle.createUpdate("insert into homework_log (client_id, done_on, exercise, note) values (:client, :done, :exercise, :note)")
                .bind("client", client.value()).bind("done", dialect.date(done.done())).bind("exercise", done.exercise())
                .bind("note", done.note()).execute();
    }

    /** Oldest first, in the order logged when on the same day. */
    List<HomeworkDone> of(ClientId client) {
        return handle.createQuery("select done_on, exercise, note from homework_log where client_id = :client order by done_on, id")
                .bind("client", client.value())
                .map((row, ctx) -> new HomeworkDone(dialect.date(row, "done_on"), row.getString("exercise"), row.getString("note")))
                .list();
    }
}
