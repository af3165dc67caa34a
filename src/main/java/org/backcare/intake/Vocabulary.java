package org.backcare.intake;

import java.util.List;

/** The ids an intake may use, as the knowledge base defines them. */
public record Vocabulary(
        List<String> symptoms,
        List<String> causes,
        List<String> lifestyle,
        List<String> conditions,
        List<String> redFlags,
        List<String> goals) {

    public Vocabulary {
        symptoms = List.copyOf(symptoms);
        causes = List.copyOf(causes);
        lifestyle = List.copyOf(lifestyle);
        conditions = List.copyOf(conditions);
        redFlags = List.copyOf(redFlags);
        goals = List.copyOf(goals);
    }

    /** Conditions and red flags, each once: accepted in either list, so that no warning sign is refused for its place. */
    public List<String> healthNotes() {
        return java.util.stream.Stream.concat(conditions.stream(), redFlags.stream()).distinct().toList();
    }
}
