package org.backcare.web.clients;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.LinkedHashMap;
import org.backcare.clients.ClientBook;
import org.backcare.clients.ClientChangedException;
import org.backcare.clients.ClientHistory;
import org.backcare.files.IntakeFile;
import org.backcare.web.Paged;
import org.backcare.web.access.Visit;

/**
 * The clients as JSON: list and search, one client with its version as ETag, rename with If-Match, put in a
 * therapist's care, forget.
 */
final class ClientApi {
    private final ClientBook clients;
    private final OpenClients open;
    private final ClientSearch search;
    private final Carers carers;
    private final Clock clock;

    ClientApi(ClientBook clients, OpenClients open, ClientSearch search, Carers carers, Clock clock) {
        this.clients = clients;
        this.open = open;
        this.search = search;
        this.carers = carers;
        this.clock = clock;
    }

    void list(Context ctx) {
        var found = search.find(ctx, Visit.required(ctx), Paged.offset(ctx), Paged.limit(ctx, ClientList.PAGE));
        var items = found.rows().stream().map(row -> {
            var item = new LinkedHashMap<String, Object>();
            item.put("id", row.client().id().value());
            item.put("name", row.client().name());
            item.put("consentGiven", row.client().consentGiven().toString());
            item.put("therapist", row.therapist().map(Object::toString).orElse(null));
            item.put("version", clients.version(row.client().id()));
            return item;
        }).toList();
        var list = new LinkedHashMap<String, Object>();
        list.put("items", items);
        list.put("offset", found.page().offset());
        list.put("limit", found.page().limit());
        list.put("total", found.page().total());
        ctx.json(list);
    }

    void show(Context ctx) {
        var visit = Visit.required(ctx);
        var id = open.open(ctx, visit);
        var version = open.version(id);
        var history = open.history(id);
        clients.audit(id, visit.actor(), "read client", clock.instant());
        answer(ctx, history, version);
    }

    void rename(Context ctx) {
        var visit = Visit.required(ctx);
        var id = open.open(ctx, visit);
        var expected = Versions.expected(ctx);
        var name = JsonChange.of(ctx, "{\"name\": \"Asha Rao\"}").text("name");
        ClientName.problem(name).ifPresent(problem -> {
            throw JsonChange.invalid("name", problem);
        });
        try {
            clients.rename(id, name.strip(), expected);
        } catch (ClientChangedException e) {
            throw Versions.changed(e);
        }
        clients.audit(id, visit.actor(), "rename client", clock.instant());
        answer(ctx, open.history(id), open.version(id));
    }

    void assign(Context ctx) {
        var visit = Visit.required(ctx);
        var id = open.open(ctx, visit);
        var username = JsonChange.of(ctx, "{\"therapist\": \"tom\"}").text("therapist");
        var carer = carers.named(username).orElseThrow(() -> JsonChange.invalid("therapist",
                "'" + username + "' is not " + Carers.RULE + " (GET /api/session tells your own)"));
        open.version(id); // 404 for a client not on file
        carers.assign(id, carer);
        clients.audit(id, visit.actor(), "assign therapist", clock.instant());
        ctx.status(204);
    }

    void forget(Context ctx) {
        var visit = Visit.required(ctx);
        var id = open.open(ctx, visit);
        open.version(id); // 404 for a client not on file
        clients.forget(id, visit.actor(), clock.instant());
        ctx.status(204);
    }

    private void answer(Context ctx, ClientHistory history, long version) {
        var client = history.client();
        var body = new LinkedHashMap<String, Object>();
        body.put("id", client.id().value());
        body.put("name", client.name());
        body.put("consentGiven", client.consentGiven().toString());
        body.put("version", version);
        body.put("therapist", carers.of(client.id()).map(Object::toString).orElse(null));
        var intake = history.intakes().get(history.intakes().size() - 1);
        body.put("intakeVersion", intake.version());
        body.put("intakeRecorded", intake.recorded().toString());
        body.put("intake", IntakeFile.toMap(intake.intake()));
        var counts = new LinkedHashMap<String, Integer>();
        counts.put("intakes", history.intakes().size());
        counts.put("sessions", history.sessions().size());
        counts.put("measures", history.measures().size());
        counts.put("plans", history.plans().size());
        body.put("counts", counts);
        ctx.header("ETag", Versions.etag(version)).json(body);
    }
}
