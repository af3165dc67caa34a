package org.backcare.storage;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import org.jdbi.v3.core.HandleCallback;

/**
 * A few connections that only read, beside the one that writes: a page's reads (who is signed in, a client's
 * version) go on while the writer waits for a commit's disk sync. Opened when first needed; one that broke is let go.
 */
final class Readers implements AutoCloseable {
    /** Enough for two cores; more would only wait for the disk and the CPU. */
    static final int MOST = 4;

    private final Place place;
    private final Link.Breaks breaks;
    private final Semaphore turns = new Semaphore(MOST);
    private final ConcurrentLinkedQueue<Link> idle = new ConcurrentLinkedQueue<>();
    private volatile boolean closed;

    Readers(Place place, Link.Breaks breaks) {
        this.place = place;
        this.breaks = breaks;
    }

    /** Reads as one transaction: every statement of the work sees the same state of the database. */
    <R> R read(String doing, HandleCallback<R, RuntimeException> work) {
        return onLink(doing, link -> link.transaction(doing, work));
    }

    /** Reads with a single statement, which needs no transaction around it. */
    <R> R readOne(String doing, HandleCallback<R, RuntimeException> work) {
        return onLink(doing, link -> link.statement(doing, work));
    }

    private <R> R onLink(String doing, Function<Link, R> use) {
        turns.acquireUninterruptibly();
        try {
            if (closed) {
                throw new StorageException("cannot " + doing + ": the database " + place.shown() + " is closed");
            }
            var link = idle();
            if (link == null) {
                link = Link.open(place.reader(), place.dialect(), breaks, doing);
            }
            try {
                return use.apply(link);
            } finally {
                if (link.broken()) {
                    link.close();
                } else {
                    idle.add(link);
                }
            }
        } finally {
            turns.release();
        }
    }

    /** An idle connection that is not broken (closing those that are), or none. */
    private Link idle() {
        for (var link = idle.poll(); link != null; link = idle.poll()) {
            if (!link.broken()) {
                return link;
            }
            link.close();
        }
        return null;
    }

    @Override
    public void close() {
        closed = true;
        turns.acquireUninterruptibly(MOST); // the reads under way finish first
        try {
            for (var link = idle.poll(); link != null; link = idle.poll()) {
                link.close();
            }
        } finally {
            turns.release(MOST);
        }
    }
}
