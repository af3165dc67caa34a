package org.backcare.knowledge;

/** The screening outcomes, from most to least severe. */
public enum Outcome {
    URGENT("urgent"),
    REFER("refer"),
    CAUTION("caution"),
    CLEAR("clear");

    private final String id;

    Outcome(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Urgent and refer mean: no massage plan. */
    public boolean stopsMassage() {
        return this == URGENT || this == REFER;
    }

    public Outcome worst(Outcome other) {
        return compareTo(other) <= 0 ? this : other;
    }
}
