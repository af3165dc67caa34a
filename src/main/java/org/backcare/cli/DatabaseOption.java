package org.backcare.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.backcare.booking.ClinicClock;
import org.backcare.intake.Problem;
import org.backcare.storage.Database;
import org.backcare.storage.DatabaseLocation;
import picocli.CommandLine.Option;

/** The {@code --db LOCATION} option every command that keeps records shares. */
final class DatabaseOption {
    @Option(names = "--db", paramLabel = "LOCATION",
            description = "The database: a file, or postgresql://user:password@host:port/database."
                    + " Default: $BACKCARE_DB, else backcare/backcare.db in $XDG_DATA_HOME (~/.local/share).")
    String location;

    /** The database, made if it is not there yet: for commands that add records. */
    Database open() {
        return Database.open(DatabaseLocation.resolve(location));
    }

    /** The database as it is: a mistyped location is refused, never made into an empty database. */
    Database openExisting() {
        var where = DatabaseLocation.find(location);
        if (!where.isBlank() && !Database.exists(where)) {
            throw new BadInputException("cannot open the database", List.of(new Problem("--db", "there is no database at "
                    + where + " (nothing was made): check --db and $" + DatabaseLocation.ENVIRONMENT_VARIABLE
                    + "; 'backcare client add' or 'backcare import' starts a new one")));
        }
        return Database.open(where);
    }

    /** Today in the clinic's time zone, or the machine's while there is no database to keep the clinic's settings. */
    LocalDate today() {
        var where = DatabaseLocation.find(location);
        if (where.isBlank() || !Database.exists(where)) {
            return LocalDate.now();
        }
        try (var db = Database.open(where)) {
            return today(db);
        }
    }

    /**
     * Today in the clinic's time zone: the day every record the commands keep is dated by. Its settings need no
     * equipment rules, so the knowledge base is not loaded again for them.
     */
    static LocalDate today(Database db) {
        return LocalDate.now(ClinicClock.of(db.appointments(Map.of()), Clock.systemUTC()));
    }
}
