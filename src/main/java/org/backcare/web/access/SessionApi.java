package org.backcare.web.access;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.backcare.web.JsonInput;
import org.backcare.accounts.Account;

/**
 * Signing in from a program: {@code POST /api/session} with {@code {"username", "password"}} sets the session
 * cookie and answers with the CSRF token every later change must carry in the {@code X-CSRF-Token} header.
 */
final class SessionApi {
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
        var input = JsonInput.of(ctx, Set.of("username", "password"));
        var username = input.text("username", null);
        var password = input.text("password", null);
        input.refuseIfProblems("The sign-in");
        var account = signIn.check(ctx, username, password);
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
}
