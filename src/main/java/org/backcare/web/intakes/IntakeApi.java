package org.backcare.web.intakes;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backcare.clients.ClientBook;
import org.backcare.clients.ClientChangedException;
import org.backcare.clients.ClientExistsException;
import org.backcare.clients.ClientHistory;
import org.backcare.clients.ClientName;
import org.backcare.clients.IntakeVersion;
import org.backcare.files.IntakeFile;
import org.backcare.intake.Intake;
import org.backcare.intake.Problem;
import org.backcare.intake.Vocabulary;
import org.backcare.web.ClientETag;
import org.backcare.web.JsonBody;
import org.backcare.web.ListPage;
import org.backcare.web.Paged;
import org.backcare.web.ProblemDetails;
import org.backcare.web.ProblemResponse;
import org.backcare.web.Problems;
import org.backcare.web.access.Access;
import org.backcare.web.access.Caseloads;
import org.backcare.web.access.Visit;
import org.backcare.wording.Counted;

/**
 * Clients and their intakes for programs: {@code POST /api/clients} adds a client with their first intake,
 * {@code POST /api/clients/{id}/intakes} their next (with {@code If-Match}), {@code GET} lists the versions or
 * reads one. Intakes are JSON in the intake file's shape, checked by the file's rules.
 */
final class IntakeApi {
    private static final List<String> NEW_CLIENT_FIELDS = List.of("name", "consentGiven", "intake");
    private static final int PAGE = 50;

    private final ClientBook clients;
    private final Caseloads caseloads;
    private final IntakeRecords records;
    private final Vocabulary vocabulary;

    IntakeApi(ClientBook clients, Caseloads caseloads, IntakeRecords records, Vocabulary vocabulary) {
        this.clients = clients;
        this.caseloads = caseloads;
        this.records = records;
        this.vocabulary = vocabulary;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/clients", this::addClient, Access.STAFF);
        routes.get("/api/clients/{id}/intakes", this::list, Access.STAFF);
        routes.post("/api/clients/{id}/intakes", this::addIntake, Access.STAFF);
        routes.get("/api/clients/{id}/intakes/{version}", this::one, Access.STAFF);
    }

    private void addClient(Context ctx) {
        var visit = Visit.required(ctx);
        var body = JsonBody.read(ctx);
        if (!body.isObject()) {
            throw invalid(List.of(new Problem("", "must be a JSON object with " + String.join(", ", NEW_CLIENT_FIELDS))),
                    false);
        }
        var problems = new ArrayList<Problem>();
        body.fieldNames().forEachRemaining(field -> {
            if (!NEW_CLIENT_FIELDS.contains(field)) {
                problems.add(new Problem(field, "unknown field; allowed: " + String.join(", ", NEW_CLIENT_FIELDS)));
            }
        });
        var name = text(body, "name", problems);
        var consent = text(body, "consentGiven", problems);
        name.ifPresent(n -> ClientName.problem(n).ifPresent(p -> problems.add(new Problem("name", p))));
        consent.ifPresent(c -> NewClient.consentDateProblem(c, records.today())
                .ifPresent(p -> problems.add(new Problem("consentGiven", p))));
        var intake = IntakeFile.fromTree(body.get("intake"), vocabulary);
        intake.problems().forEach(p -> problems.add(new Problem(p.field().isEmpty() ? "intake" : "intake." + p.field(),
                p.message())));
        if (!problems.isEmpty()) {
            throw invalid(problems, !intake.ok());
        }
        try {
            var id = records.addClient(visit, name.orElseThrow(), LocalDate.parse(consent.orElseThrow().strip()),
                    intake.intake());
            var client = clients.history(id).orElseThrow().client();
            ctx.status(201).header("Location", "/api/clients/" + id).header("ETag", ClientETag.of(clients.version(id)));
            ctx.json(Map.of("id", id.value(), "name", client.name(), "consentGiven", client.consentGiven().toString()));
        } catch (ClientExistsException e) {
            throw new ProblemResponse(new ProblemDetails(ProblemDetails.HTTP_STATUS, "Conflict", 409, e.getMessage() + ".",
                    List.of(new Problem("name", NewClient.taken(name.orElseThrow(), clients)))));
        }
    }

    private void list(Context ctx) {
        var visit = Visit.required(ctx);
        var history = history(ctx, visit);
        int offset = Paged.offset(ctx);
        int limit = Paged.limit(ctx, PAGE);
        records.audit(visit, history.client().id(), "read intakes");
        var intakes = history.intakes();
        ctx.header("ETag", ClientETag.of(clients.version(history.client().id())));
        ctx.json(ListPage.of(intakes, offset, limit, IntakeApi::summary));
    }

    private void one(Context ctx) {
        var visit = Visit.required(ctx);
        var history = history(ctx, visit);
        var wanted = ctx.pathParam("version");
        var version = history.intakes().stream().filter(v -> Integer.toString(v.version()).equals(wanted)).findFirst()
                .orElseThrow(() -> new ProblemResponse(Problems.ofStatus(404, "Client '" + history.client().id()
                        + "' has no intake version '" + wanted + "'; GET /api/clients/" + history.client().id()
                        + "/intakes lists them.")));
        records.audit(visit, history.client().id(), "read intake");
        var answer = summary(version);
        answer.put("intake", IntakeFile.toMap(version.intake()));
        ctx.header("ETag", ClientETag.of(clients.version(history.client().id())));
        ctx.json(answer);
    }

    private void addIntake(Context ctx) {
        var visit = Visit.required(ctx);
        var history = history(ctx, visit);
        var expected = ClientETag.expected(ctx);
        var intake = intake(JsonBody.read(ctx));
        var id = history.client().id();
        try {
            var added = records.addIntake(visit, id, intake, expected);
            ctx.status(201).header("Location", "/api/clients/" + id + "/intakes/" + added.version())
                    .header("ETag", ClientETag.of(clients.version(id)));
            ctx.json(summary(added));
        } catch (ClientChangedException e) {
            throw ClientETag.changedMeanwhile(ctx, e);
        }
    }

    private ClientHistory history(Context ctx, Visit visit) {
        var id = Caseloads.clientInPath(ctx);
        caseloads.requireOpen(visit, id);
        return clients.history(id).orElseThrow(() -> Caseloads.noSuchClient(id));
    }

    private Intake intake(JsonNode tree) {
        var result = IntakeFile.fromTree(tree, vocabulary);
        if (!result.ok()) {
            throw invalid(result.problems(), true);
        }
        return result.intake();
    }

    private static Map<String, Object> summary(IntakeVersion version) {
        var summary = new LinkedHashMap<String, Object>();
        summary.put("version", version.version());
        summary.put("recorded", version.recorded().toString());
        return summary;
    }

    /** A required text field of the body; anything else is noted as a problem. */
    private static Optional<String> text(JsonNode body, String field, List<Problem> problems) {
        var value = body.get(field);
        if (value == null || !value.isTextual()) {
            problems.add(new Problem(field, "required: text"));
            return Optional.empty();
        }
        return Optional.of(value.textValue());
    }

    private static ProblemResponse invalid(List<Problem> problems, boolean intakeAmongThem) {
        return new ProblemResponse(new ProblemDetails(
                intakeAmongThem ? ProblemDetails.INVALID_INTAKE : ProblemDetails.INVALID_INPUT,
                intakeAmongThem ? "Invalid intake" : "Invalid input", 422,
                "The request has " + Counted.of(problems.size(), "problem") + ".", problems));
    }
}
