package org.backcare.web.clients;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.backcare.clients.Contact;
import org.backcare.intake.Problem;
import org.backcare.web.ClientETag;
import org.backcare.web.JsonInput;
import java.time.Clock;
import org.backcare.clients.ClientBook;
import org.backcare.clients.ClientChangedException;
import org.backcare.clients.ClientId;
import org.backcare.clients.ClientName;
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
        var items = found.rows().stream().map(row -> ClientJson.item(row, clients.version(row.client().id()))).toList();
        ctx.json(ClientJson.list(items, found.page()));
    }

    void show(Context ctx) {
        var visit = Visit.required(ctx);
        var id = open.open(ctx, visit);
        clients.audit(id, visit.actor(), "read client", clock.instant());
        answer(ctx, id);
    }

    void rename(Context ctx) {
        var visit = Visit.required(ctx);
        var id = open.open(ctx, visit);
        var expected = ClientETag.expected(ctx);
        var input = JsonInput.of(ctx, Set.of("name"));
        var name = input.text("name", null);
        ClientName.problem(name).ifPresent(problem -> input.problem(new Problem("name", problem)));
        input.refuseIfProblems("The change");
        try {
            clients.rename(id, name.strip(), expected);
        } catch (ClientChangedException e) {
            throw ClientETag.changedMeanwhile(ctx, e);
        }
        clients.audit(id, visit.actor(), "rename client", clock.instant());
        answer(ctx, id);
    }

    /** {"email", "phone", "reminders": "on"|"off"}: each absent field stays as it was, "" removes one. */
    void contact(Context ctx) {
        var visit = Visit.required(ctx);
        var id = open.open(ctx, visit);
        var expected = ClientETag.expected(ctx);
        var input = JsonInput.of(ctx, Set.of("email", "phone", "reminders"));
        var onFile = clients.contact(id);
        var email = contactField(input, "email", onFile.email(), Contact::checkedEmail);
        var phone = contactField(input, "phone", onFile.phone(), Contact::checkedPhone);
        var reminders = input.node("reminders").isMissingNode() ? null : input.oneOf("reminders", List.of("on", "off"));
        input.refuseIfProblems("The change");
        var contact = onFile.with(email, phone);
        if (reminders != null) {
            var today = LocalDate.now(clock);
            contact = contact.remindersOff(reminders.equals("off")
                    ? Optional.of(contact.remindersOff().orElse(today)) : Optional.empty());
        }
        try {
            clients.contact(id, contact, expected);
        } catch (ClientChangedException e) {
            throw ClientETag.changedMeanwhile(ctx, e);
        }
        clients.audit(id, visit.actor(), "change contact details", clock.instant());
        answer(ctx, id);
    }

    private static Optional<String> contactField(JsonInput input, String field, Optional<String> onFile,
            UnaryOperator<String> check) {
        if (input.node(field).isMissingNode()) {
            return onFile;
        }
        var text = input.text(field, null);
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(check.apply(text));
        } catch (IllegalArgumentException e) { // its message starts with the field
            input.problem(new Problem(field, e.getMessage().substring(field.length() + 2)));
            return onFile;
        }
    }

    void assign(Context ctx) {
        var visit = Visit.required(ctx);
        var id = open.open(ctx, visit);
        var input = JsonInput.of(ctx, Set.of("therapist"));
        var username = input.text("therapist", null);
        input.refuseIfProblems("The change");
        var carer = carers.named(username).orElseThrow(() -> {
            input.problem(new Problem("therapist", "'" + username + "' is not " + Carers.RULE));
            return input.refusal("The change");
        });
        carers.assign(id, carer);
        clients.audit(id, visit.actor(), "assign therapist", clock.instant());
        ctx.status(204);
    }

    void forget(Context ctx) {
        var visit = Visit.required(ctx);
        var id = open.open(ctx, visit);
        clients.forget(id, visit.actor(), clock.instant());
        ctx.status(204);
    }

    private void answer(Context ctx, ClientId id) {
        var version = open.version(id); // first: a change made meanwhile shows in the body, never only in the ETag
        var history = open.history(id);
        ctx.header("ETag", ClientETag.of(version))
                .json(ClientJson.client(history, version, carers.of(id), clients.contact(id)));
    }
}
