package org.backcare.storage;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server for tests and benchmarks: Debian's binaries run initdb and pg_ctl into a
 * temporary folder, on a free loopback port; closing it stops the server and deletes the folder. PostgreSQL
 * refuses to run as root, so as root the server runs as the {@code postgres} user.
 */
public final class PostgresServer implements AutoCloseable {
    private static final String USER = "backcare";
    private static final String PASSWORD = "throwaway-test-password";
    private static PostgresServer shared;

    private final Path bin;
    private final Path folder;
    private final int port;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresServer(Path bin, Path folder, int port) {
        this.bin = bin;
        this.folder = folder;
        this.port = port;
    }

    /** Where PostgreSQL's programs are: Debian's newest version, else on the PATH. */
    public static Optional<Path> binaries() {
        var debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                var newest = versions.filter(v -> v.getFileName().toString().matches("\\d+"))
                        .filter(v -> Files.isExecutable(v.resolve("bin/pg_ctl")))
                        .max(Comparator.comparing(v -> Integer.parseInt(v.getFileName().toString()))).map(v -> v.resolve("bin"));
                if (newest.isPresent()) {
                    return newest;
                }
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":")).filter(p -> !p.isEmpty()).map(Path::of)
                .filter(b -> Files.isExecutable(b.resolve("pg_ctl")) && Files.isExecutable(b.resolve("initdb"))).findFirst();
    }

    /** One server for the whole test run, stopped when the JVM exits. */
    public static synchronized PostgresServer shared() {
        if (shared == null) {
            shared = start(binaries().orElseThrow(() -> new IllegalStateException(missing())));
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** For a test class on PostgreSQL: without PostgreSQL's programs it fails in CI and is skipped elsewhere. */
    public static void requireForTests() {
        if (binaries().isEmpty()) {
            if ("true".equals(System.getenv("CI"))) {
                fail(missing());
            }
            abort(missing());
        }
    }

    public static String missing() {
        return "PostgreSQL's programs (initdb, pg_ctl) were not found in /usr/lib/postgresql/*/bin or on the PATH:"
                + " install them with 'apt-get install -y postgresql', as .ci/run does";
    }

    public static PostgresServer start(Path bin) {
        try {
            var folder = Files.createTempDirectory("backcare-postgres");
            var server = new PostgresServer(bin, folder, freePort());
            server.initAndStart();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a PostgreSQL server for the tests: " + e.getMessage(), e);
        }
    }

    private void initAndStart() throws IOException {
        Files.writeString(folder.resolve("password"), PASSWORD + "\n");
        if (asRoot()) {
            UserPrincipal postgres;
            try {
                postgres = folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            } catch (UserPrincipalNotFoundException e) {
                throw new IllegalStateException("PostgreSQL refuses to run as root, and there is no 'postgres' user to run"
                        + " it as: Debian's postgresql package makes one");
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (var file : files.toList()) {
                    Files.getFileAttributeView(file, PosixFileAttributeView.class).setOwner(postgres);
                }
            }
        }
        run("initdb", "--pgdata=" + folder.resolve("data"), "--username=" + USER, "--pwfile=" + folder.resolve("password"),
                "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync");
        startAgain();
    }

    /** Stops the server as an operator would for an upgrade: connections are ended, the data stays. */
    public void stop() {
        try {
            run("pg_ctl", "--pgdata=" + folder.resolve("data"), "--mode=fast", "--wait", "stop");
        } catch (IOException e) {
            throw new IllegalStateException("cannot stop the test PostgreSQL server: " + e.getMessage(), e);
        }
    }

    /** Starts the server again on the same port and data, after {@link #stop}. */
    public void startAgain() {
        try {
            run("pg_ctl", "--pgdata=" + folder.resolve("data"), "--log=" + folder.resolve("server.log"), "--wait",
                    "--options=-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1", "start");
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the test PostgreSQL server: " + e.getMessage(), e);
        }
    }

    /** A new, empty database on this server, as the address Backcare takes. */
    public String newDatabase() {
        var name = "backcare_" + databases.incrementAndGet();
        try (var connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", USER, PASSWORD);
                var statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database: " + e.getMessage(), e);
        }
        return "postgresql://" + USER + ":" + PASSWORD + "@127.0.0.1:" + port + "/" + name;
    }

    @Override
    public void close() {
        try {
            run("pg_ctl", "--pgdata=" + folder.resolve("data"), "--mode=immediate", "--wait", "stop");
        } catch (IOException | IllegalStateException e) {
            System.err.println("could not stop the test PostgreSQL server in " + folder + ": " + e.getMessage());
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            System.err.println("could not delete " + folder + ": " + e.getMessage());
        }
    }

    private void run(String program, String... arguments) throws IOException {
        var command = new ArrayList<String>();
        if (asRoot()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        var log = folder.resolve(program + ".out");
        var process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(program + " failed: " + String.join(" ", command) + "\n" + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(program + " was interrupted", e);
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
