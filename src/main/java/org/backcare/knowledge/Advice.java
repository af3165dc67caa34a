package org.backcare.knowledge;

/** A piece of guidance for a client, on a topic (before, during, after, stretch, workstation…), given when its condition holds. */
public record Advice(String id, String topic, String text, Condition when, String source) {}
