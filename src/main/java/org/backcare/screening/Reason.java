package org.backcare.screening;

/** Why something is in or out of a plan: the rule that says so, in words, with its source. */
public record Reason(String rule, String text, String source) {}
