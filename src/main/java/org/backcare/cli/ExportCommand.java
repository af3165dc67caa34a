package org.backcare.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.backcare.clients.ClientId;
import org.backcare.files.KnowledgeFiles;
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
            description = "Write to this file, readable by you only (default: the terminal).")
    Path output;

    @Option(names = "--force", description = "Replace the file if it exists.")
    boolean force;

    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        var file = output == null ? null : new OutputFile("--output", output);
        if (file != null && !file.problems(force).isEmpty()) {
            throw new BadInputException("cannot write the export", file.problems(force));
        }
        var out = spec.commandLine().getOut();
        try (var db = database.openExisting()) {
            var json = new Archive(db, KnowledgeFiles.bundled().vocabulary()).export(Optional.ofNullable(id));
            if (file == null) {
                out.print(json);
            } else {
                file.write(json.getBytes(StandardCharsets.UTF_8), force);
                out.println("Exported " + (id == null ? "every client" : id.value()) + " from " + db.shown() + " to " + output + ".");
            }
        }
        out.flush();
    }
}
