package org.backcare.files;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.IntStream;

/** A value of an intake with the path that names it in problems, such as {@code complaints[0].pain}. */
record At(String path, JsonNode value) {

    At field(String name) {
        return new At(path.isEmpty() ? name : path + "." + name, value.get(name));
    }

    List<At> items() {
        return IntStream.range(0, value.size()).mapToObj(i -> new At(path + "[" + i + "]", value.get(i))).toList();
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
