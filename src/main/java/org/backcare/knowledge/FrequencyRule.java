package org.backcare.knowledge;

import java.util.List;

/**
 * One row of the seeds' "How Often Should You Get Back Massage?" table, with the phases it implies.
 * Where the table gives a range, {@code moreCareWhen} says when to take its more frequent, longer end.
 */
public record FrequencyRule(
        String id,
        String situation,
        String recommendation,
        String notes,
        String definition,
        int priority,
        Condition appliesWhen,
        Condition moreCareWhen,
        String moreCareReason,
        List<PhaseTemplate> phases,
        String source) {

    public FrequencyRule {
        phases = List.copyOf(phases);
    }

    /** A phase of care: a number of weeks at either so many sessions a week or one session every so many days. */
    public record PhaseTemplate(String name, Range sessionsPerWeek, Range intervalDays, Range weeks) {}
}
