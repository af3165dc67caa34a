package org.backcare.progress;

import java.util.List;
import org.backcare.intake.Intake;
import org.backcare.planning.Adjustments;
import org.backcare.screening.Reason;

/**
 * What a client's history changes in their plan: the decision at the top, every change with its reason and
 * source, and what the planner is given (the intake as it now stands, and the adjustments).
 */
public record Adaptation(Decision decision, List<Reason> changes, Intake intake, Adjustments adjustments) {
    public Adaptation {
        changes = List.copyOf(changes);
    }

    /** From most to least pressing: the first that applies is the headline. */
    public enum Decision {
        STOP_NEW_RED_FLAG("stop: new red flag"),
        REFER_NOT_IMPROVING("refer: not improving"),
        RESTART_AFTER_LAPSE("restart after a lapse"),
        RESTART_AFTER_REASSESSMENT("restart after a reassessment"),
        STEP_DOWN("step down: improving"),
        CONTINUE("continue"),
        START("start");

        private final String label;

        Decision(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String id() {
            return name().toLowerCase().replace('_', '-');
        }
    }
}
