package org.backcare.scheduling;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.backcare.intake.Pressure;
import org.backcare.knowledge.Outcome;

/**
 * A session a client's plan wants this week: its length, main technique and pressure from the plan, the equipment
 * it needs, the plan's ideal date (and how many days either side still keep the interval), the client's usual
 * therapist (null for a new client), when the client can come and when they would rather come, and the outcome of
 * their screening (urgent and refer are never planned).
 */
public record DueSession(String client, int planSession, int minutes, String mainTechnique, Pressure pressure,
        Set<String> equipment, String usualTherapist, LocalDate idealDate, int toleranceDays,
        List<WeeklyWindow> available, List<WeeklyWindow> preferred, Outcome screening) {
    public DueSession {
        equipment = Set.copyOf(equipment);
        available = List.copyOf(available);
        preferred = List.copyOf(preferred);
    }

    public String id() {
        return client + "#" + planSession;
    }

    /** The session as the week is planned: with the clinic's turnover after it, so that booking finds no clash. */
    public DueSession withTurnover(int turnoverMinutes) {
        return new DueSession(client, planSession, minutes + turnoverMinutes, mainTechnique, pressure, equipment,
                usualTherapist, idealDate, toleranceDays, available, preferred, screening);
    }
}
