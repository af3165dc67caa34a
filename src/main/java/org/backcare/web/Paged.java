package org.backcare.web;

import io.javalin.http.Context;
import java.util.List;
import org.backcare.clients.Paging;
import org.backcare.intake.Problem;

/**
 * Where a page of a long list sits, for the links to the pages before and after it; and the {@code offset} and
 * {@code limit} query parameters every list takes, checked.
 */
public record Paged(String base, int offset, int limit, int total) {
    public static int offset(Context ctx) {
        return number(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    }

    public static int limit(Context ctx, int preset) {
        return number(ctx, "limit", preset, 1, Paging.MAX_LIMIT);
    }

    public boolean hasPrevious() {
        return offset > 0;
    }

    public boolean hasNext() {
        return offset + limit < total;
    }

    public String previous() {
        return base + "offset=" + Math.max(0, offset - limit);
    }

    public String next() {
        return base + "offset=" + (offset + limit);
    }

    public String shown() {
        return total == 0 ? "none" : (offset + 1) + "–" + Math.min(total, offset + limit) + " of " + total;
    }

    private static int number(Context ctx, String name, int preset, int min, int max) {
        var value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return preset;
        }
        try {
            var number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ProblemResponse(new ProblemDetails(ProblemDetails.INVALID_QUERY, "Invalid query parameter", 400,
                "The query has 1 problem.", List.of(new Problem(name, "'" + value + "' is not allowed: use a whole number from "
                        + min + (max == Integer.MAX_VALUE ? " up" : " to " + max)))));
    }
}
