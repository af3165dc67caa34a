package org.backcare.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Map;
import org.backcare.intake.Intake;
import org.backcare.knowledge.FrequencyRule;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.screening.Reason;

/** Picks the one row of the frequency table to follow: of those that apply, the one with the highest priority. */
final class FrequencySelection {
    private final KnowledgeBase knowledge;
    /** Why each row is followed, in its own words: worded once, not for every plan. */
    private final Map<FrequencyRule, Reason> followed = new IdentityHashMap<>();

    FrequencySelection(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        for (var rule : knowledge.frequencyRules()) {
            followed.put(rule, new Reason(rule.id(), rule.situation() + ": " + rule.recommendation().toLowerCase()
                    + " (" + rule.notes().toLowerCase() + "). " + rule.definition(), rule.source()));
        }
    }

    /** The row to follow, past the phases already done; past its last phase, the always-applying maintenance row. */
    FrequencyChoice choose(Intake intake, int phasesDone) {
        var applying = new ArrayList<FrequencyRule>();
        for (var rule : knowledge.frequencyRules()) {
            if (rule.appliesWhen().holdsFor(intake)) {
                applying.add(rule);
            }
        }
        applying.sort(Comparator.comparingInt(FrequencyRule::priority));
        var chosen = applying.get(0);
        boolean moreCare = chosen.moreCareWhen().holdsFor(intake);
        var reasons = new ArrayList<Reason>();
        reasons.add(followed.get(chosen));
        if (moreCare) {
            reasons.add(new Reason(chosen.id() + "-more-care", chosen.moreCareReason(), chosen.source()));
        }
        var others = applying.subList(1, applying.size());
        if (!others.isEmpty()) {
            var rule = knowledge.whenSeveralFrequenciesApply();
            reasons.add(new Reason(rule.id(), rule.text(), rule.source()));
        }
        if (phasesDone == 0) {
            return new FrequencyChoice(chosen, 0, moreCare, reasons, others);
        }
        var stepDown = knowledge.progress().stepDown();
        reasons.add(new Reason(stepDown.id(), stepDown.text(), stepDown.source()));
        if (phasesDone < chosen.phases().size()) {
            return new FrequencyChoice(chosen, phasesDone, moreCare, reasons, others);
        }
        var maintenance = applying.get(applying.size() - 1);
        return new FrequencyChoice(maintenance, maintenance == chosen ? maintenance.phases().size() - 1 : 0, false,
                reasons, applying.subList(0, applying.size() - 1));
    }
}
