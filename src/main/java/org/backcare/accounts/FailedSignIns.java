package org.backcare.accounts;

import java.time.Instant;
import java.util.Optional;

/** Failed sign-ins counted by key (an account's or an address's), shared by every server on the database. */
public interface FailedSignIns {
    /** How many failures since a time, and when the last one was. */
    record Count(int failures, Optional<Instant> last) {}

    void add(String key, Instant at);

    Count since(String key, Instant since);

    /** Forgets the key's failures (after a successful sign-in) and everyone's older than {@code before}. */
    void clear(String key, Instant before);
}
