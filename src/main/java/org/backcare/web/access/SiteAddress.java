package org.backcare.web.access;

import io.javalin.http.Context;
import java.util.Optional;

/**
 * The address that goes in a link shown to be copied and opened elsewhere: a pre-visit intake link for a client, a
 * calendar feed for a phone. The public address the operator gave ({@code serve --public-url}) when there is one;
 * else the one this visitor reached the server at, with https when the request came over TLS or through a TLS proxy
 * that says so ({@code X-Forwarded-Proto}): a link carrying a token is never handed out on a plain-HTTP address
 * because the proxy, not the browser, spoke plain HTTP to the server.
 */
public final class SiteAddress {
    private final Optional<String> publicUrl;

    public SiteAddress(Optional<String> publicUrl) {
        this.publicUrl = publicUrl.map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    /** No public address given: links use the address each visitor reached the server at. */
    public static SiteAddress asReached() {
        return new SiteAddress(Optional.empty());
    }

    /** The scheme, host and port (and path, for a public address under one) without a final slash. */
    public String of(Context ctx) {
        return publicUrl.orElseGet(() -> (isTls(ctx) ? "https" : "http") + "://" + ctx.host());
    }

    static boolean isTls(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }
}
