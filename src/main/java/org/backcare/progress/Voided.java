package org.backcare.progress;

import java.time.LocalDate;

/**
 * A record taken back: when, by whom and why. A voided session or questionnaire stays on file, marked, and is left
 * out of the review of progress.
 */
public record Voided(LocalDate on, String by, String reason) {
    public Voided {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason: required: why the record is voided");
        }
        reason = reason.strip();
    }
}
