package org.backcare.mail;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * All a mail or a calendar may say about an appointment: when, how long, with whom (the therapist's first name),
 * where. Nothing about health: no techniques, no cautions, no plan. {@code sequence} counts the moves, so a calendar
 * app takes a moved appointment's newer version over the older.
 */
public record AppointmentFacts(long id, LocalDateTime start, int minutes, ZoneId zone, String therapistFirstName,
        Optional<String> room, int sequence, boolean cancelled, Optional<LocalDateTime> movedFrom) {

    /** The same UID in every mail and feed, so calendar apps update one event rather than adding copies. */
    public String uid() {
        return "appointment-" + id + "@backcare";
    }

    public LocalDateTime end() {
        return start.atZone(zone).plusMinutes(minutes).toLocalDateTime();
    }

    /** "Ada Lovelace" → "Ada": mails and feeds name people by first name only. */
    public static String firstName(String name) {
        var strip = name.strip();
        int space = strip.indexOf(' ');
        return space < 0 ? strip : strip.substring(0, space);
    }
}
