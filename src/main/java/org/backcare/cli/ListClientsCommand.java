package org.backcare.cli;

import org.backcare.files.KnowledgeFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "list", mixinStandardHelpOptions = true, description = "List the clients on file.")
final class ListClientsCommand implements Runnable {
    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        var out = spec.commandLine().getOut();
        try (var db = database.openExisting()) {
            var clients = db.clientBook(KnowledgeFiles.bundled().vocabulary()).clients();
            if (clients.isEmpty()) {
                out.println("No clients on file in " + db.shown() + ". Add one with: backcare client add --name NAME"
                        + " --intake FILE --consent");
                return;
            }
            int width = clients.stream().mapToInt(c -> c.id().value().length()).max().orElse(2);
            out.printf("%-" + width + "s  %-10s  %s%n", "ID", "CONSENT", "NAME");
            clients.forEach(c -> out.printf("%-" + width + "s  %-10s  %s%n", c.id(), c.consentGiven(), c.name()));
        }
        out.flush();
    }
}
