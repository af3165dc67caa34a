package org.backcare.web.access;

import io.javalin.http.Context;
import java.util.Map;

/**
 * Every response: scripts, styles and images only from Backcare itself, never inside another site's frame, no
 * guessing of content types, no referrer sent to other sites, and health data never kept in a shared cache.
 */
public final class SecurityHeaders {
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    /** The headers by name, for answers Jetty writes itself (a request it could not read). */
    public static final Map<String, String> ALL = Map.of(
            "Content-Security-Policy", POLICY,
            "X-Frame-Options", "DENY",
            "X-Content-Type-Options", "nosniff",
            // not no-referrer: under it a browser sends "Origin: null" with our own form posts, which the Gate refuses
            "Referrer-Policy", "same-origin",
            "Cache-Control", "no-store");

    static void set(Context ctx) {
        ALL.forEach(ctx::header);
    }
}
