package org.backcare.files;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backcare.clients.RecordDates;
import org.backcare.intake.Problem;

/**
 * The checks each value of an intake goes through. Every problem is noted, not thrown, so that all of them
 * can be reported at once; a value with a problem reads as a stand-in that is never used.
 */
final class Checks {
    private final List<Problem> problems = new ArrayList<>();

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    void problem(At at, String message) {
        problems.add(new Problem(at.path(), message));
    }

    /** A map with only the allowed fields; left out, it reads as an empty map. */
    Optional<At> map(At at, List<String> fields) {
        if (at.absent()) {
            return Optional.of(at.holding(JsonNodeFactory.instance.objectNode()));
        }
        if (!at.value().isObject()) {
            problem(at, "must be a map with " + String.join(", ", fields) + " (got " + at.described() + ")");
            return Optional.empty();
        }
        at.value().fieldNames().forEachRemaining(name -> {
            if (!fields.contains(name)) {
                problem(at.field(name), unknown("field", name, fields));
            }
        });
        return Optional.of(at);
    }

    /** The items of a list; left out, there are none. */
    List<At> list(At at, String of) {
        if (at.absent()) {
            return List.of();
        }
        if (!at.value().isArray()) {
            problem(at, "must be a list of " + of + " (got " + at.described() + ")");
            return List.of();
        }
        return at.items();
    }

    int wholeNumber(At at, int min, int max) {
        if (at.absent()) {
            problem(at, "required: " + wholeNumberFrom(min, max));
        } else if (!at.value().isIntegralNumber() || !at.value().canConvertToInt() || at.value().intValue() < min
                || at.value().intValue() > max) {
            problem(at, "must be " + wholeNumberFrom(min, max) + " (got " + at.described() + ")");
        } else {
            return at.value().intValue();
        }
        return min;
    }

    private static String wholeNumberFrom(int min, int max) {
        return "a whole number from " + min + " to " + max;
    }

    boolean yesNo(At at, boolean fallback) {
        if (at.absent()) {
            return fallback;
        }
        if (!at.value().isBoolean()) {
            problem(at, "must be true or false (got " + at.described() + ")");
            return fallback;
        }
        return at.value().booleanValue();
    }

    /** One line of text that is not blank. */
    String text(At at, String fallback) {
        if (at.absent()) {
            return fallback;
        }
        if (!at.value().isTextual() || at.value().textValue().isBlank() || hasControls(at.value().textValue())) {
            problem(at, "must be one line of text (got " + at.described() + ")");
            return fallback;
        }
        return at.value().textValue();
    }

    /** One line of text that must be there. */
    String requiredText(At at, String what) {
        if (at.absent()) {
            problem(at, "required: " + what);
            return "";
        }
        return text(at, "");
    }

    /** A required date, written YYYY-MM-DD within the years a record may fall on; null when it is not one. */
    LocalDate requiredDate(At at) {
        if (at.absent()) {
            problem(at, "required: " + RecordDates.RULE);
            return null;
        }
        return date(at).orElse(null);
    }

    /** An optional date, written YYYY-MM-DD within the years a record may fall on. */
    Optional<LocalDate> date(At at) {
        if (at.absent()) {
            return Optional.empty();
        }
        try {
            if (at.value().isTextual()) {
                return Optional.of(RecordDates.parse(at.value().textValue()));
            }
        } catch (DateTimeParseException e) {
            // reported below, as any other value that is not a date
        }
        problem(at, "must be " + RecordDates.RULE + " (got " + at.described() + ")");
        return Optional.empty();
    }

    Optional<String> requiredId(At at, String kind, List<String> allowed) {
        if (at.absent()) {
            problem(at, "required: one of " + String.join(", ", allowed));
        }
        return id(at, kind, allowed);
    }

    Optional<String> id(At at, String kind, List<String> allowed) {
        if (at.absent()) {
            return Optional.empty();
        }
        if (!at.value().isTextual()) {
            problem(at, "must be a " + kind + ", one of " + String.join(", ", allowed) + " (got " + at.described() + ")");
        } else if (!allowed.contains(at.value().textValue())) {
            problem(at, unknown(kind, at.value().textValue(), allowed));
        } else {
            return Optional.of(at.value().textValue());
        }
        return Optional.empty();
    }

    private static boolean hasControls(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Known ids in the order written, each once. */
    List<String> ids(At at, String kind, List<String> allowed) {
        var ids = new ArrayList<String>();
        for (var item : list(at, kind + " ids")) {
            requiredId(item, kind, allowed).filter(id -> !ids.contains(id)).ifPresent(ids::add);
        }
        return List.copyOf(ids);
    }

    private static String unknown(String kind, String name, List<String> allowed) {
        var allowedNames = String.join(", ", allowed);
        return "unknown " + kind + " " + At.quoted(name) + Spelling.closest(name, allowed)
                .map(guess -> " — did you mean '" + guess + "'? Allowed: " + allowedNames)
                .orElse(" — allowed: " + allowedNames);
    }
}
