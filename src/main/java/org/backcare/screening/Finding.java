package org.backcare.screening;

import java.util.List;
import org.backcare.knowledge.Outcome;

/** What one screening rule found in an intake: its outcome, what to tell the client, and how sessions change. */
public record Finding(String rule, Outcome outcome, String message, List<String> modifications, String source) {
    public Finding {
        modifications = List.copyOf(modifications);
    }
}
