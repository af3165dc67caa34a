package org.backcare.web;

/** Ends a request with a problem-details response; thrown by handlers, written by {@link Problems}. */
public final class ProblemResponse extends RuntimeException {
    private final transient ProblemDetails problem;

    public ProblemResponse(ProblemDetails problem) {
        super(problem.title(), null, false, false); // an expected answer, not a fault: no stack trace to fill
        this.problem = problem;
    }

    public ProblemDetails problem() {
        return problem;
    }
}
