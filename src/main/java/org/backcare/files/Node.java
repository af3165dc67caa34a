package org.backcare.files;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.backcare.intake.Problem;

/**
 * A place in a parsed YAML or JSON document, with its path, that reads typed values and records a
 * {@link Problem} for anything missing or of the wrong type instead of throwing.
 */
final class Node {
    private final JsonNode json;
    private final String path;
    private final List<Problem> problems;

    Node(JsonNode json, String path, List<Problem> problems) {
        this.json = json;
        this.path = path;
        this.problems = problems;
    }

    String path() {
        return path;
    }

    boolean has(String key) {
        return json.hasNonNull(key);
    }

    /** Records a problem for every key that is not one of these. */
    void allowOnly(String... keys) {
        var allowed = Arrays.asList(keys);
        json.fieldNames().forEachRemaining(k -> {
            if (!allowed.contains(k)) {
                problem(at(k), "unknown field '" + k + "'; allowed: " + String.join(", ", allowed));
            }
        });
    }

    String text(String key) {
        var value = json.get(key);
        if (value == null || value.isNull()) {
            problem(at(key), "required");
            return "";
        }
        if (!value.isValueNode() || value.isBoolean()) {
            problem(at(key), "must be text");
            return "";
        }
        return value.asText();
    }

    String optionalText(String key) {
        return has(key) ? text(key) : null;
    }

    int integer(String key, int fallback) {
        var value = json.get(key);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            problem(at(key), "must be a whole number");
            return fallback;
        }
        return value.intValue();
    }

    boolean bool(String key, boolean fallback) {
        var value = json.get(key);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            problem(at(key), "must be true or false");
            return fallback;
        }
        return value.booleanValue();
    }

    List<String> texts(String key) {
        var items = new ArrayList<String>();
        for (var item : list(key)) {
            if (item.json.isValueNode() && !item.json.isBoolean()) {
                items.add(item.json.asText());
            } else {
                problem(item.path, "must be text");
            }
        }
        return items;
    }

    /** The items of a list; a missing list is empty. */
    List<Node> list(String key) {
        var value = json.get(key);
        var items = new ArrayList<Node>();
        if (value == null || value.isNull()) {
            return items;
        }
        if (!value.isArray()) {
            problem(at(key), "must be a list");
            return items;
        }
        for (int i = 0; i < value.size(); i++) {
            items.add(new Node(value.get(i), at(key) + "[" + i + "]", problems));
        }
        return items;
    }

    Optional<Node> object(String key) {
        var value = json.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            problem(at(key), "must be a map of fields");
            return Optional.empty();
        }
        return Optional.of(new Node(value, at(key), problems));
    }

    /** The value at this key as it is, whatever its type. */
    Optional<Node> get(String key) {
        var value = json.get(key);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(new Node(value, at(key), problems));
    }

    /** The keys of this map, in the file's order. */
    List<String> keys() {
        var keys = new ArrayList<String>();
        json.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** The value at this key, its problems named by {@code path} (such as {@code odi item 3:}). */
    Node named(String key, String path) {
        return new Node(json.path(key), path, problems);
    }

    boolean isObject() {
        return json.isObject();
    }

    boolean isArray() {
        return json.isArray();
    }

    /** This node's items when it is a list, or itself alone when it is a single map. */
    List<Node> oneOrMany() {
        if (!json.isArray()) {
            return List.of(this);
        }
        var items = new ArrayList<Node>();
        for (int i = 0; i < json.size(); i++) {
            items.add(new Node(json.get(i), path + "[" + i + "]", problems));
        }
        return items;
    }

    <E> E choice(String key, Function<String, Optional<E>> byId, List<String> allowed, E fallback) {
        if (!has(key)) {
            if (fallback == null) {
                problem(at(key), "required: one of " + String.join(", ", allowed));
            }
            return fallback;
        }
        var id = text(key);
        return byId.apply(id).orElseGet(() -> {
            problem(at(key), "unknown value '" + id + "'; allowed: " + String.join(", ", allowed));
            return fallback;
        });
    }

    void problem(String where, String message) {
        problems.add(new Problem(where, message));
    }

    private String at(String key) {
        return path.isEmpty() ? key : path.endsWith(":") ? path + " " + key : path + "." + key;
    }
}
