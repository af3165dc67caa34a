package org.backcare.web.access;

import java.util.Optional;
import org.backcare.accounts.Accounts;

/**
 * The one-time link that creates the clinic's admin account. Its token is made at start-up and shown only to
 * whoever started the server, so nobody else who reaches the port first can claim the clinic.
 */
public final class SetupLink {
    private final Accounts accounts;
    private final String token = Tokens.fresh();

    SetupLink(Accounts accounts) {
        this.accounts = accounts;
    }

    /** The path to open, while no account exists yet. */
    public Optional<String> path() {
        return accounts.none() ? Optional.of("/setup?token=" + token) : Optional.empty();
    }

    boolean opens(String given) {
        return accounts.none() && Tokens.same(token, given);
    }
}
