package org.backcare.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.backcare.progress.Voided;

/** What the routes that void a session or questionnaire share: the record's number in the path, and the void as JSON. */
public final class Voids {
    private Voids() {
    }

    /** The record's number in the path ({@code {number}}): 1 for the oldest; anything else is no record, and answers 404. */
    public static int number(Context ctx) {
        var text = ctx.pathParam("number");
        if (!text.matches("[1-9]\\d{0,5}")) {
            throw new ProblemResponse(Problems.ofStatus(404, "There is no record number '" + text + "'"));
        }
        return Integer.parseInt(text);
    }

    /** When, by whom and why a record was voided; null while it stands. */
    public static Map<String, Object> json(Voided voided) {
        if (voided == null) {
            return null;
        }
        var json = new LinkedHashMap<String, Object>();
        json.put("on", voided.on().toString());
        json.put("by", voided.by());
        json.put("reason", voided.reason());
        json.put("replaced", voided.replaced());
        return json;
    }
}
