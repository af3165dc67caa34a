package org.backcare.web.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@link #FAILURES} failed sign-ins within {@link #WINDOW} for one username, or
 * from one address, further tries are refused until the oldest failure leaves the window.
 */
final class LoginThrottle {
    static final int FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long to wait before trying again, if this username or address may not try now. */
    Optional<Duration> wait(String username, String address) {
        var now = clock.instant();
        return longest(waitFor("user:" + username, now), waitFor("address:" + address, now));
    }

    void failed(String username, String address) {
        var now = clock.instant();
        record("user:" + username, now);
        record("address:" + address, now);
    }

    void succeeded(String username) {
        failures.remove("user:" + username);
    }

    private void record(String key, Instant now) {
        failures.compute(key, (k, times) -> {
            var kept = times == null ? new ArrayDeque<Instant>() : times;
            dropOld(kept, now);
            kept.addLast(now);
            return kept;
        });
    }

    private Optional<Duration> waitFor(String key, Instant now) {
        var times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            dropOld(times, now);
            if (times.size() < FAILURES) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, times.peekFirst().plus(WINDOW)));
        }
    }

    private static void dropOld(Deque<Instant> times, Instant now) {
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
                times.removeFirst();
            }
        }
    }

    private static Optional<Duration> longest(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() || a.get().compareTo(b.get()) >= 0 ? a : b;
    }
}
