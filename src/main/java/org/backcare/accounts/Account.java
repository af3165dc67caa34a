package org.backcare.accounts;

import java.util.Objects;
import java.util.Optional;
import org.backcare.clients.ClientId;

/** A person who signs in: staff (admin, therapist) or a client, who is linked to their own client record. */
public record Account(Username username, String name, Role role, Optional<ClientId> client) {
    public Account {
        Objects.requireNonNull(username);
        Objects.requireNonNull(role);
        if ((role == Role.CLIENT) != client.isPresent()) {
            throw new IllegalArgumentException("a client account, and only a client account, names its client record");
        }
    }

    public static Account staff(Username username, String name, Role role) {
        return new Account(username, name, role, Optional.empty());
    }

    public static Account client(Username username, String name, ClientId client) {
        return new Account(username, name, Role.CLIENT, Optional.of(client));
    }

    public boolean isStaff() {
        return role != Role.CLIENT;
    }
}
