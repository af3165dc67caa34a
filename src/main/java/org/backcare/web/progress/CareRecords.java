package org.backcare.web.progress;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.backcare.clients.ClientBook;
import org.backcare.clients.ClientChangedException;
import org.backcare.clients.ClientHistory;
import org.backcare.clients.ClientId;
import org.backcare.clients.ClientRecord;
import org.backcare.clients.RecordsVersion;
import org.backcare.clients.UnknownClientException;
import org.backcare.intake.Problem;
import org.backcare.progress.Voided;
import org.backcare.web.ClientETag;
import org.backcare.web.JsonInput;
import org.backcare.web.ProblemResponse;
import org.backcare.web.Voids;
import org.backcare.web.access.Caseloads;
import org.backcare.web.access.Visit;

/**
 * A client's records as the person asking may open them: the client in the path ({@code {id}}), if in their care,
 * with everything on file; each opening noted in the audit log.
 */
public final class CareRecords {
    private final ClientBook clients;
    private final Caseloads caseloads;
    private final Clock clock;

    public CareRecords(ClientBook clients, Caseloads caseloads, Clock clock) {
        this.clients = clients;
        this.caseloads = caseloads;
        this.clock = clock;
    }

    /** Which of a client's records may be voided: the problems with voiding number N for this reason. */
    @FunctionalInterface
    public interface VoidRule {
        List<Problem> problems(ClientHistory history, int number, String reason);
    }

    /**
     * A void or correction asked for through the API: the record's number in the path, the void as it will be kept,
     * and the client's version it was asked on ({@code If-Match}).
     */
    public record VoidAsked(int number, Voided voided, long expectedVersion) {}

    /**
     * Reads {@code {"reason"}} and the number in the path, checked by the rule; refused with every problem.
     *
     * @throws ProblemResponse 428 without {@code If-Match}, 422 with the problems
     */
    public VoidAsked voidAsked(Context ctx, Opened opened, VoidRule rule) {
        return asked(ctx, opened, rule, JsonInput.of(ctx, Set.of("reason")), "The void");
    }

    /**
     * As {@link #voidAsked}, from a body with more fields that the caller reads and checks: every problem noted in
     * {@code input} is refused together.
     */
    public VoidAsked asked(Context ctx, Opened opened, VoidRule rule, JsonInput input, String what) {
        long expected = ClientETag.expected(ctx);
        var reason = input.text("reason", "");
        int number = Voids.number(ctx);
        rule.problems(opened.history(), number, reason).forEach(input::problem);
        input.refuseIfProblems(what);
        return new VoidAsked(number, new Voided(today(), opened.visit().account().name(), reason), expected);
    }

    /** A write that takes the version asked on; answers with the client's new ETag, or 412 when it is stale. */
    public void write(Context ctx, ClientId id, Runnable write) {
        try {
            write.run();
        } catch (ClientChangedException e) {
            throw ClientETag.changedMeanwhile(ctx, e);
        }
        ctx.header("ETag", ClientETag.of(clients.version(id)));
    }

    /** Someone's view of one client's records. */
    public record Opened(Visit visit, ClientHistory history) {
        public ClientRecord client() {
            return history.client();
        }

        public ClientId id() {
            return history.client().id();
        }
    }

    /**
     * @param action what is done with the records, for the audit log: never health data
     * @throws ProblemResponse 404 for a client not on file or not in the person's care, alike
     */
    public Opened open(Context ctx, String action) {
        var visit = Visit.required(ctx);
        var id = Caseloads.clientInPath(ctx);
        caseloads.requireOpen(visit, id);
        var history = clients.history(id).orElseThrow(() -> Caseloads.noSuchClient(id));
        clients.audit(id, visit.actor(), action, clock.instant());
        return new Opened(visit, history);
    }

    /**
     * The version of the records of the client in the path, if in the person's care, without reading them and without
     * an audit line: the caller notes what it shows with {@link #audit}.
     *
     * @throws ProblemResponse 404 for a client not on file or not in the person's care, alike
     */
    public RecordsVersion version(Context ctx) {
        var id = Caseloads.clientInPath(ctx);
        caseloads.requireOpen(Visit.required(ctx), id);
        try {
            return clients.recordsVersion(id);
        } catch (UnknownClientException e) {
            throw Caseloads.noSuchClient(id);
        }
    }

    /** @param action what was done with the client's records: never health data */
    public void audit(Context ctx, ClientId id, String action) {
        clients.audit(id, Visit.required(ctx).actor(), action, clock.instant());
    }

    public ClientBook book() {
        return clients;
    }

    public Clock clock() {
        return clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
