package org.backcare.planning;

/** A phase of the calendar: either so many sessions a week, or one session every so many days, for some weeks. */
public record Phase(String name, Integer sessionsPerWeek, Integer intervalDays, int weeks) {}
