package org.backcare.mail;

import java.time.Instant;
import org.backcare.accounts.Username;
import org.backcare.clients.ClientId;

/** Mails about an account, queued for the mail worker: {@code invitation} (a client's first sign-in) or
 * {@code password-reset}, and a client's pre-visit intake link. */
public interface Outbox {
    void queue(String mail, Username account, Instant now);

    /** A client's link to fill in their intake before a visit; the link is made, and starts to run, when it is sent. */
    void queuePreVisitIntake(ClientId client, Instant now);

    /** The mails not sent yet as of {@code now}, counted across every server on the database. */
    OutboxDepth depth(Instant now);
}
