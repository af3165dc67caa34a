package org.backcare.web;

import io.javalin.http.Context;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.backcare.knowledge.KnowledgeBase;

/**
 * {@code GET /health}: whether this server can serve, for the load balancer: 503 when the database does not answer
 * within {@link #DATABASE_WAIT_SECONDS}. {@code GET /health/live}: the process is up, whatever the database does.
 */
final class Health {
    static final int DATABASE_WAIT_SECONDS = 2;

    private final String version;
    private final BooleanSupplier databaseAnswers;

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

    void live(Context ctx) {
        ctx.contentType("application/json").result("{\"status\":\"ok\"}");
    }

    private boolean databaseAnswers() {
        var check = CompletableFuture.supplyAsync(databaseAnswers::getAsBoolean);
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
