package org.backcare.files;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Says where and why text is not valid YAML or JSON, in words for the person who wrote it. */
public final class SyntaxError {
    private SyntaxError() {
    }

    public static String describe(JacksonException e, String format) {
        // SnakeYAML, which Jackson reads YAML with, marks exactly where the problem is.
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            var mark = yaml.getProblemMark();
            return format + " syntax error at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1)
                    + ": " + yaml.getProblem();
        }
        var message = e.getOriginalMessage().lines().findFirst().orElse("");
        if (message.startsWith("Duplicate field")) {
            return "duplicate key" + message.substring("Duplicate field".length()) + place(e.getLocation())
                    + ": each key may appear only once";
        }
        if (message.startsWith("Expected a field name")) { // the rest of it names a parser class
            message = "a key must be a plain name, not a list or a map";
        }
        return format + " syntax error" + place(e.getLocation()) + ": " + message;
    }

    private static String place(JsonLocation location) {
        return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
