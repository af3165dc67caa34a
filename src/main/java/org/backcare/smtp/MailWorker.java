package org.backcare.smtp;

import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.backcare.jobs.JobQueue;
import org.backcare.storage.SqlClinic;
import org.backcare.storage.SqlOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox: claims each due mail (one worker of any server gets it), makes it from what is on file, hands it
 * to the SMTP server, and lets it go once sent. A failure is tried again later with doubling waits, keeping the
 * server's answer for the admin; an address refused for good is marked as bounced and the mail dropped.
 */
public final class MailWorker implements AutoCloseable {
    static final Duration LEASE = Duration.ofMinutes(2);
    private static final Logger LOG = LoggerFactory.getLogger(MailWorker.class);

    private final JobQueue jobs;
    private final SqlOutbox outbox;
    private final SqlClinic clinic;
    private final Postman postman;
    private final BiFunction<String, String, String> links;
    private final String name;
    private final Clock clock;
    private ScheduledExecutorService timer;

    public MailWorker(JobQueue jobs, SqlOutbox outbox, SqlClinic clinic, Postman postman,
            BiFunction<String, String, String> links, String name, Clock clock) {
        this.jobs = jobs;
        this.outbox = outbox;
        this.clinic = clinic;
        this.postman = postman;
        this.links = links;
        this.name = name;
        this.clock = clock;
    }

    /** Sends every mail due now; answers how many the SMTP server took. */
    public int sendDue() {
        int sent = 0;
        for (var job = jobs.claim(Set.of(SqlOutbox.KIND), name, clock.instant(), LEASE); job.isPresent();
                job = jobs.claim(Set.of(SqlOutbox.KIND), name, clock.instant(), LEASE)) {
            if (send(job.get())) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(JobQueue.Job job) {
        var letter = outbox.letter(job.payload(), links);
        if (letter.isEmpty()) {
            jobs.done(job, name); // nobody and nothing left to write to or about
            return false;
        }
        try {
            postman.send(letter.get(), clinic.profile().name(), clock.instant());
            jobs.done(job, name);
            return true;
        } catch (Postman.Bounced e) {
            outbox.bounced(letter.get().to(), LocalDate.now(clock));
            jobs.failed(job, name, "the address was refused for good, so it is marked as bounced: " + error(e),
                    clock.instant());
            LOG.warn("mail job {} ({}): the address bounced", job.id(), job.payload().split(" ")[0]);
            return false;
        } catch (MessagingException | RuntimeException e) {
            jobs.failed(job, name, error(e), clock.instant());
            LOG.warn("mail job {} ({}) failed, attempt {}: {}", job.id(), job.payload().split(" ")[0], job.attempts(),
                    error(e));
            return false;
        }
    }

    /** The SMTP server's answer as the admin sees it (never the letter). */
    static String error(Exception e) {
        var words = new StringBuilder(String.valueOf(e.getMessage()).strip());
        for (var cause = e.getCause(); cause != null && words.length() < 500; cause = cause.getCause()) {
            words.append(": ").append(String.valueOf(cause.getMessage()).strip());
        }
        return words.length() > 500 ? words.substring(0, 500) : words.toString();
    }

    /** Looks for due mail every so often, on a thread of its own, until closed. */
    public MailWorker start(Duration every) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            var thread = new Thread(r, "backcare-mail");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::sendQuietly, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    private void sendQuietly() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.warn("the mail worker could not read the outbox: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdown();
            try {
                timer.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
