package org.backcare.web.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.backcare.accounts.FailedSignIns;

/**
 * Slows password guessing as OWASP's authentication cheat sheet advises, counted in the database so that every
 * server sees the same failures. An account's first {@link #FREE_FAILURES} failures cost nothing; each later one
 * doubles the wait before the next try (from one minute up to {@link #LONGEST_WAIT}), for that account only, so
 * someone guessing at one account never locks out another. An address (behind a proxy, the one the proxy names)
 * may fail {@link #ADDRESS_FAILURES} times in {@link #ADDRESS_WINDOW}, far more than one person would.
 */
final class LoginThrottle {
    static final int FREE_FAILURES = 5;
    static final Duration FIRST_WAIT = Duration.ofMinutes(1);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    static final Duration ACCOUNT_MEMORY = Duration.ofHours(24);
    static final int ADDRESS_FAILURES = 100;
    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);

    private final FailedSignIns failures;
    private final Clock clock;

    LoginThrottle(FailedSignIns failures, Clock clock) {
        this.failures = failures;
        this.clock = clock;
    }

    /** How long to wait before trying again, if this username or address may not try now. */
    Optional<Duration> wait(String username, String address) {
        var now = clock.instant();
        var account = failures.since(accountKey(username), now.minus(ACCOUNT_MEMORY));
        var fromAddress = failures.since(addressKey(address), now.minus(ADDRESS_WINDOW));
        var accountWait = account.last().map(last -> last.plus(accountWait(account.failures())));
        var addressWait = fromAddress.failures() >= ADDRESS_FAILURES ? fromAddress.last().map(last -> last.plus(ADDRESS_WINDOW))
                : Optional.<Instant>empty();
        return Optional.of(latest(accountWait, addressWait)).filter(until -> until.isAfter(now))
                .map(until -> Duration.between(now, until));
    }

    void failed(String username, String address) {
        var now = clock.instant();
        failures.add(accountKey(username), now);
        failures.add(addressKey(address), now);
    }

    void succeeded(String username) {
        failures.clear(accountKey(username), clock.instant().minus(ACCOUNT_MEMORY));
    }

    /** The wait after this many failures: none at first, then 1, 2, 4, 8 and at most 15 minutes. */
    static Duration accountWait(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        var doublings = Math.min(failures - FREE_FAILURES, 10);
        var wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private static Instant latest(Optional<Instant> a, Optional<Instant> b) {
        var first = a.orElse(Instant.EPOCH);
        var second = b.orElse(Instant.EPOCH);
        return first.isAfter(second) ? first : second;
    }

    private static String accountKey(String username) {
        return "account:" + username;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
