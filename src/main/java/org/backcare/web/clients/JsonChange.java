package org.backcare.web.clients;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import org.backcare.intake.Problem;
import org.backcare.web.ProblemDetails;
import org.backcare.web.ProblemResponse;

/** A change sent as a small JSON object, such as {@code {"name": "Asha Rao"}}, and the text fields it holds. */
final class JsonChange {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonNode body;

    private JsonChange(JsonNode body) {
        this.body = body;
    }

    static JsonChange of(Context ctx, String example) {
        try {
            var tree = JSON.readTree(ctx.bodyAsBytes());
            if (tree != null && tree.isObject()) {
                return new JsonChange(tree);
            }
        } catch (IOException e) {
            // answered below
        }
        throw new ProblemResponse(new ProblemDetails(ProblemDetails.MALFORMED_JSON, "Malformed JSON", 400,
                "Send a JSON object, such as " + example + ".", List.of()));
    }

    /** The field's text; 422 naming the field when it is missing or not a string. */
    String text(String field) {
        var value = body.get(field);
        if (value == null || !value.isTextual()) {
            throw invalid(field, "required: a string");
        }
        return value.asText();
    }

    static ProblemResponse invalid(String field, String message) {
        return new ProblemResponse(new ProblemDetails(ProblemDetails.INVALID_INPUT, "Invalid input", 422,
                "The change has 1 problem.", List.of(new Problem(field, message))));
    }
}
