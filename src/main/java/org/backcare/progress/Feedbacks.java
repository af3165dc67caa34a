package org.backcare.progress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.backcare.knowledge.Condition;
import org.backcare.knowledge.FitRule;
import org.backcare.knowledge.ProgressRules;
import org.backcare.screening.Reason;
import org.backcare.wording.Counted;

/** Turns what the client said of the techniques into fit rules of their own: worked moves up, did not moves down. */
final class Feedbacks {
    private final ProgressRules rules;
    private final List<SessionLog> sessions;

    Feedbacks(ProgressRules rules, List<SessionLog> sessions) {
        this.rules = rules;
        this.sessions = sessions;
    }

    /** The client's own fit rules; each is also noted among the changes. */
    List<FitRule> rules(List<Reason> changes) {
        var net = new LinkedHashMap<String, Integer>();
        for (var session : sessions) {
            session.feedback().worked().forEach(t -> net.merge(t, 1, Integer::sum));
            session.feedback().didNotWork().forEach(t -> net.merge(t, -1, Integer::sum));
        }
        var personal = new ArrayList<FitRule>();
        var source = rules.feedback().source();
        net.forEach((technique, votes) -> {
            if (votes == 0) {
                return;
            }
            boolean worked = votes > 0;
            var id = "client-said-" + technique + (worked ? "-worked" : "-did-not-work");
            var text = "The client said " + technique + (worked ? " worked" : " did not work") + " ("
                    + Counted.of(Math.abs(votes), "session") + " on balance): it moves " + (worked ? "up." : "down.");
            personal.add(new FitRule(id, technique, worked ? rules.feedbackWeight() : -rules.feedbackWeight(),
                    Condition.ALWAYS, text, source));
            changes.add(new Reason(id, text, source));
        });
        return personal;
    }
}
