package org.backcare.measures;

/**
 * The minimal clinically important difference: an improvement of at least {@code points}, or, where the source
 * also gives one, of at least {@code percent} of the score before treatment.
 */
public record Mcid(double points, Integer percent, String source) {
    private static final double ROUNDING = 1e-9;

    boolean reachedBy(double improvement, double before) {
        return improvement > ROUNDING && improvement >= improvementNeeded(before) - ROUNDING;
    }

    /** The smallest improvement on {@code before} that reaches this MCID, by points or by percent. */
    double improvementNeeded(double before) {
        return percent == null || before <= 0 ? points : Math.min(points, before * percent / 100);
    }
}
