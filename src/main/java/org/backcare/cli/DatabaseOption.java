package org.backcare.cli;

import org.backcare.storage.Database;
import org.backcare.storage.DatabaseLocation;
import picocli.CommandLine.Option;

/** The {@code --db LOCATION} option every command that keeps records shares. */
final class DatabaseOption {
    @Option(names = "--db", paramLabel = "LOCATION",
            description = "The database: a file, or postgresql://user:password@host:port/database."
                    + " Default: $BACKCARE_DB, else backcare/backcare.db in $XDG_DATA_HOME (~/.local/share).")
    String location;

    Database open() {
        return Database.open(DatabaseLocation.resolve(location));
    }
}
