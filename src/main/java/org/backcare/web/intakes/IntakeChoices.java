package org.backcare.web.intakes;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.backcare.intake.BackArea;
import org.backcare.intake.Pressure;
import org.backcare.intake.Region;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.knowledge.ScreeningRule;
import org.backcare.knowledge.Term;
import org.backcare.report.BackDiagram;

/**
 * What the intake form offers: the six areas of the back diagram and the three regions, named as the diagram names
 * them, and every word of the knowledge base's vocabulary with the name a therapist reads. Made once, at start.
 */
public record IntakeChoices(List<AreaInput> areas, List<Choice> regions, List<Choice> symptoms, List<Choice> causes,
        List<Choice> lifestyle, List<Choice> conditions, List<Choice> redFlags, List<Choice> pressures,
        List<Choice> goals, Set<String> placed, Map<String, List<Choice>> symptomsByRegion) {

    /** A word the form offers, by its id, with the name shown beside its checkbox. */
    public record Choice(String id, String name) {}

    /** One area's pain input: its field name ({@code pain.upper-back.left}) and label. */
    public record AreaInput(String field, String region, String label) {}

    public IntakeChoices {
        areas = List.copyOf(areas);
        regions = List.copyOf(regions);
        symptoms = List.copyOf(symptoms);
        causes = List.copyOf(causes);
        lifestyle = List.copyOf(lifestyle);
        conditions = List.copyOf(conditions);
        redFlags = List.copyOf(redFlags);
        pressures = List.copyOf(pressures);
        goals = List.copyOf(goals);
        placed = Set.copyOf(placed);
        symptomsByRegion = Map.copyOf(symptomsByRegion);
    }

    /** The symptoms the form offers for one region: those a client can report there. */
    public List<Choice> symptomsOf(String region) {
        return symptomsByRegion.getOrDefault(region, symptoms);
    }

    static IntakeChoices from(KnowledgeBase knowledge) {
        var names = knowledge.terms().stream().collect(Collectors.toMap(Term::id, Term::name));
        var vocabulary = knowledge.vocabulary();
        return new IntakeChoices(
                BackArea.all().stream().map(area -> new AreaInput(FormFields.pain(area), area.region().id(),
                        BackDiagram.name(area.region()) + ", " + area.side().id())).toList(),
                Arrays.stream(Region.values()).map(region -> new Choice(region.id(), BackDiagram.name(region))).toList(),
                named(vocabulary.symptoms(), names), named(vocabulary.causes(), names),
                named(vocabulary.lifestyle(), names), named(vocabulary.conditions(), names),
                named(vocabulary.redFlags(), names),
                Pressure.ids().stream().map(id -> new Choice(id, capitalised(id))).toList(),
                named(vocabulary.goals(), names),
                knowledge.screeningRules().stream().map(ScreeningRule::avoidRegionsOf).filter(Objects::nonNull)
                        .collect(Collectors.toSet()),
                Arrays.stream(Region.values()).collect(Collectors.toMap(Region::id,
                        region -> named(vocabulary.symptomsOf(region), names))));
    }

    /** Whether the form asks where on the back this condition or red flag is: screening keeps off the regions named. */
    public boolean isPlaced(String healthNote) {
        return placed.contains(healthNote);
    }

    private static List<Choice> named(List<String> ids, Map<String, String> names) {
        return ids.stream().map(id -> new Choice(id, names.getOrDefault(id, id))).toList();
    }

    private static String capitalised(String id) {
        return id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1);
    }
}
