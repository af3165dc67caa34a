package org.backcare.web.progress;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backcare.clients.ClientHistory;
import org.backcare.web.Voids;
import org.backcare.clients.MeasureEntry;
import org.backcare.measures.Answers;
import org.backcare.measures.Change;
import org.backcare.measures.Instrument;
import org.backcare.measures.InvalidAnswersException;
import org.backcare.measures.Score;
import org.backcare.progress.ProgressSummary;

/** One questionnaire's scores on file, oldest first, and how a score compares with the first: the baseline. */
final class Scores {
    /** A questionnaire as kept, and its score. */
    record Scored(MeasureEntry entry, Score score) {
        String shown() {
            return ProgressSummary.shown(score.value()) + score.unit();
        }
    }

    private Scores() {
    }

    /** Scores the answers as the command line does: the instrument's id, a space, the answers comma-separated. */
    static Score score(Instrument instrument, String answers) {
        return Answers.parse(instrument.id() + " " + answers).score();
    }

    static List<Scored> of(ClientHistory history, Instrument instrument) {
        return history.keptMeasures().stream().filter(m -> m.instrument().equals(instrument.id()))
                .map(m -> new Scored(m, score(instrument, m.answers()))).toList();
    }

    /** "Since the first ODI (2026-10-01, 40%): better by 12 points. MCID: 30% or lower: reached." */
    static String sinceFirst(List<Scored> scores, int index) {
        var first = scores.get(0);
        var later = scores.get(index);
        var instrument = first.score().instrument();
        var name = instrument.shortName();
        if (index == 0) {
            return "This is the first " + name + " on file: later ones are compared with it.";
        }
        var since = "Since the first " + name + " (" + first.entry().date() + ", " + first.shown() + "): ";
        Change change;
        try {
            change = Change.between(first.score(), later.score());
        } catch (InvalidAnswersException noSharedActivity) {
            return since + "not compared: " + noSharedActivity.problems().get(0).message() + ".";
        }
        var difference = ProgressSummary.shown(Math.abs(change.difference()));
        var direction = change.difference() == 0 ? "no change" : (change.improved() ? "better" : "worse") + " by "
                + difference + (instrument.unit().equals("%") ? " percentage points" : " points");
        return since + direction + ". " + mcid(first, change);
    }

    private static String mcid(Scored first, Change change) {
        var instrument = first.score().instrument();
        if (instrument.questionnaire().mcid().isEmpty()) {
            return "No minimal clinically important difference (MCID) is published for " + instrument.shortName() + ".";
        }
        var target = instrument.mcidTarget(first.score().value());
        if (target.isEmpty()) {
            return "The first score leaves no room to reach the minimal clinically important difference (MCID).";
        }
        return "Minimal clinically important difference (MCID): " + ProgressSummary.shown(target.getAsDouble())
                + instrument.unit() + (instrument.lowerIsBetter() ? " or lower" : " or higher")
                + (change.improved() && change.reachesMcid() ? ", reached." : ", not reached yet.");
    }

    /** A score for the API: value, as written, unit, band, and the STarT Back psychosocial subscale. */
    static Map<String, Object> json(Scored scored) {
        var json = new LinkedHashMap<String, Object>();
        json.put("instrument", scored.entry().instrument());
        json.put("date", scored.entry().date().toString());
        json.put("answers", scored.entry().answers());
        json.put("score", scored.score().value());
        json.put("shown", scored.shown());
        json.put("band", scored.score().band());
        json.put("psychosocial", scored.score().psychosocial());
        json.put("voided", Voids.json(scored.entry().voided()));
        return json;
    }
}
