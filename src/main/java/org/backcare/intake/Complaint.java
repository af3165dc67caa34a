package org.backcare.intake;

import java.util.List;
import java.util.Optional;

/**
 * One place that hurts: where, on which side, what it feels like, how much (0-10) and for how long.
 * The cause is optional.
 */
public record Complaint(Region region, Side side, List<String> symptoms, int pain, int weeks, String cause) {
    public static final int MAX_PAIN = 10;
    /** A hundred years: anything longer is a typing slip. */
    public static final int MAX_WEEKS = 5200;
    /** A complaint that names no side is taken to be on both. */
    public static final Side DEFAULT_SIDE = Side.BOTH;

    public Complaint {
        symptoms = List.copyOf(symptoms);
    }

    public Optional<String> knownCause() {
        return Optional.ofNullable(cause);
    }

    public boolean has(String symptom) {
        return symptoms.contains(symptom);
    }
}
