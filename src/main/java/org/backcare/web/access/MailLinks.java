package org.backcare.web.access;

import java.time.Clock;
import java.util.function.BiFunction;
import org.backcare.accounts.OneTimeLinks;
import org.backcare.accounts.Username;
import org.backcare.storage.SqlOutbox;

/**
 * Makes the one-time links that mails carry, when the mail is sent: a sign-in invitation (72 hours) or a password
 * reset (1 hour). Only the token's hash is kept; the token itself is in the mail alone.
 */
public final class MailLinks implements BiFunction<String, Username, String> {
    public static final String INVITATION = "invitation";
    public static final String RESET = "password-reset";

    private final OneTimeLinks links;
    private final String base;
    private final Clock clock;

    public MailLinks(OneTimeLinks links, String base, Clock clock) {
        this.links = links;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.clock = clock;
    }

    @Override
    public String apply(String purpose, Username account) {
        var token = Tokens.fresh();
        var valid = purpose.equals(INVITATION) ? SqlOutbox.INVITATION_VALID : SqlOutbox.RESET_VALID;
        links.issue(purpose, Tokens.hash(token), account.value(), clock.instant().plus(valid));
        return base + "/password?token=" + token;
    }
}
