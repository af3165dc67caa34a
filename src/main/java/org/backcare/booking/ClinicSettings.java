package org.backcare.booking;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.regex.Pattern;
import org.backcare.wording.Counted;

/**
 * How the clinic books: its time zone (every appointment's clock), the turnover gap a therapist and a room need
 * between two clients, and the notice a client must give to cancel without it counting as late.
 */
public record ClinicSettings(ZoneId zone, Duration turnover, Duration lateNotice) {
    public static final Duration DEFAULT_TURNOVER = Duration.ofMinutes(10);
    public static final Duration DEFAULT_NOTICE = Duration.ofHours(24);
    private static final Pattern NOTICE = Pattern.compile("(\\d{1,4})(h|d|m)");

    public ClinicSettings {
        Objects.requireNonNull(zone);
        if (turnover.isNegative() || turnover.compareTo(Duration.ofHours(2)) > 0) {
            throw new IllegalArgumentException("turnover: from 0 to 120 minutes (was " + turnover.toMinutes() + ")");
        }
        if (lateNotice.isNegative() || lateNotice.compareTo(Duration.ofDays(14)) > 0) {
            throw new IllegalArgumentException("notice: from 0 to 14 days (was " + lateNotice.toHours() + "h)");
        }
    }

    /** A time zone id such as Europe/London; refused with a message starting "zone: ". */
    public static ZoneId zone(String id) {
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("zone: '" + id + "' is not a time zone id such as Europe/London");
        }
    }

    /** A notice period written 24h, 2d or 90m; refused with a message starting "notice: ". */
    public static Duration notice(String text) {
        var match = NOTICE.matcher(text.strip());
        if (!match.matches()) {
            throw new IllegalArgumentException("notice: '" + text + "' is not a notice period like 24h, 2d or 90m");
        }
        long n = Long.parseLong(match.group(1));
        return switch (match.group(2)) {
            case "d" -> Duration.ofDays(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofMinutes(n);
        };
    }

    /** The notice as {@link #notice(String)} reads it: in hours when whole, else in minutes. */
    public String noticeWritten() {
        long minutes = lateNotice.toMinutes();
        return minutes % 60 == 0 ? minutes / 60 + "h" : minutes + "m";
    }

    /** The late-cancellation notice as a person reads it: "24 hours", "90 minutes", "2 days". */
    public String lateNoticeInWords() {
        long minutes = lateNotice.toMinutes();
        if (minutes > 0 && minutes % (24 * 60) == 0) {
            return Counted.of(minutes / (24 * 60), "day");
        }
        return minutes % 60 == 0 ? Counted.of(minutes / 60, "hour") : Counted.of(minutes, "minute");
    }

    public static ClinicSettings defaults(ZoneId zone) {
        return new ClinicSettings(zone, DEFAULT_TURNOVER, DEFAULT_NOTICE);
    }
}
