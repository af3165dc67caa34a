package org.backcare.cli;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a typed answer stands for in an intake: a number, yes or no, a list of ids, or text. Anything else is
 * kept as typed, for the intake's checks to refuse with their reason. A blank answer is no answer.
 */
final class Answer {
    private Answer() {
    }

    static Object text(String line) {
        return line.isBlank() ? null : line.strip();
    }

    /** A number as typed, whole or not, so that a fraction is refused as a number, the way a file's is. */
    static Object number(String line) {
        var typed = line.strip();
        if (typed.matches("-?\\d+")) {
            return new BigInteger(typed);
        }
        return typed.matches("-?\\d*\\.\\d+") ? new BigDecimal(typed) : text(line);
    }

    static Object yesNo(String line) {
        return switch (line.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true" -> true;
            case "no", "n", "false" -> false;
            default -> text(line);
        };
    }

    /** Comma-separated ids; none when blank. */
    static List<String> ids(String line) {
        return Arrays.stream(line.split(",")).map(String::strip).filter(id -> !id.isEmpty()).toList();
    }
}
