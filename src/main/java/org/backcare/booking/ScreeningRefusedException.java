package org.backcare.booking;

import java.util.List;
import org.backcare.knowledge.Outcome;

/** Screening stops massage for this client: no booking, and what to do instead. */
public class ScreeningRefusedException extends RuntimeException {
    private final Outcome outcome;
    private final transient List<String> instead;

    public ScreeningRefusedException(Outcome outcome, List<String> instead) {
        super("screening says " + outcome.id() + ": massage is not booked. " + String.join(" ", instead));
        this.outcome = outcome;
        this.instead = List.copyOf(instead);
    }

    public Outcome outcome() {
        return outcome;
    }

    public List<String> instead() {
        return instead;
    }
}
