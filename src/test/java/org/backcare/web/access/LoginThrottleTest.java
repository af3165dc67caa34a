package org.backcare.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import org.backcare.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sign-in throttle as OWASP advises, on a real database and a clock the test moves. */
class LoginThrottleTest {
    @TempDir
    Path folder;
    private Database database;
    private final MovingClock clock = new MovingClock();
    private LoginThrottle throttle;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("backcare.db").toString());
        throttle = new LoginThrottle(database.failedSignIns(), clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anAccountsWaitGrowsWithEachFailureUpToFifteenMinutes() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            assertThat(throttle.wait("dana", "10.0.0.1")).as("failure %d is free", i).isEmpty();
            throttle.failed("dana", "10.0.0.1");
        }
        var waits = new ArrayList<Duration>();
        for (int i = 0; i < 6; i++) {
            var wait = throttle.wait("dana", "10.0.0.1").orElseThrow();
            waits.add(wait);
            clock.pass(wait);
            assertThat(throttle.wait("dana", "10.0.0.1")).as("after the wait").isEmpty();
            throttle.failed("dana", "10.0.0.1");
        }
        assertThat(waits).extracting(Duration::toMinutes).containsExactly(1L, 2L, 4L, 8L, 15L, 15L);
    }

    @Test
    void someoneGuessingAtOneAccountNeverLocksOutAnotherFromTheSameAddress() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("dana", "10.0.0.1");
        }
        assertThat(throttle.wait("dana", "10.0.0.1")).isPresent();
        assertThat(throttle.wait("dana", "10.0.0.2")).as("the account waits wherever it is tried from").isPresent();
        assertThat(throttle.wait("tom", "10.0.0.1")).isEmpty();
    }

    @Test
    void anAddressMayFailFarMoreOftenThanOnePersonWouldButNotWithoutEnd() {
        for (int i = 0; i < LoginThrottle.ADDRESS_FAILURES; i++) {
            assertThat(throttle.wait("user" + i, "10.0.0.1")).isEmpty();
            throttle.failed("user" + i, "10.0.0.1");
        }
        assertThat(throttle.wait("someone-new", "10.0.0.1")).isPresent();
        assertThat(throttle.wait("someone-new", "10.0.0.2")).isEmpty();
        clock.pass(LoginThrottle.ADDRESS_WINDOW);
        assertThat(throttle.wait("someone-new", "10.0.0.1")).isEmpty();
    }

    @Test
    void aSuccessfulSignInStartsTheAccountAfresh() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES + 2; i++) {
            throttle.failed("dana", "10.0.0.1");
        }
        clock.pass(Duration.ofMinutes(15));
        throttle.succeeded("dana");
        throttle.failed("dana", "10.0.0.1");
        assertThat(throttle.wait("dana", "10.0.0.1")).isEmpty();
    }

    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-12-04T09:00:00Z");

        void pass(Duration time) {
            now = now.plus(time);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
