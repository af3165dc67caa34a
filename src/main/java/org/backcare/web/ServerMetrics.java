package org.backcare.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.backcare.mail.Outbox;
import org.backcare.web.access.Access;
import org.backcare.web.access.ClientAddress;

/**
 * Prometheus metrics at {@code /metrics}: requests by route pattern (never a path, which names clients), method and
 * status, with a latency histogram; the audit writer's batches; the mail outbox's depth; the JVM. Only the
 * addresses the operator allows may read them, and never through the reverse proxy (a request that carries
 * X-Forwarded-For came from outside).
 */
public final class ServerMetrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Set<InetAddress> allowed;
    private final DistributionSummary auditLines;
    private final Timer auditWait;

    ServerMetrics(Set<InetAddress> allowed) {
        this.allowed = allowed;
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        this.auditLines = DistributionSummary.builder("backcare.audit.batch.lines")
                .description("Audit entries committed together in one transaction").publishPercentileHistogram()
                .register(registry);
        this.auditWait = Timer.builder("backcare.audit.batch.wait")
                .description("From a batch's first entry being given to its commit").publishPercentileHistogram()
                .register(registry);
    }

    /** Counts the mails not sent yet, shared by every server on the database. */
    void watch(Outbox outbox, Clock clock) {
        new OutboxGauges(outbox, clock).bindTo(registry);
    }

    void register(RoutesConfig routes) {
        routes.get("/metrics", this::scrape, Access.ANYONE);
    }

    void request(String method, String route, int status, float ms) {
        Timer.builder("http.server.requests").tag("method", method).tag("route", route).tag("status", Integer.toString(status))
                .publishPercentileHistogram().register(registry).record((long) (ms * 1000), TimeUnit.MICROSECONDS);
    }

    /** Told of each audit batch the database commits. */
    public void auditBatch(int lines, Duration wait) {
        auditLines.record(lines);
        auditWait.record(wait);
    }

    private void scrape(Context ctx) {
        if (!allowed.contains(ClientAddress.parse(ctx.ip())) || ctx.header("X-Forwarded-For") != null
                || ctx.header("Forwarded") != null) {
            ctx.status(404).contentType("application/problem+json")
                    .result("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"Not found.\"}");
            return;
        }
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
    }
}
