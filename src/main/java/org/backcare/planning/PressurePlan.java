package org.backcare.planning;

import java.util.List;
import org.backcare.intake.Pressure;
import org.backcare.screening.Reason;

/**
 * Where pressure starts and how far it may go: up one step every {@code sessionsPerStep} sessions,
 * never past {@code max} (the person's preference within screening's cap).
 */
public record PressurePlan(Pressure start, Pressure max, int sessionsPerStep, List<Reason> reasons) {
    public PressurePlan {
        reasons = List.copyOf(reasons);
    }

    /** The pressure of the session with this index (0 for the first). */
    public Pressure forSession(int index) {
        var pressure = start;
        for (int step = 0; step < index / sessionsPerStep; step++) {
            pressure = pressure.oneStepUpTo(max);
        }
        return pressure;
    }

    /**
     * The pressure of the session with this index in a course whose last kept session was at {@code last}: it goes
     * on from there, a step up where the steps fall, never past {@code max}.
     */
    public Pressure following(Pressure last, int index) {
        var pressure = last.atMost(max);
        return index % sessionsPerStep == 0 ? pressure.oneStepUpTo(max) : pressure;
    }
}
