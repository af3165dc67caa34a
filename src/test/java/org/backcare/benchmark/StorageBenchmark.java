package org.backcare.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.backcare.accounts.Account;
import org.backcare.accounts.Role;
import org.backcare.accounts.SignIns;
import org.backcare.accounts.Username;
import org.backcare.clients.ClientHistory;
import org.backcare.clients.ClientId;
import org.backcare.clients.ClientRecord;
import org.backcare.clients.RecordsVersion;
import org.backcare.storage.Database;
import org.backcare.storage.OnFile;
import org.backcare.storage.PostgresServer;
import org.backcare.storage.SqlClientBook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The storage at a practice's size: 1,000 clients. Logging 10,000 sessions (ten each, one transaction per session,
 * as the command does), the progress read (one client's whole history), and the short reads every request makes. On an SQLite file and on a PostgreSQL
 * server this benchmark starts itself. Run with {@code bench/storage-benchmark}.
 */
@Fork(1)
public class StorageBenchmark {
    static final int CLIENTS = 1_000;
    static final int SESSIONS_EACH = 10;

    /** An SQLite file in a temporary folder, or a database on a throwaway PostgreSQL server. */
    @State(Scope.Benchmark)
    public static class Server {
        @Param({"sqlite", "postgresql"})
        public String database;

        private Path folder;
        private PostgresServer postgres;
        private int files;

        @Setup(Level.Trial)
        public void start() throws Exception {
            folder = Files.createTempDirectory("backcare-benchmark");
            if (database.equals("postgresql")) {
                postgres = PostgresServer.start(PostgresServer.binaries().orElseThrow(() -> new IllegalStateException(PostgresServer.missing())));
            }
        }

        /** A new database with 1,000 clients on file, each with their intake. */
        Database withClients() {
            var db = Database.open(postgres != null ? postgres.newDatabase() : folder.resolve("backcare-" + ++files + ".db").toString());
            var book = db.clientBook(OnFile.VOCABULARY);
            for (int c = 0; c < CLIENTS; c++) {
                book.add(new ClientRecord(client(c), "Client " + c, OnFile.DAY_ONE), OnFile.firstIntake());
            }
            return db;
        }

        @TearDown(Level.Trial)
        public void stop() throws Exception {
            if (postgres != null) {
                postgres.close();
            }
            try (var files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** A new database with its clients for each measured batch of writes. */
    @State(Scope.Benchmark)
    public static class Empty {
        Database database;
        SqlClientBook book;

        @Setup(Level.Iteration)
        public void open(Server server) {
            database = server.withClients();
            book = database.clientBook(OnFile.VOCABULARY);
        }

        @TearDown(Level.Iteration)
        public void close() {
            database.close();
        }
    }

    /** 1,000 clients with ten sessions each. */
    @State(Scope.Benchmark)
    public static class Full {
        Database database;
        SqlClientBook book;
        private int next;

        @Setup(Level.Trial)
        public void fill(Server server) {
            database = server.withClients();
            book = database.clientBook(OnFile.VOCABULARY);
            logSessions(book);
            var therapist = new Username("tess");
            database.accounts().add(new Account(therapist, "Tess Moreau", Role.THERAPIST, Optional.empty()), "not a hash");
            database.signIns().start(SIGN_IN, therapist, "csrf", Instant.now());
        }

        ClientId nextClient() {
            next = (next + 337) % CLIENTS; // visits every client, not in the order they were written
            return client(next);
        }

        @TearDown(Level.Trial)
        public void close() {
            database.close();
        }
    }

    static final String SIGN_IN = "the hash of a session token";

    static ClientId client(int number) {
        return new ClientId(String.format("client-%04d", number));
    }

    static void logSessions(SqlClientBook book) {
        for (int s = 0; s < SESSIONS_EACH; s++) {
            for (int c = 0; c < CLIENTS; c++) {
                book.logSession(client(c), OnFile.session(OnFile.DAY_ONE.plusWeeks(s), "session " + s));
            }
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public void logTenThousandSessions(Empty empty) {
        logSessions(empty.book);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 5, time = 5)
    public ClientHistory progressRead(Full full) {
        return full.book.history(full.nextClient()).orElseThrow();
    }

    /** One read on its own, as every request makes a few: whether the database answers (GET /health). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 5, time = 5)
    public boolean answersRead(Full full) {
        return full.database.answers();
    }

    /** One read on its own: who is signed in, with their account, as every signed-in request asks first. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 5, time = 5)
    public Optional<SignIns.SignIn> signInRead(Full full) {
        return full.database.signIns().find(SIGN_IN);
    }

    /** One read on its own: a client's records version, which every view of their progress asks first. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 5, time = 5)
    public RecordsVersion versionRead(Full full) {
        return full.book.recordsVersion(full.nextClient());
    }
}
