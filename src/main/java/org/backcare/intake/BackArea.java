package org.backcare.intake;

import java.util.ArrayList;
import java.util.List;

/**
 * One of the six areas of the back diagram: a region on the client's left or right side. Its {@link #id()}, such as
 * {@code upper-back-left}, names it in the diagram and in the web form.
 */
public record BackArea(Region region, Side side) {
    public BackArea {
        if (side == Side.BOTH) {
            throw new IllegalArgumentException("a back area is on one side, left or right: " + region.id());
        }
    }

    public String id() {
        return region.id() + "-" + side.id();
    }

    /** Top to bottom, left before right. */
    public static List<BackArea> all() {
        var all = new ArrayList<BackArea>();
        for (var region : Region.values()) {
            all.addAll(covered(region, Side.BOTH));
        }
        return all;
    }

    /** The areas a complaint on this side covers: one, or both sides for {@link Side#BOTH}. */
    public static List<BackArea> covered(Region region, Side side) {
        return side == Side.BOTH ? List.of(new BackArea(region, Side.LEFT), new BackArea(region, Side.RIGHT))
                : List.of(new BackArea(region, side));
    }
}
