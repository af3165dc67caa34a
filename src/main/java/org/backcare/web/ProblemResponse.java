package org.backcare.web;

/** Ends a request with a problem-details response; thrown by handlers, written by {@link Problems}. */
final class ProblemResponse extends RuntimeException {
    private final transient ProblemDetails problem;

    ProblemResponse(ProblemDetails problem) {
        super(problem.title(), null, false, false); // an expected answer, not a fault: no stack trace to fill
        this.problem = problem;
    }

    ProblemDetails problem() {
        return problem;
    }
}
