package org.backcare.clients;

import java.time.LocalDate;
import org.backcare.progress.Voided;

/**
 * A questionnaire as the client answered it, kept as written; its score is computed from the answers when read. A
 * voided one ({@code voided} not null) stays on file, marked, and is left out of the review of progress.
 */
public record MeasureEntry(String instrument, LocalDate date, String answers, Voided voided) {
    public MeasureEntry(String instrument, LocalDate date, String answers) {
        this(instrument, date, answers, null);
    }

    public boolean kept() {
        return voided == null;
    }

    public MeasureEntry voided(Voided why) {
        return new MeasureEntry(instrument, date, answers, why);
    }
}
