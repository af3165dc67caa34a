package org.backcare.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * One open connection to the database. Work on it fails with {@link DatabaseUnavailableException} when the connection
 * broke (the database restarted), after which the link is {@link #broken()} and its owner opens another.
 */
final class Link {
    private final Connection connection;
    /** One handle for the connection's life, so that its prepared statements are kept from one piece of work to the next. */
    private final Handle handle;
    private final KeptStatements kept = new KeptStatements();
    private final Dialect dialect;
    private final Breaks breaks;
    private final int opened;
    private boolean broken;

    private Link(Connection connection, Dialect dialect, Breaks breaks) {
        this.connection = connection;
        var jdbi = Jdbi.create(connection);
        jdbi.setStatementBuilderFactory(forConnection -> kept);
        this.handle = jdbi.open();
        this.dialect = dialect;
        this.breaks = breaks;
        this.opened = breaks.count();
    }

    /**
     * The breaks seen on a database's connections. A restart breaks every connection at once: once one is found
     * broken the others opened before it are let go too, so a restart costs one failed request, not one per
     * connection.
     */
    static final class Breaks {
        private final AtomicInteger count = new AtomicInteger();

        int count() {
            return count.get();
        }

        void happened() {
            count.incrementAndGet();
        }
    }

    static Link open(DataSource source, Dialect dialect, Breaks breaks, String doing) {
        try {
            var connection = source.getConnection();
            dialect.prepare(connection);
            return new Link(connection, dialect, breaks);
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("cannot " + doing + ": " + dialect.reason(e) + "; nothing was changed");
        }
    }

    /** Runs the work as one transaction: all of it is kept, or none of it. */
    <R> R transaction(String doing, HandleCallback<R, RuntimeException> work) {
        return run(doing, () -> handle.inTransaction(work));
    }

    /**
     * Runs one statement on its own, without a transaction around it: a single statement sees one state of the
     * database all the same, and beginning and ending a transaction cost a short read a third of its time.
     */
    <R> R statement(String doing, HandleCallback<R, RuntimeException> work) {
        return run(doing, () -> work.withHandle(handle));
    }

    private <R> R run(String doing, Supplier<R> work) {
        try {
            return work.get();
        } catch (JdbiException e) {
            var message = "cannot " + doing + ": " + reason(e) + "; nothing was changed";
            if (connectionBroke()) {
                broken = true;
                breaks.happened();
                close();
                throw new DatabaseUnavailableException(message);
            }
            throw new StorageException(message);
        }
    }

    /**
     * The connection itself, for what Jdbi does not do (SQLite's VACUUM INTO), with no statement kept open: SQLite
     * refuses to vacuum while one is.
     */
    Connection connection() {
        kept.close(connection);
        return connection;
    }

    /** Whether it broke, or was opened before another connection to the database broke. */
    boolean broken() {
        return broken || opened != breaks.count();
    }

    /** Asked only after a failure, so a working connection costs nothing more. */
    private boolean connectionBroke() {
        try {
            return !connection.isValid(2);
        } catch (SQLException e) {
            return true;
        }
    }

    void close() {
        try {
            handle.close();
        } catch (JdbiException e) {
            // an open transaction on a broken connection; the connection is closed below all the same
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // a broken connection may not close cleanly; closing only frees what the driver holds
        }
    }

    private String reason(JdbiException e) {
        return Database.cause(e, SQLException.class).map(Link::first).map(dialect::reason)
                .orElse(e.getClass().getSimpleName());
    }

    /** The error that stopped a batch of inserts is chained behind the batch's own. */
    private static SQLException first(SQLException e) {
        return e.getNextException() == null ? e : e.getNextException();
    }
}
