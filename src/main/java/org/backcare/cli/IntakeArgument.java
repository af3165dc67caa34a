package org.backcare.cli;

import java.nio.file.Path;
import org.backcare.files.IntakeFile;
import org.backcare.intake.Intake;
import org.backcare.intake.Vocabulary;
import org.backcare.wording.Counted;
import picocli.CommandLine.Parameters;

/** The intake file a command reads. */
final class IntakeArgument {
    @Parameters(index = "0", paramLabel = "INTAKE", description = "The intake file (YAML or JSON).")
    Path file;

    Intake read(Vocabulary vocabulary) {
        return read(file, vocabulary);
    }

    static Intake read(Path file, Vocabulary vocabulary) {
        var result = IntakeFile.read(file, vocabulary);
        if (!result.ok()) {
            throw new BadInputException(
                    "the intake " + file + " has " + Counted.of(result.problems().size(), "problem"),
                    result.problems());
        }
        return result.intake();
    }
}
