package org.backcare.files;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A value of an intake with the path that names it in problems, such as {@code complaints[0].pain}: the field's
 * {@code name} or the list item's {@code index} under its {@code parent}. The path is spelled out only when a problem
 * names it: every request to the API reads an intake, and most have no problem.
 */
record At(At parent, String name, int index, JsonNode value) {

    static At root(JsonNode value) {
        return new At(null, null, -1, value);
    }

    At field(String name) {
        return new At(this, name, -1, value.get(name));
    }

    List<At> items() {
        var items = new ArrayList<At>(value.size());
        for (int i = 0; i < value.size(); i++) {
            items.add(new At(this, null, i, value.get(i)));
        }
        return items;
    }

    /** The same place holding {@code other} instead. */
    At holding(JsonNode other) {
        return new At(parent, name, index, other);
    }

    String path() {
        if (parent == null) {
            return "";
        }
        var above = parent.path();
        if (name == null) {
            return above + "[" + index + "]";
        }
        return above.isEmpty() ? name : above + "." + name;
    }

    /** Left out, or written without a value ({@code age:} or {@code age: null}). */
    boolean absent() {
        return value == null || value.isNull() || value.isMissingNode();
    }

    /** The value as a problem message quotes it: scalars as written, lists and maps by their kind. */
    String described() {
        if (absent()) {
            return "nothing";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isObject()) {
            return "a map";
        }
        return value.isTextual() ? quoted(value.textValue()) : value.asText();
    }

    /** Quotes text for a message, shortened so that a long slip does not flood it. */
    static String quoted(String text) {
        return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
    }
}
