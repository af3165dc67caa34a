package org.backcare.planning;

import java.util.ArrayList;
import java.util.List;
import org.backcare.intake.Intake;
import org.backcare.intake.Pressure;
import org.backcare.intake.Region;
import org.backcare.intake.Side;
import org.backcare.knowledge.AreaFocus;
import org.backcare.knowledge.SessionLimits;
import org.backcare.screening.ScreeningResult;

/**
 * How a session's minutes are shared: each painful region that may be worked gets minutes within the
 * per-area range, more where it hurts more; warm-up and closing strokes fill the session up to its minimum length.
 */
final class SessionDesign {
    private final SessionLimits limits;
    private final List<AreaFocus> focus;

    SessionDesign(SessionLimits limits, List<AreaFocus> focus) {
        this.limits = limits;
        this.focus = focus;
    }

    List<SessionArea> areas(Intake intake, ScreeningResult screening, Pressure sessionPressure, TechniqueChoice choice) {
        var areas = new ArrayList<SessionArea>();
        var painful = intake.regions();
        for (Region region : Region.values()) {
            if (!painful.contains(region) || screening.avoids(region)) {
                continue;
            }
            int pain = intake.painIn(region).orElse(0);
            var pressure = sessionPressure.atMost(screening.pressureMaxFor(region));
            var techniques = techniquesFor(region, pressure, choice);
            areas.add(new SessionArea(region.id(), sideOf(intake, region).id(), minutesFor(pain), pressure,
                    techniques, focusFor(intake, region, techniques)));
        }
        trimToSessionMaximum(areas);
        growToSessionMinimum(areas);
        int warmUp = limits.sessionMinutes().min() - minutes(areas);
        if (warmUp > 0) {
            areas.add(0, new SessionArea(SessionArea.WARM_UP, Side.BOTH.id(), warmUp, Pressure.LIGHT, List.of(),
                    List.of()));
        }
        return areas;
    }

    /*
     * Loops rather than streams below: a plan designs each of its sessions' areas, and the streams' machinery cost more
     * than the choices themselves (JMH, PlanRequestBenchmark.plan).
     */

    /** The two best-ranked techniques that work this region at this pressure. */
    private static List<String> techniquesFor(Region region, Pressure pressure, TechniqueChoice choice) {
        var techniques = new ArrayList<String>(2);
        for (var ranked : choice.ranked()) {
            var t = ranked.technique();
            if (t.worksOn(region) && t.allows(pressure)) {
                techniques.add(t.id());
                if (techniques.size() == 2) {
                    break;
                }
            }
        }
        return List.copyOf(techniques);
    }

    /** The focus entries for this region's own complaints, those that name a technique only where it is used. */
    private List<AreaFocus> focusFor(Intake intake, Region region, List<String> techniques) {
        var found = new ArrayList<AreaFocus>();
        for (var f : focus) {
            if (f.regions().contains(region) && (f.technique() == null || techniques.contains(f.technique()))
                    && f.when().holdsFor(intake, c -> c.region() == region)) {
                found.add(f);
            }
        }
        return List.copyOf(found);
    }

    private static int minutes(List<SessionArea> areas) {
        int minutes = 0;
        for (var area : areas) {
            minutes += area.minutes();
        }
        return minutes;
    }

    private int minutesFor(int pain) {
        var range = limits.minutesPerArea();
        return range.min() + Math.round((range.max() - range.min()) * pain / 10f);
    }

    /** A short session is filled first with more time on the areas, a minute each in turn, up to the per-area maximum. */
    private void growToSessionMinimum(List<SessionArea> areas) {
        int perAreaMax = limits.minutesPerArea().max();
        int missing = limits.sessionMinutes().min() - minutes(areas);
        for (int i = 0; missing > 0 && i < areas.size() * perAreaMax; i++) {
            int index = i % areas.size();
            var a = areas.get(index);
            if (a.minutes() < perAreaMax) {
                areas.set(index, a.withMinutes(a.minutes() + 1));
                missing--;
            }
        }
    }

    private void trimToSessionMaximum(List<SessionArea> areas) {
        int max = limits.sessionMinutes().max();
        int floor = limits.minutesPerArea().min();
        while (minutes(areas) > max) {
            int longest = 0;
            for (int i = 1; i < areas.size(); i++) {
                if (areas.get(i).minutes() > areas.get(longest).minutes()) {
                    longest = i;
                }
            }
            var a = areas.get(longest);
            if (a.minutes() <= floor) {
                return;
            }
            areas.set(longest, a.withMinutes(a.minutes() - 1));
        }
    }

    private static Side sideOf(Intake intake, Region region) {
        Side side = null;
        for (var c : intake.complaints()) {
            if (c.region() == region) {
                side = side == null ? c.side() : side.with(c.side());
            }
        }
        return side == null ? Side.BOTH : side;
    }
}
