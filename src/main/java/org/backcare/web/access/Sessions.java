package org.backcare.web.access;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.backcare.accounts.SignIns;
import org.backcare.accounts.Username;

/**
 * Signed-in sessions, kept in the database under a hash of their token, so that every server knows them and a
 * restart signs nobody out. A session ends after {@link #IDLE} without use, or {@link #LONGEST} after sign-in,
 * whichever comes first; its last use is written at most once every {@link #SEEN_EVERY}.
 */
final class Sessions {
    static final Duration IDLE = Duration.ofMinutes(60);
    static final Duration LONGEST = Duration.ofHours(10);
    static final Duration SEEN_EVERY = Duration.ofMinutes(1);

    private final SignIns signIns;
    private final Clock clock;

    Sessions(SignIns signIns, Clock clock) {
        this.signIns = signIns;
        this.clock = clock;
    }

    /** A new session under a new token: a token given out before sign-in is never reused after it. */
    String start(Username username) {
        var token = Tokens.fresh();
        var now = clock.instant();
        signIns.endExpired(now.minus(LONGEST), now.minus(IDLE));
        signIns.start(Tokens.hash(token), username, Tokens.fresh(), now);
        return token;
    }

    Optional<SignIns.SignIn> find(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        var hash = Tokens.hash(token);
        var session = signIns.find(hash);
        var now = clock.instant();
        if (session.isEmpty() || isOver(session.get())) {
            session.ifPresent(over -> signIns.end(hash));
            return Optional.empty();
        }
        if (!session.get().lastSeen().plus(SEEN_EVERY).isAfter(now)) {
            signIns.seen(hash, now);
        }
        return session;
    }

    void end(String token) {
        if (token != null && !token.isEmpty()) {
            signIns.end(Tokens.hash(token));
        }
    }

    /** Ends every session of this person on every server, for example when their password changes. */
    void endAll(Username username) {
        signIns.endAll(username);
    }

    private boolean isOver(SignIns.SignIn session) {
        var now = clock.instant();
        return !session.lastSeen().plus(IDLE).isAfter(now) || !session.started().plus(LONGEST).isAfter(now);
    }
}
