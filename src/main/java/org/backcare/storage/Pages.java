package org.backcare.storage;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.backcare.clients.AuditEntry;
import org.backcare.clients.AuditLine;
import org.backcare.clients.AuditPage;
import org.backcare.clients.AuditQuery;
import org.backcare.clients.ClientId;
import org.backcare.clients.ClientPage;
import org.backcare.clients.ClientQuery;
import org.backcare.clients.ClientRecord;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

/** Long lists a page at a time: the clients a query asks for, and the audit log. */
final class Pages {
    private final Handle handle;
    private final Dialect dialect;

    Pages(Handle handle, Dialect dialect) {
        this.handle = handle;
        this.dialect = dialect;
    }

    private <S extends SqlStatement<S>> S filtered(AuditQuery query, S statement) {
        query.actor().ifPresent(actor -> statement.bind("actor", actor));
        query.client().ifPresent(id -> statement.bind("client", id.value()));
        query.action().ifPresent(action -> statement.bind("action", action));
        query.from().ifPresent(at -> statement.bind("from", dialect.time(ClientRows.auditTime(at))));
        query.before().ifPresent(at -> statement.bind("before", dialect.time(ClientRows.auditTime(at))));
        return statement;
    }

    ClientPage clients(ClientQuery query) {
        if (query.among().filter(Set::isEmpty).isPresent()) {
            return new ClientPage(List.of(), 0, query.offset(), query.limit());
        }
        var where = " where (" + dialect.caseFolded("name") + " like :pattern escape '!' or id like :pattern escape '!')"
                + (query.among().isPresent() ? " and id in (<among>)" : "");
        int total = matching(query, handle.createQuery("select count(*) from clients" + where)).mapTo(Integer.class).one();
        var clients = matching(query, handle.createQuery("select id, name, consent_given from clients" + where
                        + " order by " + dialect.caseFolded("name") + ", id limit :limit offset :offset"))
                .bind("limit", query.limit()).bind("offset", query.offset())
                .map((row, ctx) -> new ClientRecord(new ClientId(row.getString("id")), row.getString("name"),
                        dialect.date(row, "consent_given")))
                .list();
        return new ClientPage(clients, total, query.offset(), query.limit());
    }

    private static <S extends SqlStatement<S>> S matching(ClientQuery query, S statement) {
        statement.bind("pattern", "%" + likeLiterally(query.search().toLowerCase(Locale.ROOT)) + "%");
        query.among().ifPresent(among -> statement.bindList("among", among.stream().map(ClientId::value).toList()));
        return statement;
    }

    /**
     * The search as it is typed: {@code %}, {@code _} and the escape character match themselves. The escape is not
     * a backslash, which Jdbi would read as escaping the quote around it.
     */
    private static String likeLiterally(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    AuditPage auditTrail(AuditQuery query) {
        var from = " from audit_log a left join clients c on c.reference = a.client_reference where 1 = 1"
                + query.actor().map(a -> " and a.actor = :actor").orElse("")
                + query.client().map(id -> " and c.id = :client").orElse("")
                + query.action().map(a -> " and a.action = :action").orElse("")
                + query.from().map(t -> " and a.at >= :from").orElse("")
                + query.before().map(t -> " and a.at < :before").orElse("");
        int total = filtered(query, handle.createQuery("select count(*)" + from)).mapTo(Integer.class).one();
        int offset = query.offset();
        int limit = query.limit();
        var lines = filtered(query, handle.createQuery("select a.at, a.actor, a.action, a.client_reference,"
                        + " c.id as client_id" + from + " order by a.at desc, a.id desc limit :limit offset :offset"))
                .bind("limit", limit).bind("offset", offset)
                .map((row, ctx) -> new AuditLine(new AuditEntry(dialect.time(row, "at"), row.getString("actor"),
                        row.getString("action"), row.getString("client_reference")),
                        Optional.ofNullable(row.getString("client_id")).map(ClientId::new)))
                .list();
        return new AuditPage(lines, total, offset, limit);
    }
}
