package org.backcare.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backcare.intake.Problem;

/**
 * A submitted form as a page shows it back: the values typed, kept so nothing is lost, and the problem with each
 * field, shown beside it.
 */
public record Form(Map<String, String> values, List<Problem> problems) {
    public static final Form EMPTY = new Form(Map.of(), List.of());

    public Form {
        values = Map.copyOf(values);
        problems = List.copyOf(problems);
    }

    /** The first value of each field of the submitted form. */
    public static Form of(Context ctx) {
        var values = new LinkedHashMap<String, String>();
        ctx.formParamMap().forEach((name, list) -> {
            if (!list.isEmpty() && list.get(0) != null) {
                values.put(name, list.get(0));
            }
        });
        return new Form(values, List.of());
    }

    public Form withProblems(List<Problem> found) {
        return new Form(values, found);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public Optional<String> problem(String field) {
        return problems.stream().filter(p -> p.field().equals(field)).map(Problem::message).findFirst();
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
