package org.backcare.planning;

import java.util.List;
import org.backcare.intake.Pressure;
import org.backcare.knowledge.AreaFocus;

/**
 * Minutes on one area in a session, at a pressure, with the techniques for it. The area is a region id, or
 * {@link #WARM_UP} for the general light strokes that open and close a session, keeping off avoided regions.
 * The focus says what the minutes on the area concentrate on, when the knowledge gives something for it.
 */
public record SessionArea(String area, String side, int minutes, Pressure pressure, List<String> techniques,
        List<AreaFocus> focus) {
    public static final String WARM_UP = "warm-up-and-closing";

    public SessionArea {
        techniques = List.copyOf(techniques);
        focus = List.copyOf(focus);
    }

    SessionArea withMinutes(int newMinutes) {
        return new SessionArea(area, side, newMinutes, pressure, techniques, focus);
    }
}
