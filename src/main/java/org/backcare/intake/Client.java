package org.backcare.intake;

public record Client(String name, int age) {
    public static final int MAX_AGE = 120;
}
