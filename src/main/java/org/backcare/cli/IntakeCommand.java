package org.backcare.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.backcare.files.IntakeFile;
import org.backcare.intake.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "intake", mixinStandardHelpOptions = true,
        description = "Ask the intake questions in the terminal and write the intake file.")
final class IntakeCommand implements Runnable {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
            description = "Where to write the intake (YAML). An existing file is not overwritten without --force.")
    Path output;

    @Option(names = "--force", description = "Overwrite the output file if it exists.")
    boolean force;

    @Mixin
    KnowledgeOption knowledge;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        if (Files.exists(output) && !force) {
            throw new BadInputException("will not overwrite", List.of(new Problem("--output",
                    output + " already exists; choose another file or add --force")));
        }
        var kb = knowledge.load();
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try {
            var intake = new IntakeInterview(in, spec.commandLine().getOut(), kb.vocabulary()).run();
            var options = force ? new StandardOpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE} : new StandardOpenOption[] {StandardOpenOption.CREATE_NEW};
            Files.writeString(output, IntakeFile.toYaml(intake), StandardCharsets.UTF_8, options);
            spec.commandLine().getOut().println("Wrote " + output + ". Next: backcare plan " + output);
        } catch (IntakeInterview.Aborted e) {
            spec.commandLine().getOut().println();
            throw new BadInputException("the intake was not finished", List.of(new Problem("",
                    e.getMessage() + "; nothing was written")));
        } catch (IOException e) {
            throw new BadInputException("cannot write the intake", List.of(new Problem("--output",
                    output + ": " + e.getMessage())));
        }
    }
}
