package org.backcare.scheduling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * The days of a week (Monday to Sunday) the week planner places sessions in: all seven of a week to come; of the
 * week that has begun, the days after today. Today is left to the desk: its visits may be under way and not logged
 * yet, and booking refuses the times already past.
 */
public record DaysToPlan(LocalDate first, int days) {
    public DaysToPlan {
        if (days < 1 || days > 7 || first.plusDays(days - 1L).getDayOfWeek() != DayOfWeek.SUNDAY) {
            throw new IllegalArgumentException("days to plan run from a day to the Sunday of its week: " + first
                    + " and " + days + " days");
        }
    }

    /** The days left to plan of the week holding {@code day}, as of {@code today}; empty when none are left. */
    public static Optional<DaysToPlan> of(LocalDate day, LocalDate today) {
        var monday = mondayOf(day);
        var first = monday.isAfter(today) ? monday : today.plusDays(1);
        long days = 7 - ChronoUnit.DAYS.between(monday, first);
        return days < 1 ? Optional.empty() : Optional.of(new DaysToPlan(first, (int) days));
    }

    /** Why nothing of the week holding {@code day} is planned on {@code today}, when that is so. */
    public static Optional<String> whyNot(LocalDate day, LocalDate today) {
        if (of(day, today).isPresent()) {
            return Optional.empty();
        }
        var monday = mondayOf(day);
        var next = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        var state = monday.plusDays(6).equals(today) ? "ends today" : "is over";
        return Optional.of("the week of " + monday + " " + state + " (today is " + today + "); plan the week of "
                + next + " or a later one");
    }

    public static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public LocalDate monday() {
        return mondayOf(first);
    }

    public LocalDate last() {
        return first.plusDays(days - 1L);
    }

    /** False for the rest of a week that has begun. */
    public boolean wholeWeek() {
        return days == 7;
    }

    /** "the week of 2026-12-07", or "the rest of the week of 2026-12-07 (2026-12-10 to 2026-12-13)". */
    public String inWords() {
        return wholeWeek() ? "the week of " + monday()
                : "the rest of the week of " + monday() + " (" + first + (days == 1 ? "" : " to " + last()) + ")";
    }
}
