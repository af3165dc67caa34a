package org.backcare.knowledge;

/** An inclusive range of whole numbers from the seeds, such as "every 1-2 weeks" or "4-8 sessions". */
public record Range(int min, int max) {
    public static Range of(int value) {
        return new Range(value, value);
    }

    public boolean isValid() {
        return min >= 0 && min <= max;
    }

    @Override
    public String toString() {
        return min == max ? Integer.toString(min) : min + "-" + max;
    }
}
