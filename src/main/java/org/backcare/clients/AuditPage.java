package org.backcare.clients;

import java.util.List;

/** One page of the audit log, newest first, and how many entries the whole log holds. */
public record AuditPage(List<AuditLine> lines, int total, int offset, int limit) {
    public AuditPage {
        lines = List.copyOf(lines);
    }
}
