package org.backcare.booking;

import org.backcare.knowledge.AfterEffect;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.progress.SessionLog;

/** Whether a logged session brings a new red flag (an after-effect that refers), so future visits need review. */
public final class RedFlagReview {
    private RedFlagReview() {
    }

    public static boolean raisedBy(SessionLog session, KnowledgeBase knowledge) {
        return session.afterEffects().stream().flatMap(id -> knowledge.afterEffect(id).stream())
                .anyMatch(effect -> effect.action() == AfterEffect.Action.REFER);
    }
}
