package org.backcare.clients;

import java.util.List;

/** One page of a client list, ordered by name then id, and how many clients the whole list holds. */
public record ClientPage(List<ClientRecord> clients, int total, int offset, int limit) {
    public ClientPage {
        clients = List.copyOf(clients);
    }
}
