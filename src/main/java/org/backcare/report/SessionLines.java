package org.backcare.report;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.backcare.intake.Region;
import org.backcare.knowledge.Technique;
import org.backcare.planning.CarePlan;
import org.backcare.planning.RankedTechnique;
import org.backcare.planning.Session;
import org.backcare.planning.SessionArea;

/** How the handout and the calendar describe a planned session's areas to the client: names, not ids. */
public final class SessionLines {
    private final Map<String, String> techniqueNames;

    public SessionLines(CarePlan plan) {
        this.techniqueNames = plan.techniques().ranked().stream().map(RankedTechnique::technique)
                .collect(Collectors.toMap(Technique::id, Technique::name));
    }

    /** How a plan names a day: {@code Tue 2026-12-01}. */
    public static String day(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + date;
    }

    /**
     * One line per area, such as {@code Lower back, left 14 min: Swedish massage, Trigger point therapy}, with the
     * area's pressure when it is not the session's.
     */
    public List<String> areas(Session session) {
        return session.areas().stream().map(area -> area(area, session)).toList();
    }

    /** The areas in brief, such as {@code lower-back left 20 min, warm-up and closing 10 min}: for a table or a card. */
    public static String brief(Session session) {
        return session.areas().stream().map(a -> (a.area().equals(SessionArea.WARM_UP) ? "warm-up and closing"
                : a.area() + ("both".equals(a.side()) ? "" : " " + a.side())) + " " + a.minutes() + " min")
                .collect(Collectors.joining(", "));
    }

    private String area(SessionArea area, Session session) {
        var where = area.area().equals(SessionArea.WARM_UP) ? "Warm-up and closing"
                : Region.byId(area.area()).map(BackDiagram::name).orElse(area.area())
                        + ("both".equals(area.side()) ? "" : ", " + area.side());
        var pressure = area.pressure() == session.pressure() ? "" : ", " + area.pressure().id();
        var techniques = area.techniques().stream().map(id -> techniqueNames.getOrDefault(id, id))
                .collect(Collectors.joining(", "));
        return where + " " + area.minutes() + " min" + pressure + (techniques.isEmpty() ? "" : ": " + techniques);
    }
}
