package org.backcare.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;
import org.sqlite.Function;
import org.sqlite.SQLiteException;

/** What differs between the two databases: how dates are kept, how writers take turns, lower case, what errors mean. */
enum Dialect {
    SQLITE("sqlite") {
        private static final Pattern FAILED_CONSTRAINT = Pattern.compile("constraint failed: ([\\w.]+)");

        @Override
        Object date(LocalDate date) {
            return date.toString();
        }

        @Override
        LocalDate date(ResultSet row, String column) throws SQLException {
            return LocalDate.parse(row.getString(column));
        }

        @Override
        Object time(Instant time) {
            return time.toString();
        }

        @Override
        Instant time(ResultSet row, String column) throws SQLException {
            return Instant.parse(row.getString(column));
        }

        /** Text that sorts as the times do: always to the minute. */
        @Override
        Object local(LocalDateTime time) {
            return time.format(MINUTES);
        }

        @Override
        LocalDateTime local(ResultSet row, String column) throws SQLException {
            return LocalDateTime.parse(row.getString(column));
        }

        /** SQLite's own lower() changes only A to Z. */
        @Override
        void prepare(Connection connection) throws SQLException {
            Function.create(connection, "casefold", new Function() {
                @Override
                protected void xFunc() throws SQLException {
                    var text = value_text(0);
                    result(text == null ? null : text.toLowerCase(Locale.ROOT));
                }
            }, 1, Function.FLAG_DETERMINISTIC);
        }

        @Override
        String caseFolded(String column) {
            return "casefold(" + column + ")";
        }

        @Override
        String lockingTheTable(String table) {
            return ""; // every write transaction begins IMMEDIATE: it holds the database's write lock already
        }

        @Override
        String skippingLockedRows() {
            return ""; // every write transaction begins IMMEDIATE: no one else is writing
        }

        @Override
        String reason(SQLException e) {
            if (!(e instanceof SQLiteException sqlite)) {
                return e.getClass().getSimpleName();
            }
            return switch (sqlite.getResultCode().code & 0xff) {
                case 5, 6 -> "another program kept the database busy for more than "
                        + Database.BUSY_TIMEOUT.toSeconds() + " seconds; try again";
                case 8 -> "the database file is read-only";
                case 10 -> "the disk reported an input/output error";
                case 11 -> "the database file is damaged; restore it from a backup";
                case 13 -> "the disk is full";
                case 14 -> "the file cannot be opened (does its folder exist, and may you write there?)";
                case 19 -> refusal(FAILED_CONSTRAINT.matcher(e.getMessage()).results().map(m -> m.group(1))
                        .findFirst().orElse(""));
                case 26 -> "it is not a database file";
                default -> "SQLite reported " + sqlite.getResultCode().name();
            };
        }
    },
    POSTGRESQL("postgresql") {
        @Override
        Object date(LocalDate date) {
            return date;
        }

        @Override
        LocalDate date(ResultSet row, String column) throws SQLException {
            return row.getObject(column, LocalDate.class);
        }

        @Override
        Object time(Instant time) {
            return OffsetDateTime.ofInstant(time, ZoneOffset.UTC);
        }

        @Override
        Instant time(ResultSet row, String column) throws SQLException {
            return row.getObject(column, OffsetDateTime.class).toInstant();
        }

        @Override
        Object local(LocalDateTime time) {
            return time;
        }

        @Override
        LocalDateTime local(ResultSet row, String column) throws SQLException {
            return row.getObject(column, LocalDateTime.class);
        }

        @Override
        void prepare(Connection connection) {
            // nothing to add: lower() follows the database's character type (LC_CTYPE)
        }

        @Override
        String caseFolded(String column) {
            return "lower(" + column + ")";
        }

        @Override
        String lockingTheTable(String table) {
            return "lock table " + table + " in share row exclusive mode"; // conflicts with itself and with inserts
        }

        @Override
        String skippingLockedRows() {
            return " for update skip locked";
        }

        @Override
        String reason(SQLException e) {
            var state = e.getSQLState() == null ? "" : e.getSQLState();
            if (state.startsWith("23")) {
                var server = e instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
                return refusal(server == null || server.getConstraint() == null ? "" : server.getConstraint());
            }
            if (state.startsWith("08")) {
                return "cannot reach the PostgreSQL server (is it running, and are the host and port right?)";
            }
            if (state.startsWith("28")) {
                return "the server refused the user name or password";
            }
            return switch (state) {
                case "3D000" -> "there is no such database on the server";
                case "53100" -> "the server's disk is full";
                case "40001", "40P01" -> "another writer got in the way; try again";
                case "57P01", "57P02", "57P03" -> "the server is shutting down or starting up; try again";
                default -> "PostgreSQL reported error " + (state.isEmpty() ? e.getClass().getSimpleName() : state);
            };
        }
    };

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /** Where this database's migrations live: the same tables, each in the database's own types. */
    String migrations() {
        return "classpath:db/migration/" + folder;
    }

    /** A date as this database binds it. */
    abstract Object date(LocalDate date);

    abstract LocalDate date(ResultSet row, String column) throws SQLException;

    /** A point in time as this database binds it. */
    abstract Object time(Instant time);

    abstract Instant time(ResultSet row, String column) throws SQLException;

    /** A date and time on a clock (the clinic's), without its zone, as this database binds it. */
    abstract Object local(LocalDateTime time);

    abstract LocalDateTime local(ResultSet row, String column) throws SQLException;

    /** Sets up a new connection: functions the SQL below relies on. */
    abstract void prepare(Connection connection) throws SQLException;

    /** The column in lower case, letters beyond A to Z included, to compare with text lower-cased by Java. */
    abstract String caseFolded(String column);

    /**
     * A statement that makes writers of the table take turns until the transaction ends, so that a check for rows
     * followed by an insert cannot interleave with another; empty when the transaction holds such a lock already.
     */
    abstract String lockingTheTable(String table);

    /** Ends a select of rows to change: locks them, leaving rows another transaction holds to others. */
    abstract String skippingLockedRows();

    /** Why the database said no, in a person's words: never the driver's text. */
    abstract String reason(SQLException e);

    /** A constraint's name reads as the rule it keeps, for example {@code pain_before_0_to_10}. */
    private static String refusal(String constraint) {
        return constraint.isEmpty() ? "the database refused a value (a missing record or a duplicate)"
                : "the database refused a value (rule: " + constraint.replace('_', ' ') + ")";
    }
}
