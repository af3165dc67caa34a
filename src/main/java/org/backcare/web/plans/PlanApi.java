package org.backcare.web.plans;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.backcare.clients.ClientChangedException;
import org.backcare.web.ClientETag;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.backcare.clients.PlanSnapshot;
import org.backcare.web.ListPage;
import org.backcare.web.Paged;
import org.backcare.web.ProblemResponse;
import org.backcare.web.Problems;
import org.backcare.web.access.Access;
import org.backcare.web.access.Caseloads;
import org.backcare.web.access.Visit;

/** A client's plan for programs: the plan JSON contract, its handout, and the plans kept on file. */
final class PlanApi {
    private static final int PAGE = 50;
    private final ClientPlans plans;

    PlanApi(ClientPlans plans) {
        this.plans = plans;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/clients/{id}/plan", ctx -> {
            var current = plans.open(Visit.required(ctx), Caseloads.clientInPath(ctx), "read plan");
            ctx.header("ETag", current.etag()).contentType("application/json").result(plans.json(current));
        }, Access.STAFF);
        routes.get("/api/clients/{id}/handout.pdf", ctx -> {
            var current = plans.open(Visit.required(ctx), Caseloads.clientInPath(ctx), "read handout");
            Downloads.handout(ctx, current.client(), plans.handout(current));
        }, Access.STAFF);
        routes.post("/api/clients/{id}/plans", this::keep, Access.STAFF);
        routes.get("/api/clients/{id}/plans", this::kept, Access.STAFF);
        routes.get("/api/clients/{id}/plans/{number}", this::keptPlan, Access.STAFF);
    }

    private void keep(Context ctx) {
        var current = plans.open(Visit.required(ctx), Caseloads.clientInPath(ctx), "keep plan");
        var expected = ClientETag.expected(ctx);
        if (expected != current.version()) {
            throw ClientETag.changedMeanwhile(ctx, new ClientChangedException(current.client(), expected, current.version()));
        }
        var kept = plans.keep(current);
        var path = "/api/clients/" + current.client() + "/plans/" + kept.snapshot().number();
        ctx.status(kept.isNew() ? HttpStatus.CREATED : HttpStatus.OK).header("Location", path)
                .json(describe(kept.snapshot()));
    }

    private void kept(Context ctx) {
        int offset = Paged.offset(ctx);
        int limit = Paged.limit(ctx, PAGE);
        var all = plans.history(Visit.required(ctx), Caseloads.clientInPath(ctx), "read kept plans").plans();
        ctx.json(ListPage.of(all, offset, limit, PlanApi::describe));
    }

    /** A kept plan as it was kept: the plan JSON contract of the day it was made. */
    private void keptPlan(Context ctx) {
        var client = Caseloads.clientInPath(ctx);
        var number = ctx.pathParam("number");
        var snapshot = plans.history(Visit.required(ctx), client, "read kept plan").plans().stream()
                .filter(p -> Integer.toString(p.number()).equals(number)).findFirst()
                .orElseThrow(() -> new ProblemResponse(Problems.ofStatus(404, "There is no plan '" + number
                        + "' kept for " + client + "; GET /api/clients/" + client + "/plans lists them.")));
        ctx.contentType("application/json").result(snapshot.planJson());
    }

    private static Map<String, Object> describe(PlanSnapshot snapshot) {
        var described = new LinkedHashMap<String, Object>();
        described.put("number", snapshot.number());
        described.put("made", snapshot.made().toString());
        described.put("knowledgeVersion", snapshot.knowledgeVersion());
        return described;
    }
}
