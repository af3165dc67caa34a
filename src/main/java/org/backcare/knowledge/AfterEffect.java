package org.backcare.knowledge;

/**
 * Something a client can report after a session, and what it changes: the next sessions go lighter, or massage
 * stops and the client is referred (the effect then counts as the red flag {@code referAs}).
 */
public record AfterEffect(String id, String name, Action action, String referAs, String source) {
    public enum Action { LOWER_PRESSURE, REFER }
}
