package org.backcare.intake;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The three areas of the back a therapist works on, as the seeds divide it. */
public enum Region {
    UPPER_BACK("upper-back"),
    MID_BACK("mid-back"),
    LOWER_BACK("lower-back");

    private final String id;

    Region(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Region::id).toList();
    }

    public static Optional<Region> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
