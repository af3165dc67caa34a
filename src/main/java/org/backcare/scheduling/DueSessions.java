package org.backcare.scheduling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.backcare.knowledge.EquipmentNeeded;
import org.backcare.planning.CarePlan;
import org.backcare.planning.Phase;
import org.backcare.planning.Session;

/**
 * Which of a client's plan sessions fall due in the days to plan. The next session is due its phase's interval
 * after the last one (weekly 7 days, every two weeks 14, monthly 28); a first session on the plan's own date.
 * A session already overdue, after a lapse too (more than twice the interval, {@code progress.yaml}; the review
 * has then restarted the plan), is due on the first day, and the next ones their interval after it.
 * A client whose screening stops massage gets one session that is never planned ("see the screening").
 */
public final class DueSessions {
    private DueSessions() {}

    /** {@code needs}: what a room must have for each technique, as the appointment book checks it. */
    public static List<DueSession> in(ClientOnPlan client, LocalDate firstDay, int days, EquipmentNeeded needs) {
        var plan = client.plan();
        LocalDate lastDay = firstDay.plusDays(days - 1L);
        if (plan.screening().outcome().stopsMassage()) {
            return List.of(stoppedByScreening(client));
        }
        var sessions = plan.schedule().sessions();
        var due = new ArrayList<DueSession>();
        LocalDate last = client.lastSession();
        for (int next = client.sessionsDone(); next < sessions.size(); next++) {
            var session = sessions.get(next);
            int interval = phase(plan, session).gapDays();
            LocalDate ideal = ideal(session, last, interval, firstDay);
            if (ideal.isAfter(lastDay)) {
                break;
            }
            due.add(dueSession(client, session, ideal, interval, needs));
            last = ideal;
        }
        return due;
    }

    /** Its interval after the last session (its own date for a first one), but never before the first day. */
    private static LocalDate ideal(Session session, LocalDate last, int interval, LocalDate firstDay) {
        var ideal = last == null ? session.date() : last.plusDays(interval);
        return ideal.isBefore(firstDay) ? firstDay : ideal;
    }

    private static Phase phase(CarePlan plan, Session session) {
        return plan.schedule().phases().stream().filter(p -> p.name().equals(session.phase())).findFirst()
                .orElseThrow();
    }

    /** Days either side of the ideal date that still keep the interval: a seventh of it, at least one. */
    static int tolerance(int interval) {
        return Math.max(1, interval / 7);
    }

    private static DueSession dueSession(ClientOnPlan client, Session session, LocalDate ideal, int interval,
            EquipmentNeeded needs) {
        return new DueSession(client.client(), session.number(), session.minutes(), session.techniques().get(0),
                session.pressure(), needs.forSession(session.techniques()), client.usualTherapist(), ideal,
                tolerance(interval), client.available(), client.preferred(), client.plan().screening().outcome());
    }

    private static DueSession stoppedByScreening(ClientOnPlan client) {
        return new DueSession(client.client(), client.sessionsDone() + 1, 60, "", null, Set.of(),
                client.usualTherapist(), null, 0, client.available(), client.preferred(),
                client.plan().screening().outcome());
    }
}
