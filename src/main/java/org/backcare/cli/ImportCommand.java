package org.backcare.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.backcare.clients.ClientId;
import org.backcare.files.KnowledgeFiles;
import org.backcare.intake.Problem;
import org.backcare.storage.Archive;
import org.backcare.wording.Counted;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Read an export back, all of it or nothing. A client already on file is never overwritten.")
final class ImportCommand implements Runnable {
    @Parameters(paramLabel = "FILE", description = "A file written by 'backcare export'.")
    Path file;

    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        var json = read();
        try (var db = database.open()) {
            var imported = new Archive(db, KnowledgeFiles.bundled().vocabulary()).importJson(json, file.toString());
            spec.commandLine().getOut().printf("Imported %s (%s), %s and %d audit entr%s from %s into %s.%n",
                    Counted.of(imported.clients().size(), "client"),
                    String.join(", ", imported.clients().stream().map(ClientId::value).toList()),
                    Counted.of(imported.sessions(), "session"), imported.auditEntries(),
                    imported.auditEntries() == 1 ? "y" : "ies", file, db.shown());
        }
    }

    private String read() {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw problem("no such file");
        } catch (CharacterCodingException e) {
            throw problem("not UTF-8 text, so not a Backcare export");
        } catch (IOException e) {
            throw problem(Files.isDirectory(file) ? "a folder, not an export" : e.getMessage());
        }
    }

    private BadInputException problem(String what) {
        return new BadInputException("cannot import", List.of(new Problem("FILE", file + ": " + what)));
    }
}
