package org.backcare.scheduling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.backcare.files.IntakeFile;
import org.backcare.files.KnowledgeFiles;
import org.backcare.intake.Intake;

/** The example intakes as kinds of client for the generated clinics. */
public final class Examples {
    private Examples() {}

    public static List<Intake> intakes() {
        var knowledge = KnowledgeFiles.bundled();
        try (var files = Files.list(Path.of("examples"))) {
            return files.sorted().map(f -> IntakeFile.read(f, knowledge.vocabulary()).intake()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ClinicGenerator generator() {
        return new ClinicGenerator(intakes(), KnowledgeFiles.bundled());
    }
}
