package org.backcare.web.clients;

import java.util.Optional;

/** The name a client is kept under: what a form or a program may set it to. */
final class ClientName {
    static final int MAX_LENGTH = 200;

    private ClientName() {
    }

    static Optional<String> problem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("Give the client's name, for example Asha Rao.");
        }
        if (name.strip().length() > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters for the name (this one has "
                    + name.strip().length() + ").");
        }
        return Optional.empty();
    }
}
