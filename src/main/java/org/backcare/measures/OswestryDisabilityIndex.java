package org.backcare.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * ODI v2.1a: ten sections scored 0 (first statement) to 5 (last); the index is the sum over 5 times the sections
 * answered, as a percentage. The published scoring shows one section "missed or not applicable" and says nothing
 * of more, so a form with two or more sections skipped is not scored: the client is asked to complete it.
 */
final class OswestryDisabilityIndex implements Questionnaire {
    static final int SECTIONS = 10;
    static final int MOST_SKIPPED = 1;
    // What each section is about, as the ODI's descriptions name it; its statements are the clinic's to supply.
    private static final List<String> TITLES = List.of("Pain intensity", "Personal care", "Lifting", "Walking",
            "Sitting", "Standing", "Sleeping", "Sex life", "Social life", "Travelling");
    private static final List<Item.Choice> CHOICES = List.of(new Item.Choice("0", "0 = the first statement"),
            new Item.Choice("1", "1"), new Item.Choice("2", "2"), new Item.Choice("3", "3"), new Item.Choice("4", "4"),
            new Item.Choice("5", "5 = the last statement"), new Item.Choice(AnswerSheet.SKIPPED, "skipped"));

    @Override
    public Instrument instrument() {
        return Instrument.ODI;
    }

    @Override
    public List<Item> items() {
        return IntStream.range(0, SECTIONS).mapToObj(i -> new Item(i + 1, TITLES.get(i),
                "0-5 (first statement 0, last statement 5), or - if skipped", CHOICES)).toList();
    }

    @Override
    public Score score(List<String> answers) {
        var sheet = new AnswerSheet(answers);
        int checked = sheet.expect(SECTIONS, SECTIONS, "ODI has 10 sections, one answer each");
        int sum = 0;
        var skipped = new ArrayList<Integer>();
        for (int i = 0; i < checked; i++) {
            if (sheet.get(i).equals(AnswerSheet.SKIPPED)) {
                skipped.add(i + 1);
                continue;
            }
            Integer section = sheet.whole(i, 0, 5, "ODI section " + (i + 1) + " is scored 0-5, or - if skipped");
            sum += section == null ? 0 : section;
        }
        if (skipped.size() > MOST_SKIPPED) {
            sheet.problem("ODI is scored with at most one section skipped (skipped: sections "
                    + String.join(", ", skipped.stream().map(String::valueOf).toList()) + ")");
        }
        sheet.throwIfProblems();
        int answered = SECTIONS - skipped.size();
        double index = sum * 100.0 / (5 * answered);
        return Score.of(instrument(), index, band(index), answered);
    }

    // Every index is 20 x (sum / sections answered), so none falls between 20 and 21, 40 and 41, and so on.
    static String band(double index) {
        if (index <= 20) {
            return "minimal disability";
        } else if (index <= 40) {
            return "moderate disability";
        } else if (index <= 60) {
            return "severe disability";
        } else if (index <= 80) {
            return "crippled";
        }
        return "bed-bound or exaggerating their symptoms";
    }

    @Override
    public Optional<Mcid> mcid() {
        return Optional.of(new Mcid(10, 30, "Ostelo RWJG, Deyo RA, Stratford P, Waddell G, Croft P, Von Korff M,"
                + " Bouter LM, de Vet HC. Interpreting change scores for pain and functional status in low back pain:"
                + " towards international consensus regarding minimal important change. Spine 2008;33(1):90-94"
                + " (10 points, or 30% of the baseline score)."));
    }

    @Override
    public String source() {
        return "Fairbank JCT, Pynsent PB. The Oswestry Disability Index. Spine 2000;25(22):2940-2953 (scoring and"
                + " severity bands: 0-20% minimal disability, 21-40% moderate, 41-60% severe, 61-80% crippled, 81-100%"
                + " bed-bound or exaggerating their symptoms).";
    }
}
