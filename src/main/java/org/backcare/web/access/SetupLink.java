package org.backcare.web.access;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.backcare.accounts.Accounts;
import org.backcare.accounts.OneTimeLinks;

/**
 * The one-time link that creates the clinic's admin account. Each server makes one at start-up, while the clinic has
 * no admin (therapists added on the command line before the first start do not count), and shows it only to whoever
 * started it, so nobody else who reaches the port first can claim the clinic.
 * Kept hashed in the database, it works on whichever server receives it, once, for {@link #VALID}.
 */
public final class SetupLink {
    static final String PURPOSE = "setup";
    static final Duration VALID = Duration.ofHours(24);

    private final Accounts accounts;
    private final OneTimeLinks links;
    private final Clock clock;
    private final String token = Tokens.fresh();

    SetupLink(Accounts accounts, OneTimeLinks links, Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.clock = clock;
        if (accounts.noAdmin()) {
            links.issue(PURPOSE, Tokens.hash(token), "", clock.instant().plus(VALID));
        }
    }

    /** The path to open, while the clinic has no admin yet. */
    public Optional<String> path() {
        return accounts.noAdmin() ? Optional.of("/setup?token=" + token) : Optional.empty();
    }

    boolean opens(String given) {
        return given != null && accounts.noAdmin() && links.peek(PURPOSE, Tokens.hash(given), clock.instant()).isPresent();
    }

    /** Uses the link up: true for exactly one of any number of people sending it at once. */
    boolean use(String given) {
        return given != null && links.use(PURPOSE, Tokens.hash(given), clock.instant()).isPresent();
    }
}
