package org.backcare.storage;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.backcare.clients.ClientId;
import org.backcare.clients.UnknownClientException;

/**
 * Group commit for the audit log: a caller's line is in the database before {@link #write} returns, but the lines of
 * requests arriving together are written by one thread in one transaction, sharing one disk sync. The thread takes
 * every line waiting when it is free; while it commits, the next lines gather, so under load batches grow and
 * alone a line waits for no one. Under load (the last batch had company) it also waits up to {@link #GATHER} for
 * more: each commit is a disk sync and empties every reader's page cache, so fewer, fuller batches leave more of the
 * CPU to the requests.
 */
final class AuditWriter implements AutoCloseable {
    static final int MOST_LINES = 500;
    static final Duration GATHER = Duration.ofMillis(1);

    private record Line(ClientId client, String actor, String action, Instant at, long queued,
            CompletableFuture<Void> committed) {}

    private static final Line STOP = new Line(null, null, null, null, 0, null);

    private final Database database;
    private final BlockingQueue<Line> waiting = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean closed;
    private volatile BiConsumer<Integer, Duration> batches = (lines, longestWait) -> { };

    AuditWriter(Database database) {
        this.database = database;
        this.thread = new Thread(this::run, "backcare-audit-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Who is told of each batch: how many lines, and how long its first line waited for its commit. */
    void observe(BiConsumer<Integer, Duration> observer) {
        this.batches = observer;
    }

    /** Returns once the line is committed; fails as a transaction of its own would. */
    void write(ClientId client, String actor, String action, Instant at) {
        var line = new Line(client, actor, action, at, System.nanoTime(), new CompletableFuture<>());
        if (closed) {
            throw new StorageException("cannot keep an audit entry about " + client + ": the database is closed");
        }
        waiting.add(line);
        try {
            line.committed().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void run() {
        var batch = new ArrayList<Line>();
        var underLoad = false;
        while (true) {
            try {
                batch.add(waiting.take());
            } catch (InterruptedException e) {
                continue; // only a STOP line ends the writer, after every line before it is committed
            }
            waiting.drainTo(batch, MOST_LINES - 1);
            if (underLoad) {
                gather(batch);
            }
            underLoad = batch.size() > 1;
            var stop = batch.remove(STOP);
            if (!batch.isEmpty()) {
                commit(batch);
            }
            batch.clear();
            if (stop) {
                return;
            }
        }
    }

    /** Adds the lines that arrive within {@link #GATHER}, up to a full batch or a stop. */
    private void gather(List<Line> batch) {
        var until = System.nanoTime() + GATHER.toNanos();
        for (long left = GATHER.toNanos(); left > 0 && batch.size() < MOST_LINES && !batch.contains(STOP);
                left = until - System.nanoTime()) {
            try {
                var line = waiting.poll(left, TimeUnit.NANOSECONDS);
                if (line != null) {
                    batch.add(line);
                    waiting.drainTo(batch, MOST_LINES - batch.size());
                }
            } catch (InterruptedException e) {
                return; // commits what it has; only a STOP line ends the writer
            }
        }
    }

    /**
     * One statement for the whole batch: each line is kept with its client's reference, and a line whose client is not
     * on file (deleted meanwhile) inserts nothing, so its caller is told and the other lines are kept.
     */
    private void commit(List<Line> batch) {
        int[] kept;
        try {
            kept = database.transaction("keep " + batch.size() + " audit entries", handle -> {
                var insert = handle.prepareBatch("""
                        insert into audit_log (at, actor, action, client_reference)
                        select :at, :actor, :action, reference from clients where id = :client""");
                for (var line : batch) {
                    insert.bind("at", database.dialect().time(ClientRows.auditTime(line.at())))
                            .bind("actor", line.actor()).bind("action", line.action())
                            .bind("client", line.client().value()).add();
                }
                return insert.execute();
            });
        } catch (RuntimeException e) {
            batch.forEach(line -> line.committed().completeExceptionally(e));
            return;
        }
        batches.accept(batch.size(), Duration.ofNanos(System.nanoTime() - batch.get(0).queued()));
        for (int i = 0; i < batch.size(); i++) {
            var line = batch.get(i);
            if (kept[i] == 0) {
                line.committed().completeExceptionally(new UnknownClientException(line.client()));
            } else {
                line.committed().complete(null);
            }
        }
    }

    /** Commits every line already given, then stops. */
    @Override
    public void close() {
        closed = true;
        waiting.add(STOP);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
