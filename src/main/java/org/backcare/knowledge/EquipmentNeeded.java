package org.backcare.knowledge;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a room must have for each technique ({@code equipment} in {@code techniques.yaml}): the one rule by which the
 * appointment book refuses a room and the week planner chooses one, so that a proposed week always books.
 */
public record EquipmentNeeded(Map<String, Set<String>> byTechnique) {
    public EquipmentNeeded {
        byTechnique = Map.copyOf(byTechnique);
    }

    public static EquipmentNeeded by(KnowledgeBase knowledge) {
        return new EquipmentNeeded(knowledge.techniques().stream().filter(t -> !t.equipment().isEmpty())
                .collect(Collectors.toUnmodifiableMap(Technique::id, t -> Set.copyOf(t.equipment()))));
    }

    public Set<String> forTechnique(String technique) {
        return byTechnique.getOrDefault(technique, Set.of());
    }

    /** Everything a session with these techniques needs, in alphabetical order. */
    public Set<String> forSession(Collection<String> techniques) {
        var needed = new TreeSet<String>();
        techniques.forEach(t -> needed.addAll(forTechnique(t)));
        return needed;
    }

    /** Every item some technique needs, in alphabetical order: what a room can be equipped with. */
    public Set<String> all() {
        return forSession(byTechnique.keySet());
    }

    /** What a room with {@code equipment} lacks for the technique, in alphabetical order (empty when it has it all). */
    public Set<String> missing(String technique, Set<String> equipment) {
        var missing = new TreeSet<>(forTechnique(technique));
        missing.removeAll(equipment);
        return missing;
    }
}
