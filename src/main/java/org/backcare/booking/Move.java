package org.backcare.booking;

import java.time.Instant;
import java.time.LocalDateTime;

/** An appointment moved: from when to when, by whom, at what moment. */
public record Move(LocalDateTime from, LocalDateTime to, String by, Instant at) {
}
