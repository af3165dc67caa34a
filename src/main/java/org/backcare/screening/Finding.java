package org.backcare.screening;

import java.util.List;
import org.backcare.knowledge.Outcome;

/**
 * What one screening rule found in an intake: its outcome, what to tell the client, and how sessions change;
 * for a passing phase (an acute injury), in how many weeks from the intake it ends ({@code null}: it does not).
 */
public record Finding(String rule, Outcome outcome, String message, List<String> modifications, String source,
        Integer endsInWeeks) {
    public Finding {
        modifications = List.copyOf(modifications);
    }

    public Finding(String rule, Outcome outcome, String message, List<String> modifications, String source) {
        this(rule, outcome, message, modifications, source, null);
    }
}
