package org.backcare.intake;

import java.util.List;

/** What tests read and ask for: the ids of the seed knowledge base, and an intake that uses every field. */
public final class Examples {
    private Examples() {
    }

    public static Vocabulary vocabulary() {
        return new Vocabulary(
                List.of("stiffness", "knots", "rounded-shoulders", "neck-stiffness", "tension-headache",
                        "shallow-breathing", "pain-between-shoulder-blades", "kyphosis", "muscle-strain",
                        "side-tightness", "sciatic-pain", "si-joint-pain", "soreness-after-exercise", "limited-motion",
                        "feels-stuck", "specific-tender-spot"),
                List.of("lifting", "sitting", "sport", "stress", "accident", "sudden-movement", "unknown"),
                List.of("desk-work", "physically-active", "physical-job", "stress", "training-for-event"),
                List.of("osteoporosis", "herniated-disc", "anticoagulants", "bleeding-disorder", "pregnancy",
                        "skin-sensitivity", "oil-allergy", "acute-inflammation", "spinal-stenosis"),
                List.of("saddle-numbness", "bladder-or-bowel-change", "leg-weakness-progressive", "numbness", "tingling",
                        "weakness", "accident", "injury", "limits-daily-activities", "fever", "unexplained-weight-loss",
                        "cancer-history", "night-pain", "dvt", "recent-surgery", "fracture"),
                List.of("pain-relief", "posture", "stress-relief", "recovery", "mobility", "sleep", "maintenance"));
    }

    /** Two complaints, one with every field and one with defaults; a condition that names its region. */
    public static Intake ashaRao() {
        return new Intake(
                new Client("Asha Rao", 42),
                List.of(new Complaint(Region.LOWER_BACK, Side.LEFT, List.of("stiffness", "side-tightness"), 6, 14, "lifting"),
                        new Complaint(Region.UPPER_BACK, Side.BOTH, List.of("knots"), 3, 2, null)),
                List.of("desk-work", "stress"),
                List.of(HealthNote.of("osteoporosis"), new HealthNote("acute-inflammation", List.of(Region.LOWER_BACK))),
                List.of(HealthNote.of("night-pain")),
                new Preferences(Pressure.LIGHT, true, true),
                List.of("pain-relief", "posture"));
    }
}
