package org.backcare.web.access;

import java.time.Instant;
import org.backcare.accounts.Username;

/** A browser's signed-in session: who it is, the CSRF token its forms carry, and when it was last used. */
record SignedIn(Username username, String csrfToken, Instant started, Instant lastSeen) {
    SignedIn seenAt(Instant now) {
        return new SignedIn(username, csrfToken, started, now);
    }
}
