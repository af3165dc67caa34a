package org.backcare.storage;

import static org.backcare.intake.Region.LOWER_BACK;
import static org.backcare.intake.Region.MID_BACK;

import java.time.LocalDate;
import java.util.List;
import org.backcare.AnIntake;
import org.backcare.clients.ClientId;
import org.backcare.clients.ClientRecord;
import org.backcare.clients.IntakeVersion;
import org.backcare.files.KnowledgeFiles;
import org.backcare.intake.Intake;
import org.backcare.intake.Pressure;
import org.backcare.intake.Vocabulary;
import org.backcare.progress.AreaMinutes;
import org.backcare.progress.Feedback;
import org.backcare.progress.SessionLog;
import org.backcare.progress.SoapNote;

/** Records for storage tests, in a therapist's words: a client with their first intake, a session with every field. */
public final class OnFile {
    public static final Vocabulary VOCABULARY = KnowledgeFiles.bundled().vocabulary();
    public static final LocalDate DAY_ONE = LocalDate.of(2026, 12, 1);

    private OnFile() {
    }

    public static ClientRecord client(String name) {
        return new ClientRecord(ClientId.fromName(name), name, DAY_ONE);
    }

    public static Intake intake(int pain) {
        return AnIntake.aged(42).hurting(LOWER_BACK, pain, 14, "stiffness").causedBy("lifting")
                .living("desk-work").wanting("pain-relief").build();
    }

    public static IntakeVersion firstIntake() {
        return new IntakeVersion(1, DAY_ONE, intake(6));
    }

    /** A session with every field filled, its note saying which one it is. */
    public static SessionLog session(LocalDate date, String note) {
        return new SessionLog(date, "Mira Shah", 50,
                List.of(new AreaMinutes(LOWER_BACK, 30), new AreaMinutes(MID_BACK, 15)),
                List.of("deep-tissue", "swedish"), Pressure.MODERATE, 6, 3, List.of("soreness-beyond-48-hours"),
                new Feedback(List.of("deep-tissue"), List.of("swedish")),
                new SoapNote(note, "QL tight on the left", "improving", "same again in a week"));
    }
}
