package org.backcare.booking;

import java.util.Arrays;
import java.util.Optional;

/** Where an appointment stands. */
public enum Status {
    BOOKED("booked"),
    ARRIVED("arrived"),
    ATTENDED("attended"),
    CANCELLED("cancelled"),
    NO_SHOW("no-show");

    private final String id;

    Status(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Status> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    /** A cancelled appointment frees its time; every other one holds it. */
    public boolean holdsTime() {
        return this != CANCELLED;
    }

    /** Kept, or still to happen: a visit that stands for one of the plan's sessions. */
    public boolean keptOrToCome() {
        return this == ATTENDED || isOpen();
    }

    /** Still to happen: it can be moved, cancelled, or marked. */
    public boolean isOpen() {
        return this == BOOKED || this == ARRIVED;
    }
}
