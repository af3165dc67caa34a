package org.backcare.web.clients;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.backcare.clients.ClientBook;
import org.backcare.clients.ClientId;
import org.backcare.clients.ClientPage;
import org.backcare.clients.ClientQuery;
import org.backcare.clients.ClientRecord;
import org.backcare.clients.Paging;
import org.backcare.intake.Problem;
import org.backcare.web.ProblemDetails;
import org.backcare.web.ProblemResponse;
import org.backcare.web.access.Caseloads;
import org.backcare.web.access.Visit;

/** The clients a visitor may list whose name or id contains what they typed ({@code ?q=}), a page at a time. */
final class ClientSearch {
    record Found(String search, List<ClientRow> rows, ClientPage page) {}

    private final ClientBook clients;
    private final Caseloads caseloads;
    private final Carers carers;

    ClientSearch(ClientBook clients, Caseloads caseloads, Carers carers) {
        this.clients = clients;
        this.caseloads = caseloads;
        this.carers = carers;
    }

    Found find(Context ctx, Visit visit, int offset, int limit) {
        var search = search(ctx);
        return found(search, clients.clients(new ClientQuery(search, caseloads.listable(visit), offset, limit)));
    }

    /** As {@link #find}, but only the clients {@code keep} accepts: every client the search matches is looked at. */
    Found findOnly(Context ctx, Visit visit, int offset, int limit, Predicate<ClientId> keep) {
        var search = search(ctx);
        var among = caseloads.listable(visit);
        var kept = new ArrayList<ClientRecord>();
        for (int from = 0; ; from += Paging.MAX_LIMIT) {
            var page = clients.clients(new ClientQuery(search, among, from, Paging.MAX_LIMIT));
            page.clients().stream().filter(client -> keep.test(client.id())).forEach(kept::add);
            if (from + Paging.MAX_LIMIT >= page.total()) {
                break;
            }
        }
        var shown = kept.subList(Math.min(offset, kept.size()), Math.min(offset + limit, kept.size()));
        return found(search, new ClientPage(shown, kept.size(), offset, limit));
    }

    private Found found(String search, ClientPage page) {
        var rows = page.clients().stream().map(client -> new ClientRow(client, carers.of(client.id()))).toList();
        return new Found(search, rows, page);
    }

    private static String search(Context ctx) {
        var search = ctx.queryParam("q");
        if (search == null) {
            return "";
        }
        if (search.strip().length() > ClientQuery.MAX_SEARCH) {
            throw new ProblemResponse(new ProblemDetails(ProblemDetails.INVALID_QUERY, "Invalid query parameter", 400,
                    "The query has 1 problem.", List.of(new Problem("q", "Search with at most " + ClientQuery.MAX_SEARCH
                            + " characters of a name or id (" + search.strip().length() + " were sent)."))));
        }
        return search.strip();
    }
}
