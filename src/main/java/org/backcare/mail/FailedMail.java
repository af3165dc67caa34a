package org.backcare.mail;

import java.time.Instant;
import java.util.Optional;

/**
 * A mail the SMTP server has not taken yet, for the admin: which mail ({@code what}, such as "confirmation 12"),
 * how many tries, the server's last answer, and when it is tried next (none once Backcare has given up).
 */
public record FailedMail(long id, String what, int attempts, String error, Optional<Instant> nextTry) {}
