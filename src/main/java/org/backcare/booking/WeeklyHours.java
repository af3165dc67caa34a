package org.backcare.booking;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A therapist's usual week: the hours they can be booked on each weekday, breaks already taken out. Written like
 * {@code mon-thu 09:00-17:00 break 12:30-13:15; fri 09:00-13:00}.
 */
public final class WeeklyHours {
    private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
    private final Map<DayOfWeek, List<TimeRange>> hours;

    private WeeklyHours(Map<DayOfWeek, List<TimeRange>> hours) {
        this.hours = hours;
    }

    public static WeeklyHours none() {
        return new WeeklyHours(new EnumMap<>(DayOfWeek.class));
    }

    /** Reads the spec; a day named twice is refused, as is a break outside its day's hours. */
    public static WeeklyHours parse(String spec) {
        var hours = new EnumMap<DayOfWeek, List<TimeRange>>(DayOfWeek.class);
        for (var part : spec.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            var words = part.trim().toLowerCase(Locale.ROOT).split("\\s+break\\s+");
            var head = words[0].trim().split("\\s+");
            if (head.length != 2) {
                throw new IllegalArgumentException("hours: '" + part.trim() + "' should read like"
                        + " 'mon-thu 09:00-17:00 break 12:30-13:15'");
            }
            var open = List.of(TimeRange.parse(head[1]));
            for (int i = 1; i < words.length; i++) {
                open = without(open, TimeRange.parse(words[i]), part.trim());
            }
            for (var day : days(head[0])) {
                if (hours.put(day, open) != null) {
                    throw new IllegalArgumentException("hours: " + name(day) + " is named twice");
                }
            }
        }
        return new WeeklyHours(hours);
    }

    private static List<TimeRange> without(List<TimeRange> open, TimeRange pause, String part) {
        if (open.stream().noneMatch(r -> r.contains(pause.start(), pause.end()))) {
            throw new IllegalArgumentException("hours: the break " + pause + " is not inside the hours of '" + part + "'");
        }
        var left = new ArrayList<TimeRange>();
        for (var range : open) {
            if (!range.contains(pause.start(), pause.end())) {
                left.add(range);
                continue;
            }
            if (range.start().isBefore(pause.start())) {
                left.add(new TimeRange(range.start(), pause.start()));
            }
            if (pause.end().isBefore(range.end())) {
                left.add(new TimeRange(pause.end(), range.end()));
            }
        }
        return List.copyOf(left);
    }

    private static List<DayOfWeek> days(String text) {
        var days = new ArrayList<DayOfWeek>();
        for (var item : text.split(",")) {
            var ends = item.split("-");
            int from = day(ends[0]);
            int to = ends.length == 2 ? day(ends[1]) : from;
            if (ends.length > 2 || to < from) {
                throw new IllegalArgumentException("hours: '" + item + "' is not a day or days like mon-thu");
            }
            for (int d = from; d <= to; d++) {
                days.add(DayOfWeek.of(d + 1));
            }
        }
        return days;
    }

    private static int day(String text) {
        int index = DAYS.indexOf(text.trim());
        if (index < 0) {
            throw new IllegalArgumentException("hours: '" + text.trim() + "' is not a day: use " + String.join(", ", DAYS));
        }
        return index;
    }

    static String name(DayOfWeek day) {
        return DAYS.get(day.getValue() - 1);
    }

    public List<TimeRange> on(DayOfWeek day) {
        return hours.getOrDefault(day, List.of());
    }

    /** The spec this was read from, in a standard spelling: {@code parse(toString())} gives the same hours. */
    @Override
    public String toString() {
        return hours.entrySet().stream().map(e -> name(e.getKey()) + " " + spec(e.getValue()))
                .collect(Collectors.joining("; "));
    }

    private static String spec(List<TimeRange> ranges) {
        var sorted = ranges.stream().sorted(Comparator.comparing(TimeRange::start)).toList();
        var text = new StringBuilder(sorted.get(0).start() + "-" + sorted.get(sorted.size() - 1).end());
        for (int i = 1; i < sorted.size(); i++) {
            text.append(" break ").append(sorted.get(i - 1).end()).append('-').append(sorted.get(i).start());
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WeeklyHours other && hours.equals(other.hours);
    }

    @Override
    public int hashCode() {
        return hours.hashCode();
    }
}
