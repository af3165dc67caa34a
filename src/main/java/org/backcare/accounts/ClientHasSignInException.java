package org.backcare.accounts;

import org.backcare.clients.ClientId;

/** A client has one sign-in of their own: a second would be a second way into the same health record. */
public final class ClientHasSignInException extends RuntimeException {
    private final Username existing;

    public ClientHasSignInException(ClientId client, Username existing) {
        super(client + " already signs in as " + existing);
        this.existing = existing;
    }

    public Username existing() {
        return existing;
    }
}
