package org.backcare.clients;

import java.util.Comparator;
import java.util.List;
import org.backcare.intake.Intake;
import org.backcare.progress.SessionLog;

/** Everything on file for one client, oldest first. */
public record ClientHistory(ClientRecord client, List<IntakeVersion> intakes, List<SessionLog> sessions,
        List<MeasureEntry> measures, List<PlanSnapshot> plans) {

    public ClientHistory {
        intakes = List.copyOf(intakes);
        sessions = sessions.stream().sorted(Comparator.comparing(SessionLog::date)).toList();
        measures = measures.stream().sorted(Comparator.comparing(MeasureEntry::date)).toList();
        plans = List.copyOf(plans);
    }

    /** The sessions in which the client was massaged (not the visit notes), oldest first, leaving out those voided. */
    public List<SessionLog> massageSessions() {
        return sessions.stream().filter(s -> s.massage() && s.kept()).toList();
    }

    /** The questionnaires on file, oldest first, leaving out those voided. */
    public List<MeasureEntry> keptMeasures() {
        return measures.stream().filter(MeasureEntry::kept).toList();
    }

    public Intake currentIntake() {
        return intakes.get(intakes.size() - 1).intake();
    }
}
