package org.backcare.wording;

/** A number with its unit, as a sentence says it: "1 day", "3 days". The units Backcare counts take an "s". */
public final class Counted {
    private Counted() {
    }

    public static String of(long number, String unit) {
        return number + " " + unit + (number == 1 ? "" : "s");
    }
}
