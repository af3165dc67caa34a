package org.backcare.storage;

import java.time.Instant;
import java.util.Optional;
import org.backcare.accounts.OneTimeLinks;
import org.jdbi.v3.core.Handle;

/** One-time links kept in a {@link Database}: using one deletes its row, and only the delete that finds it wins. */
public final class SqlOneTimeLinks implements OneTimeLinks {
    private final Database database;

    SqlOneTimeLinks(Database database) {
        this.database = database;
    }

    @Override
    public void issue(String purpose, String tokenHash, String subject, Instant expires) {
        database.transaction("keep a " + purpose + " link", handle -> {
            handle.createUpdate("delete from one_time_links where expires <= :now").bind("now", Instant.now().toEpochMilli())
                    .execute();
            return handle.createUpdate("""
                    insert into one_time_links (token_hash, purpose, subject, expires)
                    values (:hash, :purpose, :subject, :expires)""")
                    .bind("hash", tokenHash).bind("purpose", purpose).bind("subject", subject)
                    .bind("expires", expires.toEpochMilli()).execute();
        });
    }

    @Override
    public Optional<String> peek(String purpose, String tokenHash, Instant now) {
        return database.transaction("read a " + purpose + " link", handle -> subject(handle, purpose, tokenHash, now));
    }

    @Override
    public Optional<String> use(String purpose, String tokenHash, Instant now) {
        return database.transaction("use a " + purpose + " link", handle -> {
            var subject = subject(handle, purpose, tokenHash, now);
            var deleted = handle.createUpdate("""
                    delete from one_time_links where token_hash = :hash and purpose = :purpose and expires > :now""")
                    .bind("hash", tokenHash).bind("purpose", purpose).bind("now", now.toEpochMilli()).execute();
            return deleted == 1 ? subject : Optional.<String>empty();
        });
    }

    private static Optional<String> subject(Handle handle, String purpose, String tokenHash, Instant now) {
        return handle.createQuery("""
                select subject from one_time_links where token_hash = :hash and purpose = :purpose and expires > :now""")
                .bind("hash", tokenHash).bind("purpose", purpose).bind("now", now.toEpochMilli())
                .mapTo(String.class).findOne();
    }
}
