package org.backcare.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Copy the database file, consistently, even while others are writing to it."
                + " A PostgreSQL database is backed up with pg_dump instead.")
final class BackupCommand implements Runnable {
    @Parameters(paramLabel = "FILE", description = "Where to put the copy; the file must not exist yet.")
    Path target;

    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        try (var db = database.openExisting()) {
            db.backup(target);
            spec.commandLine().getOut().println("Backed up " + db.shown() + " to " + target + ".");
        }
    }
}
