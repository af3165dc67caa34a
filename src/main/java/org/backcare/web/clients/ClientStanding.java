package org.backcare.web.clients;

import java.time.LocalDate;
import java.util.Optional;
import org.backcare.knowledge.Outcome;

/**
 * Where a client stands, as the list shows it: their last kept massage session, their next session (the appointment
 * booked if there is one, else the one their plan has due) and the screening outcome of their current plan.
 */
public record ClientStanding(Optional<LocalDate> lastSession, Optional<LocalDate> nextSession, boolean booked,
        Outcome screening) {
    public String lastText() {
        return lastSession.map(LocalDate::toString).orElse("none yet");
    }

    public String nextText() {
        if (nextSession.isEmpty()) {
            return screening.stopsMassage() ? "none: no massage" : "none";
        }
        return nextSession.get() + (booked ? " (booked)" : " (due)");
    }

    /** Refer and urgent: the red flags that stop massage. */
    public boolean redFlag() {
        return screening.stopsMassage();
    }
}
