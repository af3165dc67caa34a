package org.backcare.web.plans;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.web.Form;
import org.backcare.web.Pages;
import org.backcare.web.access.Access;
import org.backcare.web.access.Caseloads;
import org.backcare.web.access.Visit;

/** A client's plan for the staff caring for them: the page, its handout, its calendar, and keeping it on file. */
final class PlanPages {
    private final ClientPlans plans;
    private final KnowledgeBase knowledge;

    PlanPages(ClientPlans plans, KnowledgeBase knowledge) {
        this.plans = plans;
        this.knowledge = knowledge;
    }

    void register(RoutesConfig routes) {
        routes.get("/clients/{id}/plan", this::show, Access.STAFF);
        routes.get("/clients/{id}/handout.pdf", ctx -> {
            var current = plans.open(Visit.required(ctx), Caseloads.clientInPath(ctx), "read handout");
            Downloads.handout(ctx, current.client(), plans.handout(current));
        }, Access.STAFF);
        routes.get("/clients/{id}/plan.ics", ctx -> {
            var current = plans.open(Visit.required(ctx), Caseloads.clientInPath(ctx), "read session calendar");
            Downloads.calendar(ctx, current.client(), plans.calendar(current));
        }, Access.STAFF);
        routes.post("/clients/{id}/plans", this::keep, Access.STAFF);
    }

    private void show(Context ctx) {
        var current = plans.open(Visit.required(ctx), Caseloads.clientInPath(ctx), "read plan");
        show(ctx, current, keptNotice(current, ctx.queryParam("kept")) + savedNotice(current, ctx.queryParam("saved")));
    }

    /** After the intake form: what was saved, and that this plan comes from it. */
    private static String savedNotice(CurrentPlan current, String saved) {
        return switch (saved == null ? "" : saved) {
            case "client" -> "Saved " + current.plan().client() + " with their first intake. This is their plan.";
            case "intake" -> "Saved intake version " + current.history().intakes().size() + ". The plan below follows it.";
            default -> "";
        };
    }

    /** Keeps the plan only if the client's record is still the one the therapist was reading. */
    private void keep(Context ctx) {
        var current = plans.open(Visit.required(ctx), Caseloads.clientInPath(ctx), "keep plan");
        if (!Long.toString(current.version()).equals(Form.of(ctx).value("version"))) {
            ctx.status(HttpStatus.CONFLICT);
            show(ctx, current, "Someone changed this client's record while you were reading the plan. This is the plan"
                    + " as it now stands: check it, then keep it again.");
            return;
        }
        var kept = plans.keep(current);
        ctx.redirect(base(current) + "/plan?kept=" + kept.snapshot().number(), HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, CurrentPlan current, String notice) {
        var base = base(current);
        var shown = ShownPlan.forStaff(current, knowledge, base + "/handout.pdf", base + "/plan.ics");
        var keeping = new PlanPage.Keeping(base + "/plans", current.version(), current.history().plans());
        Pages.show(ctx, "plans/plan.jte", new PlanPage(Visit.frame(ctx, "Plan for " + current.plan().client()), shown,
                Optional.of(keeping), Optional.empty(), notice));
    }

    private static String keptNotice(CurrentPlan current, String number) {
        return current.history().plans().stream().filter(p -> Integer.toString(p.number()).equals(number)).findFirst()
                .map(p -> "Kept on file as plan " + p.number() + " (made " + p.made() + ").").orElse("");
    }

    private static String base(CurrentPlan current) {
        return "/clients/" + current.client();
    }
}
