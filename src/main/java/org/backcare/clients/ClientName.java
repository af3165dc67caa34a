package org.backcare.clients;

import java.util.Optional;

/**
 * What a client's name may be, alike on the command line, in forms and in the API: one line of at most
 * {@value #MAX_LENGTH} characters, without control characters or the invisible marks that reverse how text is shown
 * (U+202E and its kin), which would make one client's name pass for another's.
 */
public final class ClientName {
    public static final int MAX_LENGTH = 200;

    private ClientName() {
    }

    /** Why the name cannot be kept, or empty when it can (kept stripped of surrounding spaces). */
    public static Optional<String> problem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("required: the client's name, for example Asha Rao");
        }
        var kept = name.strip();
        if (kept.length() > MAX_LENGTH) {
            return Optional.of("at most " + MAX_LENGTH + " characters (this one has " + kept.length() + ")");
        }
        return kept.codePoints().filter(ClientName::hidden).boxed().findFirst()
                .map(c -> "must be one line of plain text: it contains U+" + String.format("%04X", c)
                        + (Character.isISOControl(c) ? ", a control character" : ", a mark that changes the text's direction"));
    }

    private static boolean hidden(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
