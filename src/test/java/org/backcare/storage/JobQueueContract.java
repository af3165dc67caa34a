package org.backcare.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import org.backcare.jobs.JobQueue;
import org.junit.jupiter.api.Test;

/** The job queue on SQLite and on PostgreSQL: two workers on their own connections, each job done exactly once. */
abstract class JobQueueContract extends DatabaseContract {
    static final Instant NOON = Instant.parse("2026-12-04T12:00:00Z");
    static final Duration LEASE = Duration.ofMinutes(5);
    static final Set<String> MAIL = Set.of("mail");

    @Test
    void twoWorkersClaimingAtOnceDoEachJobExactlyOnce() throws Exception {
        var queue = database.jobQueue();
        var jobs = 120;
        for (int i = 0; i < jobs; i++) {
            queue.add("mail", "reminder " + i, NOON);
        }
        var doneBy = new ConcurrentHashMap<String, String>();
        var doubles = new AtomicInteger();
        var start = new CyclicBarrier(2);
        var workers = new ArrayList<Thread>();
        for (var worker : List.of("server-1", "server-2")) {
            var own = open(location).jobQueue();
            var thread = new Thread(() -> {
                await(start);
                for (var job = own.claim(MAIL, worker, NOON, LEASE); job.isPresent(); job = own.claim(MAIL, worker, NOON, LEASE)) {
                    if (doneBy.putIfAbsent(job.get().payload(), worker) != null) {
                        doubles.incrementAndGet();
                    }
                    work();
                    assertThat(own.done(job.get(), worker)).isTrue();
                }
            });
            thread.start();
            workers.add(thread);
        }
        for (var thread : workers) {
            thread.join();
        }
        assertThat(doubles).hasValue(0);
        assertThat(doneBy).hasSize(jobs);
        assertThat(doneBy.values()).as("both workers took part").contains("server-1", "server-2");
        assertThat(rows("jobs")).isZero();
    }

    @Test
    void aJobIsNotClaimedBeforeItIsDueNorByAWorkerForOtherKinds() {
        var queue = database.jobQueue();
        queue.add("mail", "later", NOON.plusSeconds(60));
        queue.add("week-plan", "now", NOON);

        assertThat(queue.claim(MAIL, "w", NOON, LEASE)).isEmpty();
        assertThat(queue.claim(Set.of("week-plan"), "w", NOON, LEASE).orElseThrow().payload()).isEqualTo("now");
        assertThat(queue.claim(MAIL, "w", NOON.plusSeconds(60), LEASE).orElseThrow().payload()).isEqualTo("later");
    }

    @Test
    void aCrashedWorkersJobIsClaimedAgainWhenItsLeaseRunsOut() {
        var queue = database.jobQueue();
        queue.add("mail", "reminder", NOON);
        var first = queue.claim(MAIL, "crashed", NOON, LEASE).orElseThrow();

        assertThat(queue.claim(MAIL, "other", NOON.plus(LEASE).minusSeconds(1), LEASE)).isEmpty();
        var again = queue.claim(MAIL, "other", NOON.plus(LEASE), LEASE).orElseThrow();

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.attempts()).isEqualTo(2);
        assertThat(queue.done(first, "crashed")).as("a lease that ran out").isFalse();
        assertThat(queue.done(again, "other")).isTrue();
    }

    @Test
    void aFailedJobWaitsLongerEachTimeAndIsKeptWithItsErrorAfterTheLastAttempt() {
        var queue = database.jobQueue();
        queue.add("mail", "reminder", NOON);
        var now = NOON;
        var waits = new ArrayList<Duration>();
        for (int attempt = 1; attempt <= JobQueue.MOST_ATTEMPTS; attempt++) {
            var job = queue.claim(MAIL, "w", now, LEASE).orElseThrow();
            assertThat(job.attempts()).isEqualTo(attempt);
            assertThat(queue.failed(job, "w", "mail server said 451 (attempt " + attempt + ")", now)).isTrue();
            var retry = JobQueue.retryAfter(attempt);
            assertThat(queue.claim(MAIL, "w", now.plus(retry).minusMillis(1), LEASE)).isEmpty();
            waits.add(retry);
            now = now.plus(retry);
        }
        assertThat(waits.subList(0, 4)).containsExactly(Duration.ofSeconds(30), Duration.ofMinutes(1),
                Duration.ofMinutes(2), Duration.ofMinutes(4));
        assertThat(queue.claim(MAIL, "w", now.plus(Duration.ofDays(30)), LEASE)).as("failed for good").isEmpty();
        assertThat(queue.waiting("mail")).isZero();
        var kept = database.transaction("read", h -> h.createQuery("select last_error from jobs").mapTo(String.class).one());
        assertThat(kept).isEqualTo("mail server said 451 (attempt " + JobQueue.MOST_ATTEMPTS + ")");
    }

    @Test
    void waitingCountsTheJobsOfAKind() {
        var queue = database.jobQueue();
        queue.add("mail", "a", NOON);
        queue.add("mail", "b", NOON.plusSeconds(600));
        queue.add("week-plan", "c", NOON);
        assertThat(Map.of("mail", queue.waiting("mail"), "week-plan", queue.waiting("week-plan")))
                .isEqualTo(Map.of("mail", 2L, "week-plan", 1L));
    }

    /** A job takes a moment, as sending a mail does; meanwhile the other worker gets the database. */
    private static void work() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
