package org.backcare.web.access;

import io.javalin.http.Context;

/**
 * Every response: scripts, styles and images only from Backcare itself, never inside another site's frame, no
 * guessing of content types, no referrer sent to other sites, and health data never kept in a shared cache.
 */
final class SecurityHeaders {
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void set(Context ctx) {
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("X-Content-Type-Options", "nosniff");
        // not no-referrer: under it a browser sends "Origin: null" with our own form posts, which the Gate refuses
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
    }
}
