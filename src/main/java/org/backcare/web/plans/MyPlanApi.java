package org.backcare.web.plans;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backcare.intake.Problem;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.progress.HomeworkDone;
import org.backcare.web.ListPage;
import org.backcare.web.Paged;
import org.backcare.web.ProblemDetails;
import org.backcare.web.ProblemResponse;
import org.backcare.web.access.Access;
import org.backcare.web.access.Visit;
import org.backcare.wording.Counted;

/** The client's own plan and homework log, for programs (a phone app, say). */
final class MyPlanApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGE = 50;
    private static final List<String> FIELDS = List.of("date", "exercise", "note");
    private final ClientPlans plans;
    private final KnowledgeBase knowledge;

    MyPlanApi(ClientPlans plans, KnowledgeBase knowledge) {
        this.plans = plans;
        this.knowledge = knowledge;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/me/plan", ctx -> {
            var visit = Visit.required(ctx);
            var current = plans.open(visit, Me.clientOf(visit), "read plan");
            ctx.contentType("application/json").result(plans.json(current));
        }, Access.SIGNED_IN);
        routes.get("/api/me/homework", this::homework, Access.SIGNED_IN);
        routes.post("/api/me/homework", this::logHomework, Access.SIGNED_IN);
    }

    private void homework(Context ctx) {
        int offset = Paged.offset(ctx);
        int limit = Paged.limit(ctx, PAGE);
        var visit = Visit.required(ctx);
        var client = Me.clientOf(visit);
        plans.history(visit, client, "read homework");
        ctx.json(ListPage.of(plans.homework(client), offset, limit, this::describe));
    }

    private void logHomework(Context ctx) {
        var visit = Visit.required(ctx);
        var body = body(ctx);
        var current = plans.open(visit, Me.clientOf(visit), "log homework");
        var checked = HomeworkCheck.check(body.get("date"), body.get("exercise"), body.get("note"), current.plan(),
                plans.today());
        if (!checked.problems().isEmpty()) {
            throw invalid(checked.problems());
        }
        plans.logHomework(current.client(), checked.entry());
        ctx.status(HttpStatus.CREATED).json(describe(checked.entry()));
    }

    private Map<String, Object> describe(HomeworkDone entry) {
        var described = new LinkedHashMap<String, Object>();
        described.put("date", entry.done().toString());
        described.put("exercise", entry.exercise());
        described.put("text", HomeworkCheck.describe(entry.exercise(), knowledge.homeCare()));
        described.put("note", entry.note());
        return described;
    }

    /** The body's fields as text: an object of strings, the three fields only, each optional here. */
    private static Map<String, String> body(Context ctx) {
        JsonNode tree;
        try {
            tree = JSON.readTree(ctx.bodyAsBytes());
        } catch (IOException e) {
            tree = null;
        }
        if (tree == null || !tree.isObject()) {
            throw new ProblemResponse(new ProblemDetails(ProblemDetails.MALFORMED_JSON, "Malformed JSON", 400,
                    "Send a JSON object: {\"date\": \"YYYY-MM-DD\", \"exercise\": \"...\", \"note\": \"...\"}.",
                    List.of()));
        }
        var fields = new LinkedHashMap<String, String>();
        var problems = new ArrayList<Problem>();
        tree.fields().forEachRemaining(field -> {
            if (!FIELDS.contains(field.getKey())) {
                problems.add(new Problem(field.getKey(), "is not a field of a homework entry: use date, exercise"
                        + " and note"));
            } else if (!field.getValue().isTextual()) {
                problems.add(new Problem(field.getKey(), "must be a string"));
            } else {
                fields.put(field.getKey(), field.getValue().asText());
            }
        });
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        return fields;
    }

    private static ProblemResponse invalid(List<Problem> problems) {
        return new ProblemResponse(new ProblemDetails(ProblemDetails.INVALID_INPUT, "Invalid input", 422,
                "The homework entry has " + Counted.of(problems.size(), "problem") + ".", problems));
    }
}
