package org.backcare.booking;

import java.time.LocalDateTime;

/** A stretch of open time on the clinic's clock, from its start up to its end. */
public record Window(LocalDateTime start, LocalDateTime end) {
}
