package org.backcare.storage;

import java.time.Instant;
import java.util.Optional;
import org.backcare.accounts.FailedSignIns;

/** Failed sign-ins counted in a {@link Database}, so that every server sees the same count. */
public final class SqlFailedSignIns implements FailedSignIns {
    private final Database database;

    SqlFailedSignIns(Database database) {
        this.database = database;
    }

    @Override
    public void add(String key, Instant at) {
        database.transaction("count a failed sign-in", handle -> handle
                .createUpdate("insert into failed_sign_ins (key, at) values (:key, :at)")
                .bind("key", key).bind("at", at.toEpochMilli()).execute());
    }

    @Override
    public Count since(String key, Instant since) {
        return database.transaction("count failed sign-ins", handle -> handle
                .createQuery("select count(*) as failures, max(at) as last from failed_sign_ins where key = :key and at > :since")
                .bind("key", key).bind("since", since.toEpochMilli())
                .map((row, ctx) -> {
                    var last = row.getLong("last");
                    var none = row.wasNull();
                    return new Count(row.getInt("failures"), none ? Optional.empty() : Optional.of(Instant.ofEpochMilli(last)));
                }).one());
    }

    @Override
    public void clear(String key, Instant before) {
        database.transaction("forget failed sign-ins", handle -> handle
                .createUpdate("delete from failed_sign_ins where key = :key or at < :before")
                .bind("key", key).bind("before", before.toEpochMilli()).execute());
    }
}
