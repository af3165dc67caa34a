package org.backcare.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Background work (mails to send, weeks to plan) kept in the database, so that with several servers each job is
 * done by one of them. A worker claims a job for a while (its lease); a worker that dies leaves the job to be claimed
 * again when the lease runs out. A job that fails is tried again later, each time waiting twice as long, until
 * {@link #MOST_ATTEMPTS}; then it stays, with its last error, for someone to look at.
 */
public interface JobQueue {
    int MOST_ATTEMPTS = 10;
    Duration FIRST_RETRY = Duration.ofSeconds(30);
    Duration LONGEST_RETRY = Duration.ofHours(1);

    /** A claimed job: {@code attempts} counts this one. */
    record Job(long id, String kind, String payload, int attempts) {}

    /** Adds a job of this kind (what to do) with its payload (never health data), to run from {@code runAfter}. */
    long add(String kind, String payload, Instant runAfter);

    /** The next due job of one of these kinds, leased to this worker until {@code now + lease}; none when none is due. */
    Optional<Job> claim(Set<String> kinds, String worker, Instant now, Duration lease);

    /** The job is done and goes; false when the worker's lease had run out and another worker may have it. */
    boolean done(Job job, String worker);

    /** The job failed: tried again after a wait that doubles with each attempt, or kept as failed for good. */
    boolean failed(Job job, String worker, String error, Instant now);

    /** How many jobs of this kind are waiting (the mail outbox's depth, for example). */
    long waiting(String kind);

    /** The wait before trying again after this many attempts: 30 s, 1 min, 2 min… at most an hour. */
    static Duration retryAfter(int attempts) {
        var wait = FIRST_RETRY.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
    }
}
