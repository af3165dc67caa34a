package org.backcare.scheduling;

import java.time.Duration;
import java.time.LocalDateTime;

/** An appointment already in the book: it stays where it is, unless unconfirmed and the clinic lets those move. */
public record Appointment(String id, String client, String therapist, String room, LocalDateTime start,
        LocalDateTime end, boolean confirmed) {
    public int minutes() {
        return (int) Duration.between(start, end).toMinutes();
    }
}
