package org.backcare.knowledge;

/** A reason to prefer a technique for a person: when the condition holds, the technique gains weight. */
public record FitRule(String id, String technique, int weight, Condition when, String reason, String source) {}
