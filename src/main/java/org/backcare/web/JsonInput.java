package org.backcare.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.backcare.clients.RecordDates;
import org.backcare.intake.Problem;
import org.backcare.wording.Counted;

/**
 * A JSON object sent to the API, read field by field: each field missing or of the wrong kind is noted as a problem
 * under its path ({@code painBefore}, {@code feedback.worked[1]}) and reads as a stand-in, so every problem is found
 * in one pass and answered together ({@link #refuseIfProblems}).
 */
public final class JsonInput {
    private final JsonNode root;
    private final List<Problem> problems = new ArrayList<>();

    private JsonInput(JsonNode root, Set<String> fields) {
        this.root = root;
        if (!root.isObject()) {
            problems.add(new Problem("", "must be a JSON object"));
            return;
        }
        root.fieldNames().forEachRemaining(name -> {
            if (!fields.contains(name)) {
                problems.add(new Problem(name, "unknown field; the fields are: "
                        + String.join(", ", new TreeSet<>(fields))));
            }
        });
    }

    /** The request's body, which must be a JSON object of these fields (read by {@link JsonBody#read}). */
    public static JsonInput of(Context ctx, Set<String> fields) {
        return new JsonInput(JsonBody.read(ctx), fields);
    }

    /** The problems found so far; a caller adds its own with {@link #problem}. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    public void problem(Problem problem) {
        problems.add(problem);
    }

    /** @throws ProblemResponse 422 listing every problem, if there is any */
    public void refuseIfProblems(String what) {
        if (!problems.isEmpty()) {
            throw refusal(what);
        }
    }

    /** The 422 answer listing every problem found: "The session has 2 problem(s); nothing was kept." */
    public ProblemResponse refusal(String what) {
        return new ProblemResponse(new ProblemDetails(ProblemDetails.INVALID_INPUT, "Invalid input", 422,
                what + " has " + Counted.of(problems.size(), "problem") + "; nothing was kept.", problems));
    }

    /** A date written YYYY-MM-DD; {@code preset} when the field is absent, which is a problem if there is none. */
    public LocalDate date(String path, LocalDate preset) {
        var node = node(path);
        if (node.isMissingNode() && preset != null) {
            return preset;
        }
        try {
            if (node.isTextual()) {
                return RecordDates.parse(node.asText());
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        problems.add(new Problem(path, "required: " + RecordDates.RULE + ", such as 2026-10-06" + got(node)));
        return preset == null ? LocalDate.EPOCH : preset;
    }

    /** A whole number (required). Whether it is in range is for the domain's rules to say. */
    public int number(String path) {
        var node = node(path);
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            return node.asInt();
        }
        problems.add(new Problem(path, "required: a whole number" + got(node)));
        return 0;
    }

    /** true or false; {@code preset} when the field is absent. */
    public boolean flag(String path, boolean preset) {
        var node = node(path);
        if (node.isMissingNode() || node.isBoolean()) {
            return node.asBoolean(preset);
        }
        problems.add(new Problem(path, "must be true or false" + got(node)));
        return preset;
    }

    /** Text, or {@code preset} when the field is absent. */
    public String text(String path, String preset) {
        var node = node(path);
        if (node.isMissingNode() && preset != null) {
            return preset;
        }
        if (node.isTextual()) {
            return node.asText();
        }
        problems.add(new Problem(path, "required: text" + got(node)));
        return "";
    }

    /** One of the allowed words (required); a stand-in, the first allowed, when it is not. */
    public String oneOf(String path, List<String> allowed) {
        var node = node(path);
        if (node.isTextual() && allowed.contains(node.asText())) {
            return node.asText();
        }
        problems.add(new Problem(path, "required: one of " + String.join(", ", allowed) + got(node)));
        return allowed.get(0);
    }

    /** A list of texts (whole numbers are taken as written); absent means none. */
    public List<String> texts(String path) {
        var node = node(path);
        if (node.isMissingNode()) {
            return List.of();
        }
        if (!node.isArray()) {
            problems.add(new Problem(path, "must be a list" + got(node)));
            return List.of();
        }
        var texts = new ArrayList<String>();
        for (int i = 0; i < node.size(); i++) {
            var item = node.get(i);
            if (item.isTextual() || item.isIntegralNumber()) {
                texts.add(item.asText());
            } else {
                problems.add(new Problem(path + "[" + i + "]", "must be text" + got(item)));
            }
        }
        return texts;
    }

    /** The node at a path such as {@code feedback.worked} or {@code areas[0].minutes}, or a missing node. */
    public JsonNode node(String path) {
        JsonNode node = root;
        for (var step : path.split("\\.")) {
            var index = step.indexOf('[');
            node = node.isObject() ? node.path(index < 0 ? step : step.substring(0, index)) : MissingNode.getInstance();
            if (index >= 0) {
                node = node.path(Integer.parseInt(step.substring(index + 1, step.length() - 1)));
            }
        }
        return node;
    }

    private static String got(JsonNode node) {
        return node.isMissingNode() ? "" : " (got " + node + ")";
    }
}
