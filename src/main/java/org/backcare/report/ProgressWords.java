package org.backcare.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.backcare.measures.Change;
import org.backcare.measures.Instrument;
import org.backcare.measures.Score;
import org.backcare.progress.ProgressSummary;
import org.backcare.progress.ProgressSummary.PainPoint;
import org.backcare.progress.ProgressSummary.ScorePoint;

/** What a progress chart shows, in a sentence or two: for readers who cannot see the chart. */
final class ProgressWords {
    static final String PAIN_NOT_YET = "No chart yet: it starts at the second session.";
    static final String SCORES_NOT_YET = "No chart yet: it starts at the second score.";
    private static final String MCID = "Minimal clinically important difference (MCID): ";
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private ProgressWords() {}

    /** "Pain before the session fell from 7 to 3 out of 10 over 5 sessions, 12 Jan to 2 Mar 2027; …" */
    static String pain(List<PainPoint> pain) {
        if (pain.isEmpty()) {
            return "No sessions logged yet. " + PAIN_NOT_YET;
        }
        var first = pain.get(0);
        var last = pain.get(pain.size() - 1);
        if (pain.size() == 1) {
            return "One session logged, on " + DAY.format(first.date()) + ": pain " + first.before() + " before and "
                    + first.after() + " after, out of 10. " + PAIN_NOT_YET;
        }
        var reached = Change.between(nprs(first.before()), nprs(last.before())).reachesMcid();
        return "Pain before the session " + trend(first.before(), last.before(), "") + " out of 10 over "
                + pain.size() + " sessions, " + span(first.date(), last.date()) + "; after the last session it was "
                + last.after() + ". " + mcid(Instrument.NPRS, first.before(), "", reached);
    }

    /** "ODI fell from 40% to 28% over 5 scores, 1 Sep to 27 Oct 2026 (moderate disability). …", band the latest. */
    static String scores(Instrument instrument, List<ScorePoint> points) {
        var name = instrument.shortName();
        if (points.isEmpty()) {
            return "No " + name + " scores yet. " + SCORES_NOT_YET;
        }
        var first = points.get(0);
        var last = points.get(points.size() - 1);
        if (points.size() == 1) {
            return "One " + name + " score so far, on " + DAY.format(first.date()) + ": " + first.shown() + band(first)
                    + ". " + SCORES_NOT_YET;
        }
        return name + " " + trend(first.value(), last.value(), instrument.unit()) + " over " + points.size()
                + " scores, " + span(first.date(), last.date()) + band(last) + ". "
                + mcid(instrument, first.value(), instrument.unit(), last.reachesMcid());
    }

    private static String trend(double first, double last, String unit) {
        var from = ProgressSummary.shown(first) + unit;
        var to = ProgressSummary.shown(last) + unit;
        if (from.equals(to)) {
            return "stayed at " + to;
        }
        return (last < first ? "fell" : "rose") + " from " + from + " to " + to;
    }

    /** "12 Jan to 2 Mar 2027", "12 Dec 2026 to 2 Mar 2027", or "on 2 Mar 2027" for one day. */
    private static String span(LocalDate first, LocalDate last) {
        if (first.equals(last)) {
            return "on " + DAY.format(last);
        }
        var from = first.getYear() == last.getYear() ? DAY_MONTH.format(first) : DAY.format(first);
        return from + " to " + DAY.format(last);
    }

    private static String band(ScorePoint point) {
        return point.band() == null || point.band().isBlank() ? "" : " (" + point.band() + ")";
    }

    private static String mcid(Instrument instrument, double first, String unit, boolean reached) {
        if (instrument.questionnaire().mcid().isEmpty()) {
            return "No minimal clinically important difference (MCID) is published for " + instrument.shortName() + ".";
        }
        var target = instrument.mcidTarget(first);
        if (target.isEmpty()) {
            return MCID + "the first score leaves no room to reach it.";
        }
        return MCID + ProgressSummary.shown(target.getAsDouble()) + unit + (instrument.lowerIsBetter() ? " or lower"
                : " or higher") + (reached ? ", reached." : ", not reached yet.");
    }

    private static Score nprs(int pain) {
        return Instrument.NPRS.questionnaire().score(List.of(Integer.toString(pain)));
    }
}
