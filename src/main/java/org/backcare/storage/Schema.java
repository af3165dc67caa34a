package org.backcare.storage;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The tables, brought up to date by Flyway's numbered migrations when a database is opened. What is there is looked
 * at first: tables that are not Backcare's, or a schema from a newer Backcare, are refused before anything is written.
 */
final class Schema {
    private Schema() {
    }

    static void bringUpToDate(Place place) {
        try {
            place.existing().ifPresent(look -> refuseIfNotOurs(place, look));
            flyway(place.dialect(), place.writer()).migrate();
        } catch (FlywayException e) {
            var reason = Database.cause(e, SQLException.class).map(place.dialect()::reason)
                    .orElse(e.getMessage().lines().findFirst().orElse("").strip());
            throw new StorageException("cannot open the database " + place.shown() + ": " + reason);
        }
    }

    private static void refuseIfNotOurs(Place place, DataSource look) {
        var info = flyway(place.dialect(), look).info();
        if (info.applied().length == 0 && hasTables(place, look)) {
            throw new StorageException(place.shown() + " holds tables that are not Backcare's: give Backcare a new file"
                    + " or an empty database. Nothing was changed.");
        }
        var newer = Arrays.stream(info.applied())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .map(MigrationInfo::getVersion).max(Comparator.naturalOrder());
        if (newer.isPresent()) {
            var known = Arrays.stream(info.all()).filter(m -> m.getState().isResolved()).map(MigrationInfo::getVersion)
                    .max(Comparator.naturalOrder()).map(MigrationVersion::getVersion).orElse("none");
            throw new StorageException(place.shown() + " was written by a newer Backcare (database version "
                    + newer.get().getVersion() + "; this Backcare knows versions up to " + known
                    + "). Update Backcare to open it. Nothing was changed.");
        }
    }

    private static boolean hasTables(Place place, DataSource look) {
        try (var connection = look.getConnection();
                var tables = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            return tables.next();
        } catch (SQLException e) {
            throw new StorageException("cannot open the database " + place.shown() + ": " + place.dialect().reason(e));
        }
    }

    private static Flyway flyway(Dialect dialect, DataSource source) {
        return Flyway.configure().dataSource(source).locations(dialect.migrations()).failOnMissingLocations(true)
                .loggers("slf4j").load();
    }
}
