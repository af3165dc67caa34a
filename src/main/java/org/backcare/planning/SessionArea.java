package org.backcare.planning;

import org.backcare.intake.Pressure;

import java.util.List;

/**
 * Minutes on one area in a session, at a pressure, with the techniques for it. The area is a region id, or
 * {@link #WARM_UP} for the general light strokes that open and close a session, keeping off avoided regions.
 */
public record SessionArea(String area, String side, int minutes, Pressure pressure, List<String> techniques) {
    public static final String WARM_UP = "warm-up-and-closing";

    public SessionArea {
        techniques = List.copyOf(techniques);
    }

    SessionArea withMinutes(int newMinutes) {
        return new SessionArea(area, side, newMinutes, pressure, techniques);
    }
}
