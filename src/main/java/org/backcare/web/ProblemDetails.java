package org.backcare.web;

import java.util.List;
import org.backcare.intake.Problem;

/**
 * What went wrong with a request, as RFC 9457 problem details: {@code type}, {@code title}, {@code status},
 * {@code detail}, and {@code errors}, the field path and message of each problem found.
 */
public record ProblemDetails(String type, String title, int status, String detail, List<Problem> errors) {
    public static final String INVALID_INTAKE = "urn:backcare:problem:invalid-intake";
    public static final String MALFORMED_JSON = "urn:backcare:problem:malformed-json";
    public static final String INVALID_QUERY = "urn:backcare:problem:invalid-query";
    public static final String INVALID_INPUT = "urn:backcare:problem:invalid-input";
    public static final String CHANGED_MEANWHILE = "urn:backcare:problem:changed-meanwhile";
    /** RFC 9457's type for a problem that means no more than its HTTP status. */
    public static final String HTTP_STATUS = "about:blank";

    public ProblemDetails {
        errors = List.copyOf(errors);
    }

    public static ProblemDetails ofStatus(int status, String title, String detail) {
        return new ProblemDetails(HTTP_STATUS, title, status, detail, List.of());
    }
}
