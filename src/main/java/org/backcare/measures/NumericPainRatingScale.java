package org.backcare.measures;

import java.util.List;
import java.util.Optional;

/** NPRS: one pain rating, 0 (no pain) to 10 (worst possible pain); the rating is the score. */
final class NumericPainRatingScale implements Questionnaire {

    @Override
    public Instrument instrument() {
        return Instrument.NPRS;
    }

    @Override
    public List<Item> items() {
        return List.of(new Item(1, "Pain intensity", "0-10 (0 = no pain, 10 = worst possible pain)",
                Item.rating(10, "no pain", "worst possible pain")));
    }

    @Override
    public Score score(List<String> answers) {
        var sheet = new AnswerSheet(answers);
        sheet.expect(1, 1, "NPRS is one rating, 0-10");
        Integer pain = sheet.size() == 1 ? sheet.whole(0, 0, 10, "NPRS is rated 0-10") : null;
        sheet.throwIfProblems();
        return Score.of(instrument(), pain, null, 1);
    }

    @Override
    public Optional<Mcid> mcid() {
        return Optional.of(new Mcid(2, 30, "Farrar JT, Young JP Jr, LaMoreaux L, Werth JL, Poole RM. Clinical importance"
                + " of changes in chronic pain intensity measured on an 11-point numerical pain rating scale. Pain"
                + " 2001;94(2):149-158 (a reduction of about two points or about 30%). For low back pain: Childs JD et al."
                + " Responsiveness of the numeric pain rating scale in patients with low back pain. Spine"
                + " 2005;30(11):1331-1334 (2 points); Ostelo RWJG et al. Spine 2008;33(1):90-94 (2 points, or 30%)."));
    }

    @Override
    public String source() {
        return "11-point pain intensity numerical rating scale, 0 = no pain and 10 = worst possible pain, as in Farrar JT"
                + " et al. Pain 2001;94(2):149-158.";
    }
}
