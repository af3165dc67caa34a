package org.backcare.booking;

import java.util.Map;
import java.util.Set;
import org.backcare.knowledge.EquipmentNeeded;
import org.backcare.knowledge.KnowledgeBase;

/** What a room must have for each technique, as the knowledge base says ({@link EquipmentNeeded}). */
public final class Equipment {
    private Equipment() {
    }

    public static Map<String, Set<String>> neededBy(KnowledgeBase knowledge) {
        return EquipmentNeeded.by(knowledge).byTechnique();
    }
}
