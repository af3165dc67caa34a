package org.backcare.planning;

import java.util.ArrayList;
import java.util.Comparator;
import org.backcare.intake.Intake;
import org.backcare.knowledge.FrequencyRule;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.screening.Reason;

/** Picks the one row of the frequency table to follow: of those that apply, the one with the highest priority. */
final class FrequencySelection {
    private final KnowledgeBase knowledge;

    FrequencySelection(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    FrequencyChoice choose(Intake intake) {
        var applying = knowledge.frequencyRules().stream()
                .filter(r -> r.appliesWhen().holdsFor(intake))
                .sorted(Comparator.comparingInt(FrequencyRule::priority))
                .toList();
        var chosen = applying.get(0);
        boolean moreCare = chosen.moreCareWhen().holdsFor(intake);
        var reasons = new ArrayList<Reason>();
        reasons.add(new Reason(chosen.id(), chosen.situation() + ": " + chosen.recommendation().toLowerCase()
                + " (" + chosen.notes().toLowerCase() + "). " + chosen.definition(), chosen.source()));
        if (moreCare) {
            reasons.add(new Reason(chosen.id() + "-more-care", chosen.moreCareReason(), chosen.source()));
        }
        var others = applying.subList(1, applying.size());
        if (!others.isEmpty()) {
            var rule = knowledge.whenSeveralFrequenciesApply();
            reasons.add(new Reason(rule.id(), rule.text(), rule.source()));
        }
        return new FrequencyChoice(chosen, moreCare, reasons, others);
    }
}
