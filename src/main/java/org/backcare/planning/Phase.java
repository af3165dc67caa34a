package org.backcare.planning;

/** A phase of the calendar: either so many sessions a week, or one session every so many days, for some weeks. */
public record Phase(String name, Integer sessionsPerWeek, Integer intervalDays, int weeks) {
    public int sessionCount() {
        return sessionsPerWeek != null ? sessionsPerWeek * weeks : (weeks * 7 + intervalDays - 1) / intervalDays;
    }

    /** The usual number of days from one session to the next. */
    public int gapDays() {
        return sessionsPerWeek != null ? (7 + sessionsPerWeek - 1) / sessionsPerWeek : intervalDays;
    }
}
