package org.backcare.intake;

import java.util.List;
import java.util.Optional;

/** Massage pressure, ordered from gentlest to strongest. */
public enum Pressure {
    LIGHT("light"),
    MODERATE("moderate"),
    FIRM("firm");

    private static final List<Pressure> ALL = List.of(values());
    private static final List<String> IDS = ALL.stream().map(Pressure::id).toList();

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
        return IDS;
    }

    /** Asked for every value of every intake read: a loop over the kept list, not a stream over a copy of values(). */
    public static Optional<Pressure> byId(String id) {
        for (var p : ALL) {
            if (p.id.equals(id)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
