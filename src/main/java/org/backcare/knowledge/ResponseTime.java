package org.backcare.knowledge;

/**
 * A row of the seeds' research table: how soon a condition typically responds to massage.
 * {@code sessions} is set where the response is counted in sessions; it drives reassessment.
 */
public record ResponseTime(String id, String condition, String finding, String typicalResponse, Range sessions,
        Condition appliesWhen, String source) {}
