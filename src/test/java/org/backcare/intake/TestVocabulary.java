package org.backcare.intake;

import java.util.List;

/** The ids of the seed knowledge base, for tests that read or ask for intakes. */
public final class TestVocabulary {
    private TestVocabulary() {
    }

    public static Vocabulary seeds() {
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
}
