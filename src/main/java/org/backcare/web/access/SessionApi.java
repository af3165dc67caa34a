package org.backcare.web.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backcare.accounts.Account;
import org.backcare.intake.Problem;
import org.backcare.web.ProblemDetails;
import org.backcare.web.ProblemResponse;

/**
 * Signing in from a program: {@code POST /api/session} with {@code {"username", "password"}} sets the session
 * cookie and answers with the CSRF token every later change must carry in the {@code X-CSRF-Token} header.
 */
final class SessionApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SignIn signIn;

    SessionApi(SignIn signIn) {
        this.signIn = signIn;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/session", this::start, Access.ANYONE);
        routes.get("/api/session", ctx -> ctx.json(describe(Visit.required(ctx).account(), Visit.required(ctx).csrfToken())),
                Access.SIGNED_IN);
        routes.delete("/api/session", ctx -> {
            signIn.end(ctx);
            ctx.status(204);
        }, Access.SIGNED_IN);
    }

    private void start(Context ctx) {
        var body = body(ctx);
        var account = signIn.check(ctx, text(body, "username"), text(body, "password"));
        ctx.json(describe(account, signIn.start(ctx, account)));
    }

    private static Map<String, Object> describe(Account account, String csrfToken) {
        var session = new LinkedHashMap<String, Object>();
        session.put("username", account.username().value());
        session.put("name", account.name());
        session.put("role", account.role().id());
        account.client().ifPresent(client -> session.put("client", client.value()));
        session.put("csrfToken", csrfToken);
        return session;
    }

    private static JsonNode body(Context ctx) {
        try {
            var tree = JSON.readTree(ctx.bodyAsBytes());
            if (tree != null && tree.isObject()) {
                return tree;
            }
        } catch (IOException e) {
            // answered below
        }
        throw new ProblemResponse(new ProblemDetails(ProblemDetails.MALFORMED_JSON, "Malformed JSON", 400,
                "Send a JSON object: {\"username\": \"...\", \"password\": \"...\"}.", List.of()));
    }

    private static String text(JsonNode body, String field) {
        var value = body.get(field);
        if (value == null || !value.isTextual()) {
            throw new ProblemResponse(new ProblemDetails(ProblemDetails.INVALID_INPUT, "Invalid input", 422,
                    "The sign-in has 1 problem.", List.of(new Problem(field, "required: a string"))));
        }
        return value.asText();
    }
}
