package org.backcare.measures;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * PSFS: the client names up to five activities they find hard and rates each 0 (unable to perform) to 10 (able to
 * perform at the same level as before the injury or problem); the score is the mean rating. Written
 * {@code name=rating}, one per activity.
 */
final class PatientSpecificFunctionalScale implements Questionnaire {
    static final int MOST_ACTIVITIES = 5;
    private static final String SCALE = "0-10 (0 = unable to perform activity, 10 = able to perform activity at the"
            + " same level as before injury or problem)";

    @Override
    public Instrument instrument() {
        return Instrument.PSFS;
    }

    @Override
    public List<Item> items() {
        return IntStream.rangeClosed(1, MOST_ACTIVITIES).mapToObj(n -> new Item(n, "Activity " + n, SCALE,
                Item.rating(10, "unable to perform", "able to perform as before"))).toList();
    }

    @Override
    public Score score(List<String> answers) {
        var sheet = new AnswerSheet(answers);
        int checked = sheet.expect(1, MOST_ACTIVITIES, "PSFS rates 1 to 5 activities");
        var ratings = new ArrayList<ActivityRating>();
        var names = new HashSet<String>();
        for (int i = 0; i < checked; i++) {
            String answer = sheet.get(i);
            int equals = answer.lastIndexOf('=');
            String name = equals < 0 ? "" : answer.substring(0, equals).strip();
            if (equals < 0 || name.isEmpty()) {
                sheet.problem(i, "PSFS activity " + (i + 1) + " is written name=rating, such as 'putting on socks=4'"
                        + " (got " + AnswerSheet.shown(answer) + ")");
                continue;
            }
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                sheet.problem(i, "PSFS activity '" + name + "' is named twice");
            }
            Integer rating = ratingOf(sheet, i, name, answer.substring(equals + 1).strip());
            if (rating != null) {
                ratings.add(new ActivityRating(name, rating));
            }
        }
        sheet.throwIfProblems();
        double mean = ratings.stream().mapToInt(ActivityRating::rating).average().orElseThrow();
        return new Score(instrument(), mean, null, null, ratings.size(), ratings);
    }

    private static Integer ratingOf(AnswerSheet sheet, int i, String name, String rating) {
        if (rating.matches("\\d{1,2}") && Integer.parseInt(rating) <= 10) {
            return Integer.valueOf(rating);
        }
        sheet.problem(i, "PSFS activity '" + name + "' is rated 0-10 (got " + AnswerSheet.shown(rating) + ")");
        return null;
    }

    @Override
    public Optional<Mcid> mcid() {
        return Optional.of(new Mcid(2, null, "Stratford P, Gill C, Westaway M, Binkley J. Assessing disability and"
                + " change on individual patients: a report of a patient specific measure. Physiotherapy Canada"
                + " 1995;47:258-263 (the form: minimum detectable change, 90% CI, 2 points for the average score);"
                + " Horn KK et al. The patient-specific functional scale: psychometrics, clinimetrics, and application as"
                + " a clinical outcome measure. J Orthop Sports Phys Ther 2012;42(1):30-42."));
    }

    @Override
    public String source() {
        return "Stratford P, Gill C, Westaway M, Binkley J. Assessing disability and change on individual patients: a"
                + " report of a patient specific measure. Physiotherapy Canada 1995;47:258-263 (total score = sum of the"
                + " activity scores / number of activities).";
    }
}
