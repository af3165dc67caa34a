package org.backcare.web.clients;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.backcare.clients.ClientId;
import org.backcare.web.Paged;
import org.backcare.web.Pages;
import org.backcare.web.access.Visit;

/**
 * {@code GET /clients}: the client list with its search box. Searching as one types (htmx) swaps only the results;
 * the same URL, asked for as a page, is the whole page, so the plain form and the browser's history work too.
 */
final class ClientList {
    static final int PAGE = 25;
    private final ClientSearch search;
    private final ClientStandings standings;

    ClientList(ClientSearch search, ClientStandings standings) {
        this.search = search;
        this.standings = standings;
    }

    void show(Context ctx) {
        var visit = Visit.required(ctx);
        var redFlagsOnly = "red".equals(ctx.queryParam("flags"));
        var found = redFlagsOnly ? search.findOnly(ctx, visit, Paged.offset(ctx), PAGE, standings::redFlagged)
                : search.find(ctx, visit, Paged.offset(ctx), PAGE);
        var rows = found.rows().stream().map(row -> new ListedClient(row, standings.of(row.client().id()))).toList();
        var page = new ClientListPage(Visit.frame(ctx, "Clients"), found.search(), redFlagsOnly, rows,
                new Paged(base(found.search(), redFlagsOnly), found.page().offset(), found.page().limit(),
                        found.page().total()),
                forgotten(ctx.queryParam("forgotten")));
        ctx.header("Vary", "HX-Request");
        Pages.show(ctx, onlyResults(ctx) ? "clients/results.jte" : "clients/list.jte", page);
    }

    /** The pager's links keep the search and the red-flag filter. */
    private static String base(String search, boolean redFlagsOnly) {
        var base = new StringBuilder("/clients?");
        if (!search.isEmpty()) {
            base.append("q=").append(URLEncoder.encode(search, StandardCharsets.UTF_8)).append('&');
        }
        return (redFlagsOnly ? base.append("flags=red&") : base).toString();
    }

    /** htmx asks for the results as one types; when it restores history it needs the whole page. */
    private static boolean onlyResults(Context ctx) {
        return "true".equals(ctx.header("HX-Request")) && ctx.header("HX-History-Restore-Request") == null;
    }

    private static String forgotten(String id) {
        return id != null && ClientId.isValid(id) ? id : "";
    }
}
