package org.backcare.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request, as key=value pairs: method, route, status, duration. Never a body, a query or a header:
 * they carry health data. The route is the pattern matched, not the path, for paths will come to name clients.
 *
 * <p>Lines go through a queue to a thread of their own, in order. The logger takes a lock and writes to stderr for
 * each line, so under load request threads queued for it, one behind the other. When the server stops, the lines
 * still queued are written before it returns: a graceful stop loses none.
 */
final class RequestLog implements RequestLogger {
    private static final Logger LOG = LoggerFactory.getLogger("backcare.requests");
    /** Enough for seconds of requests; if the writer falls that far behind, requests wait for it rather than lose lines. */
    private static final int QUEUE_LIMIT = 1 << 16;

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>(QUEUE_LIMIT);
    private final Thread writer = new Thread(this::writeLines, "backcare-request-log");

    private RequestLog() {
        writer.setDaemon(true);
        writer.start();
    }

    /** Logs every request of this server (and counts it in the metrics), and writes the last lines when it has stopped. */
    static void register(JavalinConfig config, ServerMetrics metrics) {
        var log = new RequestLog();
        config.requestLogger.http((ctx, ms) -> {
            metrics.request(ctx.method().name(), route(ctx), ctx.statusCode(), ms);
            log.handle(ctx, ms);
        });
        config.events.serverStopped(log::close);
    }

    @Override
    public void handle(Context ctx, Float ms) throws InterruptedException {
        if (LOG.isInfoEnabled()) {
            lines.put(line(ctx.method().name(), route(ctx), ctx.statusCode(), ms));
        }
    }

    static String line(String method, String route, int status, float ms) {
        long tenths = Math.round(ms * 10.0);
        return "method=" + method + " route=" + route + " status=" + status + " ms=" + tenths / 10 + "." + tenths % 10;
    }

    private static String route(Context ctx) {
        var matched = ctx.endpoints().matchedHttpEndpoint();
        return matched == null ? "(none)" : matched.path;
    }

    private void writeLines() {
        try {
            while (true) {
                LOG.info(lines.take());
            }
        } catch (InterruptedException e) {
            // close(): the server has stopped, so nothing more is coming
        }
        for (var line = lines.poll(); line != null; line = lines.poll()) {
            LOG.info(line);
        }
    }

    private void close() throws InterruptedException {
        writer.interrupt();
        writer.join();
    }
}
