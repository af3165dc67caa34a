package org.backcare.intake;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Massage pressure, ordered from gentlest to strongest. */
public enum Pressure {
    LIGHT("light"),
    MODERATE("moderate"),
    FIRM("firm");

    private final String id;

    Pressure(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public Pressure atMost(Pressure cap) {
        return compareTo(cap) <= 0 ? this : cap;
    }

    public boolean isAbove(Pressure other) {
        return compareTo(other) > 0;
    }

    public Pressure oneStepUpTo(Pressure target) {
        return this.compareTo(target) < 0 ? values()[ordinal() + 1] : this;
    }

    public Pressure oneStepDown() {
        return this == LIGHT ? LIGHT : values()[ordinal() - 1];
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Pressure::id).toList();
    }

    public static Optional<Pressure> byId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }
}
