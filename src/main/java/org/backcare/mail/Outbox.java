package org.backcare.mail;

import java.time.Instant;
import org.backcare.accounts.Username;

/** Mails about an account, queued for the mail worker: {@code invitation} (a client's first sign-in) or {@code password-reset}. */
public interface Outbox {
    void queue(String mail, Username account, Instant now);

    /** The mails not sent yet as of {@code now}, counted across every server on the database. */
    OutboxDepth depth(Instant now);
}
