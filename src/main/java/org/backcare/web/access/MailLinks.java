package org.backcare.web.access;

import java.time.Clock;
import java.time.Duration;
import java.util.function.BiFunction;
import org.backcare.accounts.OneTimeLinks;
import org.backcare.storage.SqlOutbox;

/**
 * Makes the one-time links that mails carry, when the mail is sent (or, for a pre-visit intake, when staff copy one):
 * a sign-in invitation (72 hours), a password reset (1 hour) or a pre-visit intake (7 days). Only the token's hash is
 * kept; the token itself is in the mail, or on the page that shows it, alone.
 */
public final class MailLinks implements BiFunction<String, String, String> {
    public static final String INVITATION = "invitation";
    public static final String RESET = "password-reset";
    public static final String PRE_VISIT_INTAKE = SqlOutbox.PRE_VISIT_INTAKE;

    private final OneTimeLinks links;
    private final String base;
    private final Clock clock;

    public MailLinks(OneTimeLinks links, String base, Clock clock) {
        this.links = links;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.clock = clock;
    }

    /** A fresh link for {@code purpose} about {@code subject}: an account's username, or a client's id for an intake. */
    @Override
    public String apply(String purpose, String subject) {
        var token = Tokens.fresh();
        links.issue(purpose, Tokens.hash(token), subject, clock.instant().plus(valid(purpose)));
        return base + (purpose.equals(PRE_VISIT_INTAKE) ? "/intake" : "/password") + "?token=" + token;
    }

    private static Duration valid(String purpose) {
        return switch (purpose) {
            case INVITATION -> SqlOutbox.INVITATION_VALID;
            case PRE_VISIT_INTAKE -> SqlOutbox.PRE_VISIT_VALID;
            default -> SqlOutbox.RESET_VALID;
        };
    }
}
