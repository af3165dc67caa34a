package org.backcare.accounts;

import java.time.Instant;
import java.util.Optional;

/**
 * Who is signed in, shared by every server on the database: each sign-in is kept under a hash of its cookie's token
 * (the token itself is never stored), so a stolen copy of the records opens nobody's sign-in.
 */
public interface SignIns {
    /** A browser signed in, with the CSRF token its pages carry. */
    record SignIn(Account account, String csrfToken, Instant started, Instant lastSeen) {}

    void start(String tokenHash, Username username, String csrfToken, Instant at);

    /** The sign-in and its account, read together: an account that is gone (or may no longer sign in) has none. */
    Optional<SignIn> find(String tokenHash);

    /** Notes that the sign-in was used now; cheap to skip, so callers do it at most once a minute. */
    void seen(String tokenHash, Instant at);

    void end(String tokenHash);

    /** Signs the person out everywhere, on every server. */
    void endAll(Username username);

    /** Forgets sign-ins that started before {@code startedBefore} or were last used before {@code seenBefore}. */
    void endExpired(Instant startedBefore, Instant seenBefore);
}
