package org.backcare.web;

import io.javalin.http.Context;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.backcare.knowledge.KnowledgeBase;

/**
 * {@code GET /health}: whether this server can serve, for the load balancer: 503 when the database does not answer
 * within {@link #DATABASE_WAIT_SECONDS}. {@code GET /health/live}: the process is up, whatever the database does.
 * Health checks arriving while one is asking the database share its answer: a busy proxy costs the database one
 * question at a time, and the checks do not queue for one thread (the common pool has one on two cores).
 */
final class Health {
    static final int DATABASE_WAIT_SECONDS = 2;

    private static final long STALE_NANOS = TimeUnit.SECONDS.toNanos(DATABASE_WAIT_SECONDS);
    private static final ExecutorService ASKING = Executors.newCachedThreadPool(task -> {
        var thread = new Thread(task, "backcare-health");
        thread.setDaemon(true);
        return thread;
    });

    private final String version;
    private final BooleanSupplier databaseAnswers;
    private CompletableFuture<Boolean> asking;
    private long askedAt;

    Health(KnowledgeBase knowledge, BooleanSupplier databaseAnswers) {
        this.version = knowledge.version(); // a hex digest: no escaping needed
        this.databaseAnswers = databaseAnswers;
    }

    void ready(Context ctx) {
        var answers = databaseAnswers();
        ctx.status(answers ? 200 : 503).contentType("application/json")
                .result("{\"status\":\"" + (answers ? "ok" : "unavailable") + "\",\"database\":\""
                        + (answers ? "ok" : "not answering") + "\",\"knowledgeVersion\":\"" + version + "\"}");
    }

    /** The question under way, or a new one when none is (or the one under way has hung past the wait). */
    private synchronized CompletableFuture<Boolean> question() {
        var now = System.nanoTime();
        if (asking == null || asking.isDone() || now - askedAt > STALE_NANOS) {
            asking = CompletableFuture.supplyAsync(databaseAnswers::getAsBoolean, ASKING);
            askedAt = now;
        }
        return asking;
    }

    void live(Context ctx) {
        ctx.contentType("application/json").result("{\"status\":\"ok\"}");
    }

    private boolean databaseAnswers() {
        var check = question();
        try {
            return check.get(DATABASE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
