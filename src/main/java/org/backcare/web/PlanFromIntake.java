package org.backcare.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.backcare.clients.RecordDates;
import org.backcare.files.IntakeFile;
import org.backcare.intake.Intake;
import org.backcare.intake.Problem;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.planning.CarePlanner;
import org.backcare.report.PlanJson;
import org.backcare.wording.Counted;

/** {@code POST /api/plan}: an intake in, its plan out as the README's JSON contract; nothing is kept. */
final class PlanFromIntake implements Handler {
    static final int MAX_BODY_BYTES = 1024 * 1024;

    private final KnowledgeBase knowledge;
    private final CarePlanner planner;
    private final PlanJson planJson;

    PlanFromIntake(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.planner = new CarePlanner(knowledge);
        this.planJson = new PlanJson(knowledge);
    }

    @Override
    public void handle(Context ctx) {
        var tree = JsonBody.read(ctx);
        var start = start(ctx.queryParam("start"));
        var intake = intake(tree);
        var plan = planner.plan(intake, start);
        // Sent whole with its length and never compressed: gzip takes ~0.4 ms of CPU for a ~20 KB plan, several
        // times the cost of making the plan. Written to the response in one piece: as a result, Javalin would copy
        // it through a 4 KiB buffer into the response's own.
        ctx.minSizeForCompression(Integer.MAX_VALUE).contentType("application/json");
        try {
            planJson.compact(plan, (json, length) -> {
                ctx.header("Content-Length", Integer.toString(length));
                ctx.res().getOutputStream().write(json, 0, length);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDate start(String value) {
        if (value == null) {
            return LocalDate.now();
        }
        try {
            return RecordDates.parse(value);
        } catch (DateTimeParseException e) {
            var problem = new Problem("start", "'" + value + "' is not " + RecordDates.RULE + ", for example 2026-12-01");
            throw new ProblemResponse(new ProblemDetails(ProblemDetails.INVALID_QUERY, "Invalid query parameter", 400,
                    "The query has 1 problem.", List.of(problem)));
        }
    }

    private Intake intake(JsonNode tree) {
        var result = IntakeFile.fromTree(tree, knowledge.vocabulary());
        if (!result.ok()) {
            throw new ProblemResponse(new ProblemDetails(ProblemDetails.INVALID_INTAKE, "Invalid intake", 422,
                    "The intake has " + Counted.of(result.problems().size(), "problem") + ".", result.problems()));
        }
        return result.intake();
    }
}
