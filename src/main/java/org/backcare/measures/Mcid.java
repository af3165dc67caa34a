package org.backcare.measures;

/**
 * The minimal clinically important difference: an improvement of at least {@code points}, or, where the source
 * also gives one, of at least {@code percent} of the score before treatment.
 */
public record Mcid(double points, Integer percent, String source) {
    private static final double ROUNDING = 1e-9;

    boolean reachedBy(double improvement, double before) {
        if (improvement <= ROUNDING) {
            return false;
        }
        boolean byPoints = improvement >= points - ROUNDING;
        boolean byPercent = percent != null && before > 0 && improvement * 100 / before >= percent - ROUNDING;
        return byPoints || byPercent;
    }
}
