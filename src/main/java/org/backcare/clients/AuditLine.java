package org.backcare.clients;

import java.util.Optional;

/** An audit entry, with the client's id while they are still on file (none once they are forgotten). */
public record AuditLine(AuditEntry entry, Optional<ClientId> client) {}
