package org.backcare.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.backcare.intake.Problem;
import org.backcare.scheduling.PlannerWeights;
import org.backcare.scheduling.PlannerWeights.Level;
import org.backcare.scheduling.PlannerWeights.Weight;

/** Reads the week planner's weights: the defaults in the jar, and a clinic's own file laid over them. */
public final class PlannerWeightsFile {
    private static final String BUNDLED = "/scheduling/weights.yaml";
    private static final YAMLMapper YAML = new YAMLMapper();

    private PlannerWeightsFile() {}

    public static PlannerWeights bundled() {
        try (InputStream in = PlannerWeightsFile.class.getResourceAsStream(BUNDLED)) {
            var weights = new LinkedHashMap<String, Weight>();
            YAML.readTree(in).fields().forEachRemaining(e -> weights.put(e.getKey(), weight(e.getValue())));
            return new PlannerWeights(weights);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Weight weight(JsonNode node) {
        return new Weight(Level.valueOf(node.path("level").asText().toUpperCase(Locale.ROOT)),
                node.path("weight").asInt(), node.path("unit").asText(), node.path("why").asText());
    }

    /** The clinic's weights over the defaults; problems name the rule and say what is allowed. */
    public record Result(PlannerWeights weights, List<Problem> problems) {}

    public static Result read(Path file) {
        var defaults = bundled();
        JsonNode tree;
        try {
            tree = YAML.readTree(Files.readString(file));
        } catch (IOException e) {
            return new Result(defaults, List.of(new Problem("", "cannot read " + file + ": " + e.getMessage())));
        }
        if (tree == null || !tree.isObject()) {
            return new Result(defaults, List.of(new Problem("", "expected a map of rule ids to {weight}")));
        }
        var weights = new LinkedHashMap<>(defaults.weights());
        var problems = new ArrayList<Problem>();
        tree.fields().forEachRemaining(e -> {
            var known = defaults.of(e.getKey());
            var value = e.getValue().isObject() ? e.getValue().path("weight") : e.getValue();
            if (known == null) {
                problems.add(new Problem(e.getKey(), "not a rule of the week planner; one of " + defaults.weights().keySet()));
            } else if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 0) {
                problems.add(new Problem(e.getKey() + ".weight", "a whole number, 0 or more"));
            } else if (e.getValue().has("level") && !e.getValue().path("level").asText()
                    .equalsIgnoreCase(known.level().name())) {
                problems.add(new Problem(e.getKey() + ".level", "stays " + known.level().name().toLowerCase(Locale.ROOT)));
            } else {
                weights.put(e.getKey(), new Weight(known.level(), value.asInt(), known.unit(), known.why()));
            }
        });
        return new Result(new PlannerWeights(weights), problems);
    }
}
