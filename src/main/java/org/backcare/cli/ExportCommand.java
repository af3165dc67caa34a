package org.backcare.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import org.backcare.clients.ClientId;
import org.backcare.files.KnowledgeFiles;
import org.backcare.intake.Problem;
import org.backcare.storage.Archive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write every client (or one) with their whole history, and the audit log, as JSON.")
final class ExportCommand implements Runnable {
    @Parameters(paramLabel = "ID", arity = "0..1", converter = ClientIdConverter.class,
            description = "Only this client, such as asha-rao (default: everyone).")
    ClientId id;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to this file, which must not exist yet (default: the terminal).")
    Path output;

    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        if (output != null && Files.exists(output)) {
            throw new BadInputException("will not overwrite", List.of(new Problem("--output",
                    output + " already exists; choose another file")));
        }
        var out = spec.commandLine().getOut();
        try (var db = database.openExisting()) {
            var json = new Archive(db, KnowledgeFiles.bundled().vocabulary()).export(Optional.ofNullable(id));
            if (output == null) {
                out.print(json);
            } else {
                Files.writeString(output, json, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
                out.println("Exported " + (id == null ? "every client" : id.value()) + " from " + db.shown() + " to " + output + ".");
            }
        } catch (IOException e) {
            throw new BadInputException("cannot write the export", List.of(new Problem("--output", output + ": " + e.getMessage())));
        }
        out.flush();
    }
}
