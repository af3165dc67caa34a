package org.backcare.progress;

import java.time.LocalDate;

/**
 * A record taken back: when, by whom and why. A voided session or questionnaire stays on file, marked, and is left
 * out of the review of progress. A corrected one ({@code replaced}) is voided the same way, with a new record in its
 * place that names it.
 */
public record Voided(LocalDate on, String by, String reason, boolean replaced) {
    /** Most a reason may hold: a sentence or two for the record, not notes. */
    public static final int MOST_REASON = 500;

    public Voided {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason: required: why the record is voided");
        }
        reason = reason.strip();
    }

    /** Taken back without a replacement. */
    public Voided(LocalDate on, String by, String reason) {
        this(on, by, reason, false);
    }

    /** The same, marked as replaced by a corrected record. */
    public Voided asReplaced() {
        return new Voided(on, by, reason, true);
    }
}
