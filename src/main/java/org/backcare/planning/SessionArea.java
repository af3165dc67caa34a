package org.backcare.planning;

import org.backcare.intake.Pressure;

/**
 * Minutes on one area in a session. The area is a region id, or {@link #WARM_UP} for the general strokes
 * that open and close a session (always light, keeping off avoided regions).
 */
public record SessionArea(String area, String side, int minutes, Pressure pressure) {
    public static final String WARM_UP = "warm-up-and-closing";
}
