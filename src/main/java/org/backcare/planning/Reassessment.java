package org.backcare.planning;

import java.time.LocalDate;

/** A point at which to check progress, or a sign that calls for a healthcare provider. Date and session are set for planned checks. */
public record Reassessment(String id, String text, Integer afterSession, LocalDate date, String source) {}
