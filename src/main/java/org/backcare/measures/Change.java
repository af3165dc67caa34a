package org.backcare.measures;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.backcare.intake.Problem;

/**
 * The change between two scores on one instrument. {@code difference} is after minus before; {@code improved}
 * follows the instrument's direction (lower is better except for the PSFS); {@code reachesMcid} applies the
 * instrument's {@link Mcid} and is false where none is published.
 */
public record Change(Score before, Score after, double difference, boolean improved, boolean reachesMcid) {

    /**
     * @throws IllegalArgumentException if the scores are on different instruments
     * @throws InvalidAnswersException if PSFS scores do not rate the same activities
     */
    public static Change between(Score before, Score after) {
        var instrument = before.instrument();
        if (after.instrument() != instrument) {
            throw new IllegalArgumentException("cannot compare " + instrument.id() + " with " + after.instrument().id());
        }
        sameActivities(before, after);
        double difference = after.value() - before.value();
        double improvement = instrument.lowerIsBetter() ? -difference : difference;
        boolean reaches = instrument.questionnaire().mcid().map(m -> m.reachedBy(improvement, before.value()))
                .orElse(false);
        return new Change(before, after, difference, improvement > 0, reaches);
    }

    // A PSFS follow-up re-rates the activities named at the first assessment (Stratford et al. 1995).
    private static void sameActivities(Score before, Score after) {
        Set<String> earlier = names(before);
        Set<String> later = names(after);
        if (earlier.equals(later)) {
            return;
        }
        var missing = new TreeSet<>(earlier);
        missing.removeAll(later);
        var added = new TreeSet<>(later);
        added.removeAll(earlier);
        String message = "a PSFS follow-up rates the same activities as before"
                + (missing.isEmpty() ? "" : "; not rated again: " + String.join(", ", missing))
                + (added.isEmpty() ? "" : "; not rated before: " + String.join(", ", added));
        throw new InvalidAnswersException(List.of(new Problem("activities", message)));
    }

    private static Set<String> names(Score score) {
        return score.activities().stream().map(a -> a.activity().toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
