package org.backcare.knowledge;

/** A word of the intake vocabulary (a symptom, a condition, a goal…) with its display name and its source. */
public record Term(String id, String name, String source) {}
