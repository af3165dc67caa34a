package org.backcare.cli;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.backcare.clients.ClientId;
import org.backcare.clients.UnknownClientException;
import org.backcare.files.KnowledgeFiles;
import org.backcare.intake.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "forget", mixinStandardHelpOptions = true,
        description = "Delete a client and everything about them (the right to erasure). The audit log keeps when,"
                + " by whom, and an opaque reference: no name, no health data.")
final class ForgetClientCommand implements Runnable {
    @Parameters(paramLabel = "ID", converter = ClientIdConverter.class, description = "The client's id, such as asha-rao.")
    ClientId id;

    @Option(names = "--by", required = true, paramLabel = "NAME", description = "Who asks for it, for the audit log.")
    String by;

    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        if (by.isBlank()) {
            throw new BadInputException("cannot forget the client",
                    List.of(new Problem("--by", "must name who asks for it, for the audit log")));
        }
        try (var db = database.openExisting()) {
            var book = db.clientBook(KnowledgeFiles.bundled().vocabulary());
            var reference = book.reference(id).orElseThrow(() -> new UnknownClientException(id));
            var at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            book.forget(id, by.strip(), at);
            spec.commandLine().getOut().printf("Forgot %s: their record and everything about them is deleted from %s.%n"
                    + "The audit log keeps: %s, forget, by %s, reference %s.%n"
                    + "Backups and exports made before today still hold their data.%n", id, db.shown(), at, by.strip(), reference);
        }
    }
}
