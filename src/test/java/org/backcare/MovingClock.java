package org.backcare;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock in UTC that stands still until the test moves it. */
public final class MovingClock extends Clock {
    private volatile Instant now;

    public MovingClock(Instant now) {
        this.now = now;
    }

    public void at(Instant when) {
        now = when;
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
