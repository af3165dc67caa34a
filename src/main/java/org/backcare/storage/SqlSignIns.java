package org.backcare.storage;

import java.time.Instant;
import java.util.Optional;
import org.backcare.accounts.SignIns;
import org.backcare.accounts.Username;

/** Sign-ins kept in a {@link Database}, read with their account in one query. */
public final class SqlSignIns implements SignIns {
    private final Database database;

    SqlSignIns(Database database) {
        this.database = database;
    }

    @Override
    public void start(String tokenHash, Username username, String csrfToken, Instant at) {
        database.transaction("keep the sign-in of " + username, handle -> handle.createUpdate("""
                insert into sign_ins (token_hash, username, csrf_token, started, last_seen)
                values (:hash, :username, :csrf, :at, :at)""")
                .bind("hash", tokenHash).bind("username", username.value()).bind("csrf", csrfToken)
                .bind("at", at.toEpochMilli()).execute());
    }

    /** The one place a sign-in meets its account: whatever ends an account's use ends its sign-ins here. */
    @Override
    public Optional<SignIn> find(String tokenHash) {
        return database.readOne("read a sign-in", handle -> handle.createQuery("""
                select a.username, a.name, a.role, a.client_id, s.csrf_token, s.started, s.last_seen
                from sign_ins s join accounts a on a.username = s.username
                where s.token_hash = :hash and a.active = :active""")
                .bind("hash", tokenHash).bind("active", true)
                .map((row, ctx) -> new SignIn(SqlAccounts.ACCOUNT.map(row, ctx), row.getString("csrf_token"),
                        Instant.ofEpochMilli(row.getLong("started")), Instant.ofEpochMilli(row.getLong("last_seen"))))
                .findOne());
    }

    @Override
    public void seen(String tokenHash, Instant at) {
        database.transaction("note a sign-in's use", handle -> handle
                .createUpdate("update sign_ins set last_seen = :at where token_hash = :hash and last_seen < :at")
                .bind("hash", tokenHash).bind("at", at.toEpochMilli()).execute());
    }

    @Override
    public void end(String tokenHash) {
        database.transaction("end a sign-in", handle -> handle.createUpdate("delete from sign_ins where token_hash = :hash")
                .bind("hash", tokenHash).execute());
    }

    @Override
    public void endAll(Username username) {
        database.transaction("sign " + username + " out everywhere", handle -> handle
                .createUpdate("delete from sign_ins where username = :username").bind("username", username.value()).execute());
    }

    @Override
    public void endExpired(Instant startedBefore, Instant seenBefore) {
        database.transaction("forget old sign-ins", handle -> handle
                .createUpdate("delete from sign_ins where started < :started or last_seen < :seen")
                .bind("started", startedBefore.toEpochMilli()).bind("seen", seenBefore.toEpochMilli()).execute());
    }
}
