package org.backcare.storage;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
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
    /** The migrations this Backcare has, by version (one file per database for each). */
    static final List<String> VERSIONS = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11");

    private Schema() {
    }

    static void bringUpToDate(Place place) {
        if (place.existing().map(Schema::isUpToDate).orElse(false)) {
            return;
        }
        try {
            place.existing().ifPresent(look -> refuseIfNotOurs(place, look));
            flyway(place.dialect(), place.writer()).migrate();
        } catch (FlywayException e) {
            var reason = Database.cause(e, SQLException.class).map(place.dialect()::reason)
                    .orElse(e.getMessage().lines().findFirst().orElse("").strip());
            throw new StorageException("cannot open the database " + place.shown() + ": " + reason);
        }
    }

    /** Flyway takes most of a second to start; a database that is already up to date is seen with one query. */
    private static boolean isUpToDate(DataSource look) {
        try (var connection = look.getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery("select version from flyway_schema_history where success order by installed_rank")) {
            var applied = new ArrayList<String>();
            while (rows.next()) {
                applied.add(rows.getString(1));
            }
            return applied.equals(VERSIONS);
        } catch (SQLException e) {
            return false; // no history yet, or one Flyway should look at
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
