package org.backcare.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.backcare.files.SyntaxError;
import org.backcare.intake.Problem;

/** A request body read as one JSON document, or a malformed-JSON problem saying where it goes wrong. */
final class IntakeJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private IntakeJson() {
    }

    static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            throw malformed("the body is empty; send the intake as a JSON object");
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
