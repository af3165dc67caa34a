package org.backcare.storage;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A database location understood: which database it is, how to connect for writing, how to look at what is
 * there without changing it (before it is brought up to date, and to read beside the writer once it is), and how to
 * name it in messages (never with its password).
 */
record Place(Dialect dialect, String shown, DataSource writer, Optional<DataSource> existing, DataSource reader) {
    /** Health data: a database file and its folder are this user's only (SQLite gives -wal and -shm the file's mode). */
    static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    static Place of(String location) {
        if (location.isBlank()) {
            throw new StorageException("the database location is empty: give a file, or a postgresql:// address");
        }
        if (location.startsWith("jdbc:postgresql:")) {
            return postgresql(location, null, null, location.replaceFirst("\\?.*$", ""));
        }
        if (location.startsWith("postgresql://") || location.startsWith("postgres://")) {
            return postgresqlAddress(location);
        }
        if (!isFile(location)) {
            throw new StorageException("'" + location + "' is neither a database file nor a PostgreSQL address"
                    + " (postgresql://user:password@host:port/database)");
        }
        return sqlite(Path.of(location));
    }

    /** A location is a file unless it is written as an address. */
    static boolean isFile(String location) {
        return !location.contains("://") && !location.startsWith("jdbc:");
    }

    private static Place postgresqlAddress(String location) {
        URI uri;
        try {
            uri = URI.create(location);
        } catch (IllegalArgumentException e) {
            throw new StorageException("'" + location.replaceFirst("//[^@/]*@", "//…@")
                    + "' is not a PostgreSQL address: write postgresql://user:password@host:port/database");
        }
        var database = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (uri.getHost() == null || database.isEmpty()) {
            throw new StorageException("a PostgreSQL address names a host and a database:"
                    + " postgresql://user:password@host:port/database");
        }
        var hostAndPort = uri.getHost() + ":" + (uri.getPort() < 0 ? 5432 : uri.getPort());
        var credentials = Optional.ofNullable(uri.getUserInfo()).map(info -> info.split(":", 2)).orElse(new String[0]);
        var user = credentials.length > 0 ? credentials[0] : null;
        var password = credentials.length > 1 ? credentials[1] : null;
        var url = "jdbc:postgresql://" + hostAndPort + "/" + database + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        var shown = "postgresql://" + (user == null ? "" : user + "@") + hostAndPort + "/" + database;
        return postgresql(url, user, password, shown);
    }

    private static Place postgresql(String url, String user, String password, String shown) {
        var source = new PGSimpleDataSource();
        try {
            source.setURL(url);
        } catch (IllegalArgumentException e) {
            throw new StorageException("'" + shown + "' is not a PostgreSQL address: write postgresql://user:password@host:port/database");
        }
        if (user != null) {
            source.setUser(user);
        }
        if (password != null) {
            source.setPassword(password);
        }
        source.setApplicationName("backcare");
        source.setConnectTimeout(10);
        return new Place(Dialect.POSTGRESQL, shown, source, Optional.of(source), source);
    }

    private static Place sqlite(Path file) {
        var shown = file.toString();
        if (Files.isDirectory(file)) {
            throw new StorageException(shown + " is a folder: give a database file, such as " + file.resolve("backcare.db"));
        }
        if (!Files.isDirectory(file.toAbsolutePath().getParent())) {
            throw new StorageException("cannot open the database " + shown + ": its folder does not exist");
        }
        var config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout((int) Database.BUSY_TIMEOUT.toMillis());
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        var writer = new SQLiteDataSource(config);
        writer.setUrl("jdbc:sqlite:" + file);
        return new Place(Dialect.SQLITE, shown, writer, existing(file), reader(file));
    }

    /** Reads beside the writer: in WAL mode a reader sees every transaction committed before its own began. */
    private static DataSource reader(Path file) {
        var config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout((int) Database.BUSY_TIMEOUT.toMillis());
        config.setTransactionMode(SQLiteConfig.TransactionMode.DEFERRED);
        var reader = new SQLiteDataSource(config);
        reader.setUrl("jdbc:sqlite:" + file);
        return reader;
    }

    /** Makes a new database file empty, readable and writable by this user only, before SQLite opens it. */
    static void makeFileIfMissing(Path file) {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
        } catch (FileAlreadyExistsException e) {
            // kept as it is: someone else's permissions are theirs to choose
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: SQLite makes the file
        } catch (IOException e) {
            throw new StorageException("cannot make the database " + file + ": " + e.getMessage());
        }
    }

    /** A read-only look at a database file that is already there; none for a new or empty file. */
    private static Optional<DataSource> existing(Path file) {
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                return Optional.empty();
            }
            if (!isSqlite(file)) {
                throw new StorageException(file + " is not a Backcare database (it is not an SQLite file); nothing was changed");
            }
        } catch (IOException e) {
            throw new StorageException("cannot read " + file + ": " + e.getMessage());
        }
        var config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout((int) Database.BUSY_TIMEOUT.toMillis());
        var reader = new SQLiteDataSource(config);
        reader.setUrl("jdbc:sqlite:" + file);
        return Optional.of(reader);
    }

    private static boolean isSqlite(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        }
    }
}
