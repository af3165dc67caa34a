package org.backcare.web.access;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;
import org.backcare.accounts.Account;
import org.backcare.accounts.Accounts;
import org.backcare.accounts.Username;
import org.backcare.web.ProblemDetails;
import org.backcare.web.ProblemResponse;
import org.backcare.web.Problems;
import org.backcare.wording.Counted;

/** Checks a username and password (rate-limited), and starts or ends a browser's session. */
final class SignIn {
    private final Accounts accounts;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final ClientAddress address;

    SignIn(Accounts accounts, Sessions sessions, LoginThrottle throttle, ClientAddress address) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = throttle;
        this.address = address;
    }

    /**
     * The account these credentials open.
     *
     * @throws ProblemResponse 429 (with Retry-After) after too many failures, 401 when either is wrong
     */
    Account check(Context ctx, String username, String password) {
        var name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        var from = address.of(ctx);
        var wait = throttle.wait(name, from);
        if (wait.isPresent()) {
            var minutes = wait.get().toMinutes() + 1;
            ctx.header("Retry-After", Long.toString(Math.max(1, wait.get().toSeconds())));
            throw new ProblemResponse(Problems.ofStatus(429, "Too many failed sign-ins: try again in "
                    + Counted.of(minutes, "minute") + "."));
        }
        var account = Username.isValid(name) ? accounts.find(new Username(name)) : Optional.<Account>empty();
        var hash = account.flatMap(a -> accounts.passwordHash(a.username()));
        if (!Passwords.matches(password == null ? "" : password, hash)) {
            throttle.failed(name, from);
            throw new ProblemResponse(ProblemDetails.ofStatus(401, "Unauthorized", "The username or the password is wrong."));
        }
        throttle.succeeded(name);
        return account.get();
    }

    /** Starts a session under a new token (never one given out before sign-in); returns its CSRF token. */
    String start(Context ctx, Account account) {
        sessions.end(ctx.cookie(Gate.COOKIE));
        var token = sessions.start(account.username());
        ctx.cookie(Gate.sessionCookie(ctx, token, (int) Sessions.LONGEST.toSeconds()));
        return sessions.find(token).orElseThrow().csrfToken();
    }

    void end(Context ctx) {
        sessions.end(ctx.cookie(Gate.COOKIE));
        ctx.cookie(Gate.sessionCookie(ctx, "", 0));
    }
}
