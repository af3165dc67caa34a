package org.backcare.planning;

import java.time.LocalDate;
import org.backcare.intake.Pressure;

/**
 * Where the client's course of sessions stands: how many sessions it has kept, how many of them fall in the phase it
 * is in, and the last one kept (its day and pressure). The plan's next session follows on from it.
 */
public record CourseSoFar(int sessionsKept, int intoPhase, LocalDate lastKept, Pressure lastPressure) {
    /** No session yet: the plan starts at session 1. */
    public static final CourseSoFar NONE = new CourseSoFar(0, 0, null, null);

    public boolean started() {
        return lastKept != null;
    }
}
