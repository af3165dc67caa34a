package org.backcare.measures;

import java.util.LinkedHashMap;
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
     * For the PSFS, the mean rating of the activities rated both times (each activity against itself; an activity
     * named only once starts a line of its own, see {@link #activities}).
     *
     * @throws IllegalArgumentException if the scores are on different instruments
     * @throws InvalidAnswersException if PSFS scores share no activity
     */
    public static Change between(Score before, Score after) {
        var instrument = before.instrument();
        if (after.instrument() != instrument) {
            throw new IllegalArgumentException("cannot compare " + instrument.id() + " with " + after.instrument().id());
        }
        if (instrument == Instrument.PSFS) {
            var both = names(before);
            both.retainAll(names(after));
            if (both.isEmpty()) {
                throw new InvalidAnswersException(List.of(new Problem("activities", "no activity was rated both times"
                        + " (before: " + String.join(", ", names(before)) + "; after: "
                        + String.join(", ", names(after)) + ")")));
            }
            return compared(only(before, both), only(after, both));
        }
        return compared(before, after);
    }

    private static Change compared(Score before, Score after) {
        double difference = after.value() - before.value();
        double improvement = before.instrument().lowerIsBetter() ? -difference : difference;
        boolean reaches = before.instrument().questionnaire().mcid()
                .map(m -> m.reachedBy(improvement, before.value())).orElse(false);
        return new Change(before, after, difference, improvement > 0, reaches);
    }

    /**
     * PSFS activity by activity, as the form means it (Stratford et al. 1995): each activity's first rating against
     * its latest, in the order first named; an activity rated once has no change yet.
     */
    public static List<ActivityChange> activities(List<Score> scores) {
        var first = new LinkedHashMap<String, ActivityRating>();
        var latest = new LinkedHashMap<String, ActivityRating>();
        for (var score : scores) {
            for (var rating : score.activities()) {
                first.putIfAbsent(key(rating), rating);
                latest.put(key(rating), rating);
            }
        }
        return first.entrySet().stream().map(e -> new ActivityChange(e.getValue().activity(), e.getValue().rating(),
                latest.get(e.getKey()).rating())).toList();
    }

    /** One PSFS activity's first and latest rating (0-10, higher is better). */
    public record ActivityChange(String activity, int first, int latest) {
        /** The minimum detectable change for a single activity on the PSFS form: 3 points (90% CI). */
        public static final int MCID = 3;
        public static final String SOURCE = "Stratford P, Gill C, Westaway M, Binkley J. Assessing disability and"
                + " change on individual patients: a report of a patient specific measure. Physiotherapy Canada"
                + " 1995;47:258-263 (the form: minimum detectable change, 90% CI, 3 points for a single activity score)";

        public boolean reachesMcid() {
            return latest - first >= MCID;
        }
    }

    private static Score only(Score score, Set<String> activities) {
        var kept = score.activities().stream().filter(a -> activities.contains(key(a))).toList();
        double mean = kept.stream().mapToInt(ActivityRating::rating).average().orElseThrow();
        return new Score(score.instrument(), mean, score.band(), score.psychosocial(), kept.size(), kept);
    }

    private static String key(ActivityRating rating) {
        return rating.activity().strip().toLowerCase(Locale.ROOT);
    }

    private static Set<String> names(Score score) {
        return score.activities().stream().map(Change::key).collect(Collectors.toCollection(TreeSet::new));
    }
}
