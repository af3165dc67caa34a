package org.backcare.web;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request, as key=value pairs: method, route, status, duration. Never a body, a query or a header:
 * they carry health data. The route is the pattern matched, not the path, for paths will come to name clients.
 */
final class RequestLog implements RequestLogger {
    private static final Logger LOG = LoggerFactory.getLogger("backcare.requests");

    @Override
    public void handle(Context ctx, Float ms) {
        if (LOG.isInfoEnabled()) {
            LOG.info("method={} route={} status={} ms={}", ctx.method().name(), route(ctx), ctx.statusCode(),
                    String.format(Locale.ROOT, "%.1f", ms));
        }
    }

    private static String route(Context ctx) {
        var matched = ctx.endpoints().matchedHttpEndpoint();
        return matched == null ? "(none)" : matched.path;
    }
}
