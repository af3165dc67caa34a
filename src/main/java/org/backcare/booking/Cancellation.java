package org.backcare.booking;

import java.time.Instant;

/** Who cancelled, when, why, and whether it came inside the clinic's notice period. */
public record Cancellation(String by, Instant at, String reason, boolean late) {
}
