package org.backcare.web.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import org.backcare.clients.AuditPage;
import org.backcare.clients.ClientId;
import org.backcare.clients.ClientBook;
import org.backcare.web.Frame;
import org.backcare.web.ListPage;
import org.backcare.web.Pages;
import org.backcare.web.Paged;
import org.backcare.web.access.Access;
import org.backcare.web.access.Visit;

/** The audit log for the admin: who read or changed which client record, and when, newest first. */
public final class AuditPages {
    public record AuditLogPage(Frame frame, AuditPage log, Paged paged) {}

    private static final int PAGE = 50;
    private final ClientBook clients;

    public AuditPages(ClientBook clients) {
        this.clients = clients;
    }

    public void register(RoutesConfig routes) {
        routes.get("/admin/audit", this::show, Access.ADMIN);
        routes.get("/api/audit", this::list, Access.ADMIN);
    }

    private void list(Context ctx) {
        var log = clients.auditTrail(Paged.offset(ctx), Paged.limit(ctx, PAGE));
        var lines = log.lines().stream().map(line -> {
            var row = new LinkedHashMap<String, Object>();
            row.put("at", line.entry().at().toString());
            row.put("actor", line.entry().actor());
            row.put("action", line.entry().action());
            row.put("clientReference", line.entry().clientReference());
            row.put("client", line.client().map(ClientId::value).orElse(null));
            return row;
        }).toList();
        ctx.json(ListPage.of(lines, log.offset(), log.limit(), log.total()));
    }

    private void show(Context ctx) {
        var log = clients.auditTrail(Paged.offset(ctx), PAGE);
        Pages.show(ctx, "admin/audit.jte", new AuditLogPage(Visit.frame(ctx, "Audit log"), log,
                new Paged("/admin/audit?", log.offset(), log.limit(), log.total())));
    }
}
