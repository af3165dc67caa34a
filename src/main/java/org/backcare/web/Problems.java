package org.backcare.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.UncheckedIOException;
import java.util.function.BiFunction;
import org.backcare.storage.DatabaseUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every failure becomes an {@code application/problem+json} response; never a stack trace. */
public final class Problems {
    static final String CONTENT_TYPE = "application/problem+json";
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** When to ask again after the database did not answer (a restart takes seconds). */
    static final int RETRY_AFTER_SECONDS = 5;

    private Problems() {
    }

    /** Registers the handlers; a person in a browser sees a page in this frame, a program gets problem JSON. */
    static void register(RoutesConfig routes, BiFunction<Context, String, Frame> frame) {
        routes.exception(ProblemResponse.class, (e, ctx) -> write(ctx, e.problem(), frame));
        // Javalin's own refusals: no such route (404), wrong method (405), body over the limit (413).
        routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, ofStatus(e.getStatus(), detailFor(e)), frame));
        routes.exception(DatabaseUnavailableException.class, (e, ctx) -> {
            LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage()); // no stack: the database is the news
            ctx.header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            write(ctx, ofStatus(503, "The database is not answering just now; nothing was changed. Try again in a"
                    + " moment."), frame);
        });
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            write(ctx, ofStatus(500, "Something went wrong on the server; it has been logged."), frame);
        });
    }

    public static ProblemDetails ofStatus(int status, String detail) {
        return ProblemDetails.ofStatus(status, HttpStatus.forStatus(status).getMessage(), detail);
    }

    private static String detailFor(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 404 -> "There is no such route; GET /openapi.json lists them.";
            case 405 -> "This route does not take that method; GET /openapi.json lists the methods.";
            case 413 -> "The body is larger than " + PlanFromIntake.MAX_BODY_BYTES + " bytes.";
            default -> e.getMessage();
        };
    }

    private static void write(Context ctx, ProblemDetails problem, BiFunction<Context, String, Frame> frame) {
        ctx.status(problem.status());
        if (wantsPage(ctx)) {
            ctx.html(Pages.render("error.jte", new ErrorPage(frame.apply(ctx, problem.title()), problem)));
        } else {
            ctx.contentType(CONTENT_TYPE).result(json(problem));
        }
    }

    /** Pages are for browsers; the API, and any client that does not ask for HTML, get problem JSON. */
    private static boolean wantsPage(Context ctx) {
        return wantsPage(ctx.path(), ctx.header("Accept"));
    }

    static boolean wantsPage(String path, String accept) {
        return !path.startsWith("/api/") && accept != null && accept.contains("text/html");
    }

    static String json(ProblemDetails problem) {
        try {
            return MAPPER.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
