package org.backcare.storage;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.backcare.jobs.JobQueue;

/**
 * The job queue in a {@link Database}. A claim picks the next due job and leases it with a conditional update in one
 * transaction: on SQLite that transaction holds the write lock from its start (BEGIN IMMEDIATE), on PostgreSQL the
 * row is locked and others skip it (FOR UPDATE SKIP LOCKED), so two workers never claim the same job.
 */
public final class SqlJobQueue implements JobQueue {
    private final Database database;

    SqlJobQueue(Database database) {
        this.database = database;
    }

    @Override
    public long add(String kind, String payload, Instant runAfter) {
        return database.transaction("add a " + kind + " job", handle -> add(handle, kind, payload, runAfter));
    }

    /** Adds a job within a transaction already under way: it is there if, and only if, that transaction is kept. */
    static long add(org.jdbi.v3.core.Handle handle, String kind, String payload, Instant runAfter) {
        return handle.createUpdate("insert into jobs (kind, payload, run_after) values (:kind, :payload, :runAfter)")
                .bind("kind", kind).bind("payload", payload).bind("runAfter", runAfter.toEpochMilli())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    @Override
    public Optional<Job> claim(Set<String> kinds, String worker, Instant now, Duration lease) {
        if (kinds.isEmpty()) {
            return Optional.empty();
        }
        return database.transaction("claim a job", handle -> {
            var due = handle.createQuery("""
                    select id, kind, payload, attempts from jobs
                    where kind in (<kinds>) and run_after <= :now and (lease_until is null or lease_until <= :now)
                    order by run_after, id limit 1""" + database.dialect().skippingLockedRows())
                    .bindList("kinds", kinds.stream().sorted().toList()).bind("now", now.toEpochMilli())
                    .map((row, ctx) -> new Job(row.getLong("id"), row.getString("kind"), row.getString("payload"),
                            row.getInt("attempts") + 1))
                    .findOne();
            return due.filter(job -> handle.createUpdate("""
                    update jobs set leased_by = :worker, lease_until = :until, attempts = attempts + 1
                    where id = :id and (lease_until is null or lease_until <= :now)""")
                    .bind("worker", worker).bind("until", now.plus(lease).toEpochMilli()).bind("id", job.id())
                    .bind("now", now.toEpochMilli()).execute() == 1);
        });
    }

    @Override
    public boolean done(Job job, String worker) {
        return database.transaction("finish a " + job.kind() + " job", handle -> handle
                .createUpdate("delete from jobs where id = :id and leased_by = :worker")
                .bind("id", job.id()).bind("worker", worker).execute() == 1);
    }

    @Override
    public boolean failed(Job job, String worker, String error, Instant now) {
        var retry = job.attempts() >= MOST_ATTEMPTS ? null : now.plus(JobQueue.retryAfter(job.attempts())).toEpochMilli();
        return database.transaction("note a failed " + job.kind() + " job", handle -> handle.createUpdate("""
                update jobs set leased_by = null, lease_until = null, last_error = :error, run_after = :retry
                where id = :id and leased_by = :worker""")
                .bind("error", error).bind("retry", retry).bind("id", job.id()).bind("worker", worker).execute() == 1);
    }

    @Override
    public long waiting(String kind) {
        return database.transaction("count " + kind + " jobs", handle -> handle
                .createQuery("select count(*) from jobs where kind = :kind and run_after is not null")
                .bind("kind", kind).mapTo(Long.class).one());
    }
}
