package org.backcare.clients;

import java.time.Instant;

/** Who did what to which client record, and when. Never holds health data: the client is named by a reference. */
public record AuditEntry(Instant at, String actor, String action, String clientReference) {}
