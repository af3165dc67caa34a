package org.backcare.measures;

import java.util.List;

/**
 * A scored questionnaire. {@code value} is unrounded. {@code band} is the published interpretation (ODI severity,
 * STarT Back risk group) and null where the instrument publishes none; {@code psychosocial} is the STarT Back
 * psychosocial subscale and null elsewhere; {@code answered} counts the items that were answered (the activities
 * for the PSFS, which are listed in {@code activities}).
 */
public record Score(Instrument instrument, double value, String band, Integer psychosocial, int answered,
        List<ActivityRating> activities) {
    public Score {
        activities = List.copyOf(activities);
    }

    static Score of(Instrument instrument, double value, String band, int answered) {
        return new Score(instrument, value, band, null, answered, List.of());
    }

    public String unit() {
        return instrument.unit();
    }
}
