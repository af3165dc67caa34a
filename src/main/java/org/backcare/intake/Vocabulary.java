package org.backcare.intake;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The ids an intake may use, as the knowledge base defines them. */
public record Vocabulary(
        List<String> symptoms,
        List<String> causes,
        List<String> lifestyle,
        List<String> conditions,
        List<String> redFlags,
        List<String> goals,
        Map<String, List<Region>> symptomRegions) {

    public Vocabulary {
        symptoms = List.copyOf(symptoms);
        causes = List.copyOf(causes);
        lifestyle = List.copyOf(lifestyle);
        conditions = List.copyOf(conditions);
        redFlags = List.copyOf(redFlags);
        goals = List.copyOf(goals);
        symptomRegions = Map.copyOf(symptomRegions);
    }

    /** A vocabulary whose symptoms may be reported for any region. */
    public Vocabulary(List<String> symptoms, List<String> causes, List<String> lifestyle, List<String> conditions,
            List<String> redFlags, List<String> goals) {
        this(symptoms, causes, lifestyle, conditions, redFlags, goals, Map.of());
    }

    /** Whether a client can report this symptom for this region (a symptom that names no regions fits every one). */
    public boolean symptomFits(String symptom, Region region) {
        var regions = symptomRegions.getOrDefault(symptom, List.of());
        return regions.isEmpty() || regions.contains(region);
    }

    /** The symptoms a client can report for this region, in the vocabulary's order. */
    public List<String> symptomsOf(Region region) {
        return symptoms.stream().filter(s -> symptomFits(s, region)).toList();
    }

    /** Conditions and red flags, each once: accepted in either list, so that no warning sign is refused for its place. */
    public List<String> healthNotes() {
        return Stream.concat(conditions.stream(), redFlags.stream()).distinct().toList();
    }
}
