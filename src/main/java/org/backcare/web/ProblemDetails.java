package org.backcare.web;

import java.util.List;
import org.backcare.intake.Problem;

/**
 * What went wrong with a request, as RFC 9457 problem details: {@code type}, {@code title}, {@code status},
 * {@code detail}, and {@code errors}, the field path and message of each problem found.
 */
record ProblemDetails(String type, String title, int status, String detail, List<Problem> errors) {
    static final String INVALID_INTAKE = "urn:backcare:problem:invalid-intake";
    static final String MALFORMED_JSON = "urn:backcare:problem:malformed-json";
    static final String INVALID_QUERY = "urn:backcare:problem:invalid-query";
    /** RFC 9457's type for a problem that means no more than its HTTP status. */
    static final String HTTP_STATUS = "about:blank";

    ProblemDetails {
        errors = List.copyOf(errors);
    }

    static ProblemDetails ofStatus(int status, String title, String detail) {
        return new ProblemDetails(HTTP_STATUS, title, status, detail, List.of());
    }
}
