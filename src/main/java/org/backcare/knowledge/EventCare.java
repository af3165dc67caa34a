package org.backcare.knowledge;

/**
 * Care around an event the client prepares for (a race, a competition, a wedding...): what holds from {@code fromDay}
 * to {@code toDay}, counted in days from the event (negative before it, 0 the day itself).
 */
public record EventCare(String id, int fromDay, int toDay, String text, String source) {}
