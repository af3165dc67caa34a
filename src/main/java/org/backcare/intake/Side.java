package org.backcare.intake;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

public enum Side {
    LEFT("left"),
    RIGHT("right"),
    BOTH("both");

    private final String id;

    Side(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Two complaints in the same region on different sides make both sides. */
    public Side with(Side other) {
        return this == other ? this : BOTH;
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Side::id).toList();
    }

    public static Optional<Side> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
