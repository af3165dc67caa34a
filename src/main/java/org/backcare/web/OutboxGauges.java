package org.backcare.web;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.ToDoubleFunction;
import org.backcare.mail.Outbox;
import org.backcare.mail.OutboxDepth;

/**
 * The mail outbox's depth as gauges ({@code backcare_mail_outbox_mails{state="due|later|failed"}}), counted in the
 * database because every server on it shares the outbox. Several servers, each scraped by Prometheus, would count
 * the same rows again and again: a count is kept for {@link #KEPT}, and one scrape's three gauges share it.
 */
final class OutboxGauges {
    static final Duration KEPT = Duration.ofSeconds(5);

    private record Counted(Instant at, OutboxDepth depth) {}

    private final Outbox outbox;
    private final Clock clock;
    private Counted counted;

    OutboxGauges(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    void bindTo(MeterRegistry registry) {
        gauge(registry, "due", OutboxDepth::due);
        gauge(registry, "later", OutboxDepth::later);
        gauge(registry, "failed", OutboxDepth::failed);
    }

    private void gauge(MeterRegistry registry, String state, ToDoubleFunction<OutboxDepth> count) {
        Gauge.builder("backcare.mail.outbox.mails", this, gauges -> gauges.depth(count)).tag("state", state)
                .strongReference(true) // else the registry holds these gauges weakly and they read NaN once collected
                .description("Mails in the outbox not sent yet: due now, waiting for their time, or given up on")
                .register(registry);
    }

    /** NaN (no sample) while the database does not answer. */
    synchronized double depth(ToDoubleFunction<OutboxDepth> count) {
        var now = clock.instant();
        if (counted == null || !now.isBefore(counted.at().plus(KEPT))) {
            counted = new Counted(now, count(now));
        }
        return counted.depth() == null ? Double.NaN : count.applyAsDouble(counted.depth());
    }

    private OutboxDepth count(Instant now) {
        try {
            return outbox.depth(now);
        } catch (RuntimeException e) {
            return null; // the database is down: /health says so; the gauges show no value meanwhile
        }
    }
}
