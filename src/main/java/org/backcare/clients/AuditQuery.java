package org.backcare.clients;

import java.time.Instant;
import java.util.Optional;

/**
 * Which audit entries to show: by whom, about which client, which action, from and before which moments; each
 * left empty matches all. A page of them, newest first.
 */
public record AuditQuery(Optional<String> actor, Optional<ClientId> client, Optional<String> action,
        Optional<Instant> from, Optional<Instant> before, int offset, int limit) {
    public AuditQuery {
        Paging.check(offset, limit);
    }

    public static AuditQuery all(int offset, int limit) {
        return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                offset, limit);
    }
}
