package org.backcare.clients;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which clients to list: those whose name or id contains the search (any case; blank lists everyone), only among
 * the given clients if there is such a set (a therapist's caseload), one page of them.
 */
public record ClientQuery(String search, Optional<Set<ClientId>> among, int offset, int limit) {
    public static final int MAX_SEARCH = 200;

    public ClientQuery {
        search = search == null ? "" : search.strip();
        if (search.length() > MAX_SEARCH) {
            throw new IllegalArgumentException("search: at most " + MAX_SEARCH + " characters (was " + search.length() + ")");
        }
        among = Objects.requireNonNull(among, "among").map(Set::copyOf);
        Paging.check(offset, limit);
    }

    public static ClientQuery everyone(int offset, int limit) {
        return new ClientQuery("", Optional.empty(), offset, limit);
    }
}
