package org.backcare.booking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** When a therapist can be booked: their usual week, less days off, plus extra days. */
public record WorkingWeek(WeeklyHours usual, List<DaysOff> daysOff, List<ExtraDay> extraDays) {
    public WorkingWeek {
        daysOff = List.copyOf(daysOff);
        extraDays = List.copyOf(extraDays);
    }

    public static WorkingWeek of(WeeklyHours usual) {
        return new WorkingWeek(usual, List.of(), List.of());
    }

    public WorkingWeek withDaysOff(DaysOff off) {
        var all = new ArrayList<>(daysOff);
        all.add(off);
        return new WorkingWeek(usual, all, extraDays);
    }

    public WorkingWeek withExtraDay(ExtraDay extra) {
        var all = new ArrayList<>(extraDays.stream().filter(e -> !e.day().equals(extra.day())).toList());
        all.add(extra);
        return new WorkingWeek(usual, daysOff, all);
    }

    /** The hours on that day: an extra day's, none on a day off, else the usual ones for its weekday. */
    public List<TimeRange> hoursOn(LocalDate day) {
        for (var extra : extraDays) {
            if (extra.day().equals(day)) {
                return extra.hours();
            }
        }
        if (isOff(day)) {
            return List.of();
        }
        return usual.on(day.getDayOfWeek());
    }

    public boolean isOff(LocalDate day) {
        return daysOff.stream().anyMatch(off -> off.covers(day));
    }

    /** The working hours from the first day to the last (both included), in order: what the week planner takes. */
    public List<Window> windows(LocalDate first, LocalDate last) {
        var windows = new ArrayList<Window>();
        for (var day = first; !day.isAfter(last); day = day.plusDays(1)) {
            for (var range : hoursOn(day)) {
                windows.add(new Window(day.atTime(range.start()), day.atTime(range.end())));
            }
        }
        return windows;
    }
}
