package org.backcare.web.access;

import io.javalin.http.Context;

/**
 * Every response: scripts, styles and images only from Backcare itself, never inside another site's frame, no
 * guessing of content types, no referrer sent to other sites, and health data never kept in a shared cache.
 * <p>
 * The referrer policy is {@code same-origin}, not {@code no-referrer}: under {@code no-referrer} a browser sends
 * {@code Origin: null} with every form post, and {@link Gate} could no longer tell our own pages from another site.
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
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
    }
}
