package org.backcare.intake;

public record Client(String name, int age) {
    public static final int MAX_AGE = 120;
    /** What a client is called when no name was given. */
    public static final String DEFAULT_NAME = "Client";
}
