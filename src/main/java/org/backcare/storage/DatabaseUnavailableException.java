package org.backcare.storage;

/**
 * The database did not answer: its server is down or restarting, or the connection to it broke. Nothing asked
 * for was done; the next use opens a new connection, so asking again once the database is back works.
 */
public final class DatabaseUnavailableException extends StorageException {
    public DatabaseUnavailableException(String message) {
        super(message);
    }
}
