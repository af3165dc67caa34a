package org.backcare.web.access;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.backcare.web.ProblemResponse;
import org.backcare.web.Problems;

/**
 * Runs before every route: finds who is signed in, refuses who may not use the route, checks that a form or an API
 * call that changes something came from our own pages (CSRF), and sets the security headers.
 */
public final class Gate {
    public static final String COOKIE = "backcare_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    public static final String CSRF_FIELD = "_csrf";
    /** Where BackcareServer serves its static files from. */
    private static final List<String> STATIC_FILES = List.of("/assets/", "/webjars/");
    private static final Set<HandlerType> CHANGES = Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH,
            HandlerType.DELETE);

    private final Sessions sessions;

    Gate(Sessions sessions) {
        this.sessions = sessions;
    }

    public void check(Context ctx) {
        SecurityHeaders.set(ctx);
        var access = access(ctx);
        refuseForeignOrigin(ctx);
        var visit = visit(ctx);
        if (access == Access.ANYONE) {
            visit.ifPresentOrElse(v -> ctx.attribute(Visit.ATTRIBUTE, v), () -> { });
            return;
        }
        if (visit.isEmpty()) {
            signInFirst(ctx);
            return;
        }
        var visitor = visit.get();
        if (!access.admits(visitor.account())) {
            throw new ProblemResponse(Problems.ofStatus(403, "Your account may not use this page."));
        }
        if (CHANGES.contains(ctx.method()) && !Tokens.same(visitor.csrfToken(), csrfToken(ctx))) {
            throw new ProblemResponse(Problems.ofStatus(403,
                    "This change did not come from a Backcare page (its form token is missing or old): reload the page and try again."));
        }
        ctx.attribute(Visit.ATTRIBUTE, visitor);
    }

    private static Access access(Context ctx) {
        if (isStaticFile(ctx.path())) {
            return Access.ANYONE; // the stylesheet and scripts every page needs, the sign-in page too
        }
        return ctx.routeRoles().stream().filter(Access.class::isInstance).map(Access.class::cast).findFirst()
                .orElse(Access.ADMIN); // a route that forgot to say who may use it is the admin's only
    }

    /** Static files have no route, so no roles: without this they would be the admin's only. */
    private static boolean isStaticFile(String path) {
        return STATIC_FILES.stream().anyMatch(path::startsWith);
    }

    private Optional<Visit> visit(Context ctx) {
        return sessions.find(ctx.cookie(COOKIE)).map(session -> new Visit(session.account(), session.csrfToken()));
    }

    /** A page asked for in the browser goes to the sign-in form and comes back after; anything else is refused. */
    private static void signInFirst(Context ctx) {
        if (ctx.path().startsWith("/api/") || ctx.method() != HandlerType.GET) {
            throw new ProblemResponse(Problems.ofStatus(401, "Sign in first."));
        }
        ctx.redirect("/login?next=" + URLEncoder.encode(ctx.path(), StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
        ctx.skipRemainingHandlers();
    }

    private static String csrfToken(Context ctx) {
        var header = ctx.header(CSRF_HEADER);
        if (header != null) {
            return header;
        }
        var type = ctx.contentType();
        return type != null && type.startsWith("application/x-www-form-urlencoded") ? ctx.formParam(CSRF_FIELD) : null;
    }

    /**
     * A browser names the site a change comes from; one from another site, or from none it will name ("null", as
     * from a sandboxed frame or a file), is refused outright; so is our own host under the other scheme (a page served
     * over plain HTTP must not change what the HTTPS site keeps).
     */
    private static void refuseForeignOrigin(Context ctx) {
        var origin = ctx.header("Origin");
        if (!CHANGES.contains(ctx.method()) || origin == null) {
            return;
        }
        var host = ctx.header("Host");
        var scheme = SiteAddress.isTls(ctx) ? "https" : "http";
        if (host == null || !host.equalsIgnoreCase(authority(origin)) || !scheme.equalsIgnoreCase(scheme(origin))) {
            throw new ProblemResponse(Problems.ofStatus(403, "Changes are accepted only from Backcare's own pages."));
        }
    }

    private static String authority(String origin) {
        return uri(origin).map(URI::getAuthority).orElse(null);
    }

    private static String scheme(String origin) {
        return uri(origin).map(URI::getScheme).orElse(null);
    }

    private static Optional<URI> uri(String origin) {
        try {
            return Optional.of(new URI(origin));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The session cookie: never readable by scripts, never sent by other sites' requests, HTTPS-only behind TLS. */
    static Cookie sessionCookie(Context ctx, String token, int maxAgeSeconds) {
        return new Cookie(COOKIE, token, "/", maxAgeSeconds, SiteAddress.isTls(ctx), true, null, SameSite.STRICT);
    }
}
