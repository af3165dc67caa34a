package org.backcare.web.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.backcare.clients.AuditLine;
import org.backcare.clients.AuditPage;
import org.backcare.clients.AuditQuery;
import org.backcare.clients.ClientBook;
import org.backcare.clients.ClientId;
import org.backcare.clients.RecordDates;
import org.backcare.intake.Problem;
import org.backcare.web.Form;
import org.backcare.web.Frame;
import org.backcare.web.ListPage;
import org.backcare.web.Paged;
import org.backcare.web.Pages;
import org.backcare.web.ProblemDetails;
import org.backcare.web.ProblemResponse;
import org.backcare.web.access.Access;
import org.backcare.web.access.Visit;
import org.backcare.wording.Counted;

/**
 * The audit log for the admin: who read or changed which client record, and when (in the clinic's time zone), newest
 * first; filtered by who, client, action and dates; a run of the same read by the same person folded into one row.
 */
public final class AuditPages {
    /** One row of the page: {@code times} entries alike in a row, from {@code first} to {@code last}. */
    public record Row(String last, String first, int times, String actor, String action, String client) {}

    public record AuditLogPage(Frame frame, Form filters, List<Row> rows, String zone, Paged paged) {}

    private static final int PAGE = 50;
    private static final List<String> FILTERS = List.of("who", "client", "action", "from", "to");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final ClientBook clients;
    private final Supplier<ZoneId> clinicZone;

    public AuditPages(ClientBook clients, Supplier<ZoneId> clinicZone) {
        this.clients = clients;
        this.clinicZone = clinicZone;
    }

    public void register(RoutesConfig routes) {
        routes.get("/admin/audit", this::show, Access.ADMIN);
        routes.get("/api/audit", this::list, Access.ADMIN);
    }

    private void list(Context ctx) {
        var log = clients.auditTrail(query(ctx, filters(ctx), Paged.limit(ctx, PAGE)));
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
        var zone = clinicZone.get();
        var filters = filters(ctx);
        var log = clients.auditTrail(query(ctx, filters, PAGE));
        Pages.show(ctx, "admin/audit.jte", new AuditLogPage(Visit.frame(ctx, "Audit log"), filters, folded(log, zone),
                zone.getId(), new Paged("/admin/audit?" + kept(filters), log.offset(), log.limit(), log.total())));
    }

    private static Form filters(Context ctx) {
        var values = new LinkedHashMap<String, String>();
        FILTERS.forEach(name -> values.put(name, Optional.ofNullable(ctx.queryParam(name)).orElse("")));
        return new Form(values, List.of());
    }

    private AuditQuery query(Context ctx, Form filters, int limit) {
        var zone = clinicZone.get();
        var problems = new ArrayList<Problem>();
        var client = filters.value("client").strip();
        if (!client.isEmpty() && !ClientId.isValid(client)) {
            problems.add(new Problem("client", "'" + client + "' is not a client id, such as asha-rao"));
        }
        var from = day(filters, "from", problems).map(d -> d.atStartOfDay(zone).toInstant());
        var before = day(filters, "to", problems).map(d -> d.plusDays(1).atStartOfDay(zone).toInstant());
        if (!problems.isEmpty()) {
            throw new ProblemResponse(new ProblemDetails(ProblemDetails.INVALID_QUERY, "Invalid query parameter", 400,
                    "The query has " + Counted.of(problems.size(), "problem") + ".", problems));
        }
        return new AuditQuery(text(filters, "who"), Optional.of(client).filter(c -> !c.isEmpty()).map(ClientId::new),
                text(filters, "action"), from, before, Paged.offset(ctx), limit);
    }

    private static Optional<String> text(Form filters, String name) {
        return Optional.of(filters.value(name).strip()).filter(value -> !value.isEmpty());
    }

    private static Optional<LocalDate> day(Form filters, String name, List<Problem> problems) {
        var value = filters.value(name).strip();
        try {
            return value.isEmpty() ? Optional.empty() : Optional.of(RecordDates.parse(value));
        } catch (DateTimeParseException e) {
            problems.add(new Problem(name, "'" + value + "' is not " + RecordDates.RULE));
            return Optional.empty();
        }
    }

    /** The filters again, for the pager's links. */
    private static String kept(Form filters) {
        var kept = new StringBuilder();
        for (var name : FILTERS) {
            if (!filters.value(name).isBlank()) {
                kept.append(name).append('=').append(URLEncoder.encode(filters.value(name).strip(), StandardCharsets.UTF_8))
                        .append('&');
            }
        }
        return kept.toString();
    }

    /** Reading the same client again and again (a page reloaded, charts fetched) is one row with a count. */
    private static List<Row> folded(AuditPage log, ZoneId zone) {
        var rows = new ArrayList<Row>();
        AuditLine previous = null;
        for (var line : log.lines()) {
            var client = line.client().map(ClientId::value).orElse("(forgotten) " + line.entry().clientReference());
            var at = SHOWN.format(line.entry().at().atZone(zone));
            if (previous != null && sameRead(previous, line)) {
                var last = rows.remove(rows.size() - 1);
                rows.add(new Row(last.last(), at, last.times() + 1, last.actor(), last.action(), last.client()));
            } else {
                rows.add(new Row(at, at, 1, line.entry().actor(), line.entry().action(), client));
            }
            previous = line;
        }
        return rows;
    }

    private static boolean sameRead(AuditLine a, AuditLine b) {
        return a.entry().action().startsWith("read ") && a.entry().action().equals(b.entry().action())
                && a.entry().actor().equals(b.entry().actor())
                && a.entry().clientReference().equals(b.entry().clientReference());
    }
}
