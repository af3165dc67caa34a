package org.backcare.accounts;

import java.time.Instant;
import java.util.Optional;

/**
 * Links that work once (setup now; invitations, password resets and pre-visit intakes later), each kept under a hash
 * of its token with what it is for ({@code purpose}), whom or what it concerns ({@code subject}) and when it expires.
 * Shared by every server on the database.
 */
public interface OneTimeLinks {
    void issue(String purpose, String tokenHash, String subject, Instant expires);

    /** The link's subject while it is unused and unexpired, without using it (to show the page it opens). */
    Optional<String> peek(String purpose, String tokenHash, Instant now);

    /** Uses the link up: of any number of callers at once, exactly one gets its subject. */
    Optional<String> use(String purpose, String tokenHash, Instant now);
}
