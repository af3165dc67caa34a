package org.backcare.progress;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.backcare.clients.MeasureEntry;
import org.backcare.measures.Answers;
import org.backcare.measures.Change;
import org.backcare.measures.Instrument;
import org.backcare.measures.InvalidAnswersException;
import org.backcare.measures.Mcid;
import org.backcare.measures.Score;
import org.backcare.screening.Reason;

/** Whether pain or a questionnaire has improved by its minimal clinically important difference. */
final class Improvement {

    /** The first improvement that reaches its MCID: pain before sessions of this course, then questionnaires. */
    Optional<Reason> since(List<SessionLog> course, List<MeasureEntry> measures) {
        return pain(course).or(() -> questionnaires(measures));
    }

    private Optional<Reason> pain(List<SessionLog> course) {
        if (course.size() < 2) {
            return Optional.empty();
        }
        var first = nprs(course.get(0).painBefore());
        var last = nprs(course.get(course.size() - 1).painBefore());
        return reached(Change.between(first, last), "Pain before sessions", course.get(0).date(),
                course.get(course.size() - 1).date());
    }

    private Optional<Reason> questionnaires(List<MeasureEntry> measures) {
        for (var instrument : Instrument.values()) {
            var scored = scored(measures, instrument);
            if (scored.size() < 2) {
                continue;
            }
            var first = scored.get(0);
            var last = scored.get(scored.size() - 1);
            try {
                var reason = reached(Change.between(first.score(), last.score()), instrument.title(), first.date(),
                        last.date());
                if (reason.isPresent()) {
                    return reason;
                }
            } catch (InvalidAnswersException noSharedActivity) {
                // a PSFS that shares no activity with the first cannot be compared; the others still can
            }
        }
        return Optional.empty();
    }

    /** The date of the latest STarT Back when it put the client at high risk. */
    Optional<LocalDate> highStartBackRisk(List<MeasureEntry> measures) {
        var scored = scored(measures, Instrument.START_BACK);
        return scored.isEmpty() || !"high risk".equals(scored.get(scored.size() - 1).score().band()) ? Optional.empty()
                : Optional.of(scored.get(scored.size() - 1).date());
    }

    static List<Dated> scored(List<MeasureEntry> measures, Instrument instrument) {
        return measures.stream().filter(m -> m.instrument().equals(instrument.id()))
                .sorted(Comparator.comparing(MeasureEntry::date))
                .map(m -> new Dated(m.date(), score(m))).toList();
    }

    static Score score(MeasureEntry entry) {
        return Answers.parse(entry.instrument() + " " + entry.answers()).score();
    }

    private static Score nprs(int pain) {
        return Instrument.NPRS.questionnaire().score(List.of(Integer.toString(pain)));
    }

    private static Optional<Reason> reached(Change change, String what, LocalDate from, LocalDate to) {
        if (!change.improved() || !change.reachesMcid()) {
            return Optional.empty();
        }
        var instrument = change.before().instrument();
        var mcid = instrument.questionnaire().mcid().orElseThrow();
        return Optional.of(new Reason("improved-" + instrument.id(), what + " went from "
                + shown(change.before()) + " on " + from + " to " + shown(change.after()) + " on " + to
                + ", at least the minimal clinically important difference (" + describe(mcid) + ").", mcid.source()));
    }

    private static String describe(Mcid mcid) {
        var points = mcid.points() == Math.rint(mcid.points()) ? Integer.toString((int) mcid.points())
                : Double.toString(mcid.points());
        return points + " points" + (mcid.percent() == null ? "" : " or " + mcid.percent() + "%");
    }

    static String shown(Score score) {
        return ProgressSummary.shown(score.value()) + score.unit();
    }

    record Dated(LocalDate date, Score score) {}
}
