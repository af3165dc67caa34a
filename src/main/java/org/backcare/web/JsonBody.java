package org.backcare.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.backcare.files.SyntaxError;
import org.backcare.intake.Problem;

/**
 * A request body read as one JSON document, or the problem with it: not sent as JSON (415), larger than
 * {@link PlanFromIntake#MAX_BODY_BYTES} (413), or malformed (400, saying where it goes wrong).
 */
public final class JsonBody {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonBody() {
    }

    public static JsonNode read(Context ctx) {
        requireJson(ctx);
        return parse(body(ctx));
    }

    private static void requireJson(Context ctx) {
        var type = ctx.contentType() == null ? "" : ctx.contentType().split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!type.equals("application/json")) {
            throw new ProblemResponse(Problems.ofStatus(415,
                    "Send the body as JSON, with the header Content-Type: application/json."));
        }
    }

    /** The body, refused unread when it says it is too large; Javalin stops reading one that grows past the limit. */
    private static byte[] body(Context ctx) {
        if (ctx.req().getContentLengthLong() > PlanFromIntake.MAX_BODY_BYTES) {
            throw new ProblemResponse(Problems.ofStatus(413, "The body is larger than " + PlanFromIntake.MAX_BODY_BYTES
                    + " bytes."));
        }
        return ctx.bodyAsBytes();
    }

    static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            throw malformed("the body is empty; send a JSON object");
        }
        try {
            return MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw malformed(SyntaxError.describe(e, "JSON"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProblemResponse malformed(String message) {
        return new ProblemResponse(new ProblemDetails(ProblemDetails.MALFORMED_JSON, "Malformed JSON", 400,
                "The body is not one valid JSON document.", List.of(new Problem("", message))));
    }
}
