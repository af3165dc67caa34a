package org.backcare.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.backcare.knowledge.KnowledgeBase;

/** {@code GET /health}: the server is up, and which knowledge it plans with. */
final class Health implements Handler {
    private final String body;

    Health(KnowledgeBase knowledge) {
        // The version is a hex digest, so it needs no escaping.
        this.body = "{\"status\":\"ok\",\"knowledgeVersion\":\"" + knowledge.version() + "\"}";
    }

    @Override
    public void handle(Context ctx) {
        ctx.contentType("application/json").result(body);
    }
}
