package org.backcare.files;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
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
        if (e instanceof StreamConstraintsException limit) {
            return format + " too large to read: " + limitExceeded(limit.getOriginalMessage());
        }
        var message = plain(e.getOriginalMessage().lines().findFirst().orElse(""));
        if (message.startsWith("Duplicate field")) {
            return "duplicate key" + message.substring("Duplicate field".length()) + place(e.getLocation())
                    + ": each key may appear only once";
        }
        if (message.startsWith("Trailing token")) {
            return "more than one document" + place(e.getLocation()) + ": write one per file";
        }
        if (message.startsWith("Expected a field name")) { // the rest of it names a parser class
            message = "a key must be a plain name, not a list or a map";
        }
        return format + " syntax error" + place(e.getLocation()) + ": " + message;
    }

    /** Jackson's words without its internals: class names, character codes, settings. */
    private static String plain(String message) {
        return message.replaceAll(" \\(code -?\\d+\\)", "")
                .replaceAll("\\(start marker at \\[Source: [^;]*; line: (\\d+), column: (\\d+)\\]\\)",
                        "(opened at line $1, column $2)")
                .replaceAll(" ?\\[Source: [^\\]]*\\]", "")
                .replaceAll(" ?\\(`[A-Za-z.]+`[^)]*\\)", "");
    }

    private static String limitExceeded(String message) {
        if (message.contains("nesting depth")) {
            return "lists and maps nested more than " + StreamReadConstraints.DEFAULT_MAX_DEPTH + " levels deep";
        }
        if (message.contains("String value length")) {
            return "a text value longer than " + StreamReadConstraints.DEFAULT_MAX_STRING_LEN + " characters";
        }
        if (message.contains("Number value length")) {
            return "a number longer than " + StreamReadConstraints.DEFAULT_MAX_NUM_LEN + " digits";
        }
        return "it goes beyond what a JSON or YAML document may hold";
    }

    private static String place(JsonLocation location) {
        return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
