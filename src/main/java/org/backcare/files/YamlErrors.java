package org.backcare.files;

import com.fasterxml.jackson.core.JacksonException;

/** Turns a parser's exception into a sentence for a person: what went wrong and where, without class names. */
final class YamlErrors {
    private YamlErrors() {}

    static String describe(JacksonException e) {
        var where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        var message = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage();
        int cut = message.indexOf("\n at [Source");
        if (cut >= 0) {
            message = message.substring(0, cut);
        }
        return "not valid YAML or JSON" + where + ": " + firstLine(message);
    }

    private static String firstLine(String text) {
        var trimmed = text.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline);
    }
}
