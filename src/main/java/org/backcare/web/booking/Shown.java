package org.backcare.web.booking;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.backcare.booking.Appointment;

/** An appointment's day, time, therapist and room as the booking pages write them. */
public record Shown(Appointment appointment, ZoneId zone) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    public String day() {
        return appointment.start().format(DAY);
    }

    public String time() {
        return appointment.start().format(TIME) + "–" + appointment.end(zone).format(TIME);
    }

    public String therapist() {
        return appointment.therapist().value();
    }

    public String room() {
        return appointment.room().orElse("no room");
    }

    public String when() {
        return day() + ", " + time();
    }
}
