package org.backcare.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.backcare.intake.Vocabulary;
import org.jdbi.v3.core.HandleCallback;

/**
 * Where Backcare keeps its records: an SQLite file (the default) or a clinic's PostgreSQL database. Opening it
 * brings its tables up to date; a database from a newer Backcare, or a file that is not one, is refused untouched.
 * Writes take turns on one connection; reads that stand alone may go beside them on a few read-only ones
 * ({@link #read}). A connection that breaks (PostgreSQL restarted) fails its work with
 * {@link DatabaseUnavailableException} and is replaced by the next use.
 */
public final class Database implements AutoCloseable {
    static final Duration BUSY_TIMEOUT = Duration.ofSeconds(10);

    private final Place place;
    private final Dialect dialect;
    private final String shown;
    private final Link.Breaks breaks;
    private final Readers readers;
    private Link writer; // replaced by the next transaction once it is broken
    private boolean closed;
    private volatile AuditWriter auditWriter;

    private Database(Place place, Link.Breaks breaks, Link writer) {
        this.place = place;
        this.dialect = place.dialect();
        this.shown = place.shown();
        this.breaks = breaks;
        this.readers = new Readers(place, breaks);
        this.writer = writer;
    }

    /** Opens a database file, or a {@code postgresql://user:password@host:port/database} (or {@code jdbc:postgresql:}) address. */
    public static Database open(String location) {
        var place = Place.of(location);
        if (place.dialect() == Dialect.SQLITE) {
            Place.makeFileIfMissing(Path.of(location));
        }
        try {
            Schema.bringUpToDate(place);
            var breaks = new Link.Breaks();
            return new Database(place, breaks, Link.open(place.writer(), place.dialect(), breaks,
                    "open the database " + place.shown()));
        } catch (DatabaseUnavailableException e) {
            throw new StorageException(e.getMessage().replace("; nothing was changed", ""));
        }
    }

    /** Whether there is a database at the location to read: a PostgreSQL address always counts as one. */
    public static boolean exists(String location) {
        if (Place.isFile(location) && !Files.exists(Path.of(location))) {
            return false;
        }
        return Place.of(location).existing().isPresent();
    }

    /** The client book kept in this database; intakes are read back with this vocabulary. */
    public SqlClientBook clientBook(Vocabulary vocabulary) {
        return new SqlClientBook(this, vocabulary);
    }

    /** The accounts of the people who sign in, kept in this database. */
    public SqlAccounts accounts() {
        return new SqlAccounts(this);
    }

    /** Who is signed in, shared by every server on this database. */
    public SqlSignIns signIns() {
        return new SqlSignIns(this);
    }

    /** One-time links (setup, and later invitations, resets, intakes), shared by every server on this database. */
    public SqlOneTimeLinks oneTimeLinks() {
        return new SqlOneTimeLinks(this);
    }

    /** Failed sign-ins, counted for the throttle by every server on this database. */
    public SqlFailedSignIns failedSignIns() {
        return new SqlFailedSignIns(this);
    }

    /** Background jobs, each claimed by one worker of any server on this database. */
    public SqlJobQueue jobQueue() {
        return new SqlJobQueue(this);
    }

    /** The appointment book kept in this database; a room must have what each technique here needs. */
    public SqlAppointments appointments(Map<String, Set<String>> equipmentNeeded) {
        return new SqlAppointments(this, equipmentNeeded);
    }

    /** The mail outbox: what each queued mail says, the failed ones, retries. */
    public SqlOutbox outbox() {
        return new SqlOutbox(this);
    }

    /** The clinic's own details, self-booking, and when reminders go. */
    public SqlClinic clinic() {
        return new SqlClinic(this);
    }

    /** Private calendar feeds of therapists and clients, by their token's hash. */
    public SqlCalendarFeeds calendarFeeds() {
        return new SqlCalendarFeeds(this);
    }

    /** Whether the database answers a query now (for the server's health check), on a new connection if the last broke. */
    public boolean answers() {
        try {
            return check();
        } catch (DatabaseUnavailableException e) {
            return retried(); // the connection had broken (a restart): one more try opens another
        } catch (StorageException e) {
            return false;
        }
    }

    private boolean retried() {
        try {
            return check();
        } catch (StorageException e) {
            return false;
        }
    }

    private boolean check() {
        return readOne("check the database", handle -> handle.createQuery("select 1").mapTo(Integer.class).one() == 1);
    }

    /** Where this database is, without its password. */
    public String shown() {
        return shown;
    }

    /**
     * A consistent copy of an SQLite database, taken while others may be writing to it. The target must not exist.
     * A PostgreSQL database is backed up with the server's own tool, pg_dump.
     */
    public void backup(Path target) {
        if (dialect != Dialect.SQLITE) {
            throw new StorageException("backup copies a Backcare database file; " + shown + " is a PostgreSQL database:"
                    + " back it up with PostgreSQL's pg_dump, for example: pg_dump --format=custom --file=FILE DATABASE");
        }
        if (Files.exists(target)) {
            throw new StorageException("will not overwrite " + target + ": choose a file that does not exist yet");
        }
        if (!Files.isDirectory(target.toAbsolutePath().getParent())) {
            throw new StorageException("cannot back up to " + target + ": its folder does not exist");
        }
        synchronized (this) {
            connected("back up " + shown);
            Place.makeFileIfMissing(target);
            try (var statement = writer.connection().createStatement()) {
                statement.execute("vacuum into '" + target.toString().replace("'", "''") + "'");
            } catch (SQLException e) {
                deleteEmpty(target);
                throw new StorageException("cannot back up " + shown + " to " + target + ": " + dialect.reason(e));
            }
        }
    }

    private static void deleteEmpty(Path file) {
        try {
            if (Files.size(file) == 0) {
                Files.delete(file);
            }
        } catch (IOException e) {
            // a copy that was not made leaves at worst an empty file
        }
    }

    /** Runs the work as one transaction: all of it is kept, or none of it. */
    synchronized <R> R transaction(String doing, HandleCallback<R, RuntimeException> work) {
        connected(doing);
        return writer.transaction(doing, work);
    }

    /**
     * Reads as one transaction on a connection of its own, beside the writer's: it sees every transaction committed
     * before it began. For reads on their own; a read that decides a write belongs in that write's transaction.
     */
    <R> R read(String doing, HandleCallback<R, RuntimeException> work) {
        return readers.read(doing, work);
    }

    /** As {@link #read}, for work that is one statement: it needs no transaction, and is cheaper without one. */
    <R> R readOne(String doing, HandleCallback<R, RuntimeException> work) {
        return readers.readOne(doing, work);
    }

    /** Opens a connection if there is none, or the last one broke (or was opened before another broke). */
    private void connected(String doing) {
        if (closed) {
            throw new StorageException("cannot " + doing + ": the database " + shown + " is closed");
        }
        if (writer != null && writer.broken()) {
            writer.close();
            writer = null;
        }
        if (writer == null) {
            writer = Link.open(place.writer(), dialect, breaks, doing);
        }
    }

    /** The group-committing audit writer, started with the first audit entry (commands that write none need none). */
    AuditWriter auditWriter() {
        var started = auditWriter;
        return started != null ? started : startAuditWriter(); // no lock once started: the writer may hold it
    }

    private synchronized AuditWriter startAuditWriter() {
        if (auditWriter == null) {
            auditWriter = new AuditWriter(this);
        }
        return auditWriter;
    }

    /** Tells the observer of each audit batch written: how many lines, and how long its first line waited. */
    public void observeAuditBatches(BiConsumer<Integer, Duration> observer) {
        auditWriter().observe(observer);
    }

    Dialect dialect() {
        return dialect;
    }

    static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> kind) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return Optional.of(kind.cast(cause));
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        var audit = auditWriter;
        if (audit != null) {
            audit.close(); // outside the lock: its last batch needs the connection
        }
        readers.close();
        closeConnection();
    }

    private synchronized void closeConnection() {
        closed = true;
        if (writer != null) {
            writer.close();
        }
    }
}
