package org.backcare.booking;

/**
 * How far a planned session may move to find free time, from how often the plan's phase has sessions: a weekly
 * session ±2 days, one every two weeks ±4, a monthly one ±7. The window stays well inside half the interval, so the
 * session before and after keep their order and the plan's rhythm holds.
 */
public final class Tolerance {
    private Tolerance() {
    }

    /** The days a session may move either way, for a phase whose sessions are this many days apart. */
    public static int days(int intervalDays) {
        if (intervalDays <= 7) {
            return 2;
        }
        return intervalDays <= 14 ? 4 : 7;
    }
}
