package org.backcare.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Questionnaire wording files as a clinic would supply them, with made-up words in place of the licensed texts
 * (which must not be in this repository): "ODI 3 question", "ODI 3 answer 0" ... "ODI 3 answer 5".
 */
public final class ClinicWordingFiles {
    private ClinicWordingFiles() {
    }

    /** The ODI, RMDQ and STarT Back, every item worded, with instructions and the ODI's notice. */
    public static String licensedInstruments() {
        return "odi:\n  instructions: The clinic's ODI instructions\n  notice: ODI notice from the clinic's licence\n"
                + items("odi", 10, true)
                + "rmdq:\n  instructions: The clinic's RMDQ instructions\n" + items("rmdq", 24, false)
                + "start-back:\n" + items("start-back", 9, false);
    }

    /** One instrument's items, 1 to {@code count}: {@code items:} and each item's question (and answers). */
    public static String items(String id, int count, boolean withAnswers) {
        return "  items:\n" + IntStream.rangeClosed(1, count).mapToObj(n -> item(id, n, withAnswers ? 6 : 0))
                .collect(Collectors.joining());
    }

    /** One item, with this many answer statements. */
    public static String item(String id, int n, int answers) {
        var name = id.toUpperCase(Locale.ROOT) + " " + n;
        return "    " + n + ":\n      question: " + name + " question\n" + (answers == 0 ? ""
                : "      answers:\n" + IntStream.range(0, answers).mapToObj(a -> "        - " + name + " answer " + a + "\n")
                        .collect(Collectors.joining()));
    }

    public static Path write(String yaml) {
        try {
            var file = Files.createTempFile("questionnaire-texts", ".yaml");
            Files.writeString(file, yaml);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
