package org.backcare.web.plans;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.web.Form;
import org.backcare.web.Pages;
import org.backcare.web.access.Access;
import org.backcare.web.access.Visit;

/** The client's own pages: their plan, their handout and calendar, and the log of the homework they did. */
final class MyPlanPages {
    private final ClientPlans plans;
    private final KnowledgeBase knowledge;

    MyPlanPages(ClientPlans plans, KnowledgeBase knowledge) {
        this.plans = plans;
        this.knowledge = knowledge;
    }

    void register(RoutesConfig routes) {
        routes.get("/me", ctx -> {
            var current = open(ctx, "read plan");
            show(ctx, current, new Form(Map.of("date", plans.today().toString()), List.of()),
                    ctx.queryParam("logged") == null ? "" : "Logged: well done.");
        }, Access.SIGNED_IN);
        routes.get("/me/handout.pdf", ctx -> {
            var current = open(ctx, "read handout");
            Downloads.handout(ctx, current.client(), plans.handout(current));
        }, Access.SIGNED_IN);
        routes.get("/me/plan.ics", ctx -> {
            var current = open(ctx, "read session calendar");
            Downloads.calendar(ctx, current.client(), plans.calendar(current));
        }, Access.SIGNED_IN);
        routes.post("/me/homework", this::logHomework, Access.SIGNED_IN);
    }

    private void logHomework(Context ctx) {
        var current = open(ctx, "log homework");
        var form = Form.of(ctx);
        var checked = HomeworkCheck.check(form.value("date"), form.value("exercise"), form.value("note"),
                current.plan(), plans.today());
        if (!checked.problems().isEmpty()) {
            ctx.status(422);
            show(ctx, current, form.withProblems(checked.problems()), "");
            return;
        }
        plans.logHomework(current.client(), checked.entry());
        ctx.redirect("/me?logged#log-heading", HttpStatus.SEE_OTHER);
    }

    private CurrentPlan open(Context ctx, String action) {
        var visit = Visit.required(ctx);
        return plans.open(visit, Me.clientOf(visit), action);
    }

    private void show(Context ctx, CurrentPlan current, Form form, String notice) {
        var shown = ShownPlan.forClient(current, knowledge, "/me/handout.pdf", "/me/plan.ics");
        var done = plans.homework(current.client()).stream().map(entry -> new HomeworkLog.Done(entry.done(),
                HomeworkCheck.describe(entry.exercise(), knowledge.homeCare()), entry.note())).toList();
        var log = new HomeworkLog("/me/homework", current.plan().homeCare(), form, done, notice);
        Pages.show(ctx, "plans/plan.jte", new PlanPage(Visit.frame(ctx, "My plan"), shown, Optional.empty(),
                Optional.of(log), ""));
    }
}
