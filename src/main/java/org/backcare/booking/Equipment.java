package org.backcare.booking;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.knowledge.Technique;

/** What a room must have for each technique, as the knowledge base says (techniques.yaml, {@code equipment}). */
public final class Equipment {
    private Equipment() {
    }

    public static Map<String, Set<String>> neededBy(KnowledgeBase knowledge) {
        return knowledge.techniques().stream().filter(t -> !t.equipment().isEmpty())
                .collect(Collectors.toUnmodifiableMap(Technique::id, t -> Set.copyOf(t.equipment())));
    }
}
