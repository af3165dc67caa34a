package org.backcare.cli;

import java.util.List;
import org.backcare.intake.Problem;

/** The {@code --format} of a command that answers as text or as its JSON contract. */
final class TextOrJson {
    private TextOrJson() {
    }

    /**
     * Whether {@code format} asks for JSON; anything but text or json is refused, {@code refused} saying what failed.
     */
    static boolean json(String format, String refused) {
        if (!format.equals("text") && !format.equals("json")) {
            throw new BadInputException(refused,
                    List.of(new Problem("--format", "'" + format + "': use text or json")));
        }
        return format.equals("json");
    }
}
