package org.backcare.web.access;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.backcare.accounts.Username;

/**
 * Signed-in sessions, kept in memory: a restart signs everyone out, and nothing about a session is written to disk.
 * A session ends after {@link #IDLE} without use, or {@link #LONGEST} after sign-in, whichever comes first.
 */
final class Sessions {
    static final Duration IDLE = Duration.ofMinutes(60);
    static final Duration LONGEST = Duration.ofHours(10);

    private final Map<String, SignedIn> byToken = new ConcurrentHashMap<>();
    private final Clock clock;

    Sessions(Clock clock) {
        this.clock = clock;
    }

    /** A new session under a new token: a token given out before sign-in is never reused after it. */
    String start(Username username) {
        var token = Tokens.fresh();
        var now = clock.instant();
        byToken.put(token, new SignedIn(username, Tokens.fresh(), now, now));
        return token;
    }

    Optional<SignedIn> find(String token) {
        if (token == null) {
            return Optional.empty();
        }
        var now = clock.instant();
        var session = byToken.computeIfPresent(token, (t, s) -> isOver(s) ? null : s.seenAt(now));
        return Optional.ofNullable(session);
    }

    void end(String token) {
        if (token != null) {
            byToken.remove(token);
        }
    }

    /** Ends every session of this person, for example when their password changes. */
    void endAll(Username username) {
        byToken.values().removeIf(session -> session.username().equals(username));
    }

    private boolean isOver(SignedIn session) {
        var now = clock.instant();
        return session.lastSeen().plus(IDLE).isBefore(now) || session.started().plus(LONGEST).isBefore(now);
    }
}
