package org.backcare.intake;

import java.util.List;
import java.util.Optional;

/** The three areas of the back a therapist works on, as the seeds divide it. */
public enum Region {
    UPPER_BACK("upper-back"),
    MID_BACK("mid-back"),
    LOWER_BACK("lower-back");

    private static final List<Region> ALL = List.of(values());
    private static final List<String> IDS = ALL.stream().map(Region::id).toList();

    private final String id;

    Region(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static List<String> ids() {
        return IDS;
    }

    /** Asked for every value of every intake read: a loop over the kept list, not a stream over a copy of values(). */
    public static Optional<Region> byId(String id) {
        for (var r : ALL) {
            if (r.id.equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
