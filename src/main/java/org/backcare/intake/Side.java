package org.backcare.intake;

import java.util.List;
import java.util.Optional;

public enum Side {
    LEFT("left"),
    RIGHT("right"),
    BOTH("both");

    private static final List<Side> ALL = List.of(values());
    private static final List<String> IDS = ALL.stream().map(Side::id).toList();

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
        return IDS;
    }

    /** Asked for every value of every intake read: a loop over the kept list, not a stream over a copy of values(). */
    public static Optional<Side> byId(String id) {
        for (var s : ALL) {
            if (s.id.equals(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
