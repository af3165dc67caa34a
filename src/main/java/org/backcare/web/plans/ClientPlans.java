package org.backcare.web.plans;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.backcare.clients.ClientBook;
import org.backcare.clients.ClientHistory;
import org.backcare.clients.ClientId;
import org.backcare.progress.HomeworkDone;
import org.backcare.clients.PlanSnapshot;
import org.backcare.clients.UnknownClientException;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.progress.ProgressOverview;
import org.backcare.report.PlanHandout;
import org.backcare.report.PlanJson;
import org.backcare.report.PlanReport;
import org.backcare.report.SessionCalendar;
import org.backcare.web.ProblemResponse;
import org.backcare.web.Problems;
import org.backcare.web.access.Caseloads;
import org.backcare.web.access.Visit;

/**
 * A client's plan made the way {@code backcare plan CLIENT} makes it (their intake and history reviewed, the plan
 * adapted, starting today), opened only for those who may see the client, every opening written to the audit log.
 */
final class ClientPlans {
    private final KnowledgeBase knowledge;
    private final ClientBook clients;
    private final Caseloads caseloads;
    private final Clock clock;
    private final ProgressOverview overview;
    private final PlanJson planJson;

    ClientPlans(KnowledgeBase knowledge, ClientBook clients, Caseloads caseloads, Clock clock) {
        this.knowledge = knowledge;
        this.clients = clients;
        this.caseloads = caseloads;
        this.clock = clock;
        this.overview = new ProgressOverview(knowledge);
        this.planJson = new PlanJson(knowledge);
    }

    /**
     * The client's plan as of today, if {@code visit} may see the client; {@code action} goes to the audit log.
     *
     * @throws ProblemResponse 404 for a client not on file or not in the visitor's care
     */
    CurrentPlan open(Visit visit, ClientId client, String action) {
        var onFile = onFile(visit, client, action);
        var today = LocalDate.now(clock);
        var adaptation = overview.adaptation(onFile.history(), today);
        return new CurrentPlan(client, onFile.version(), onFile.history(), adaptation,
                overview.nextPlan(adaptation, today));
    }

    /** Everything on file for the client, as {@link #open} finds it, without making a plan. */
    ClientHistory history(Visit visit, ClientId client, String action) {
        return onFile(visit, client, action).history();
    }

    private OnFile onFile(Visit visit, ClientId client, String action) {
        caseloads.requireOpen(visit, client);
        var version = versionOf(client); // before the history: a write in between makes the ETag older, not newer
        var history = clients.history(client).orElseThrow(() -> Caseloads.noSuchClient(client));
        clients.audit(client, visit.actor(), action, clock.instant());
        return new OnFile(version, history);
    }

    private record OnFile(long version, ClientHistory history) {}

    private long versionOf(ClientId client) {
        try {
            return clients.version(client);
        } catch (UnknownClientException e) {
            throw Caseloads.noSuchClient(client);
        }
    }

    /** What the client logged of their homework, newest first. */
    List<HomeworkDone> homework(ClientId client) {
        var done = new ArrayList<>(clients.homework(client));
        Collections.reverse(done);
        return done;
    }

    void logHomework(ClientId client, HomeworkDone done) {
        clients.logHomework(client, done);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The plan JSON contract, headed by what changed and why: the bytes of {@code plan CLIENT --format json}. */
    String json(CurrentPlan current) {
        return planJson.write(current.plan(), current.adaptation());
    }

    /**
     * Keeps the plan on file as the command line does: a new numbered snapshot, unless the last one kept is this very
     * plan, which is then the answer.
     */
    Kept keep(CurrentPlan current) {
        var json = planJson.write(current.plan());
        var kept = current.history().plans();
        if (!kept.isEmpty() && kept.get(kept.size() - 1).planJson().equals(json)) {
            return new Kept(kept.get(kept.size() - 1), false);
        }
        return new Kept(clients.keepPlan(current.client(), LocalDate.now(clock), knowledge.version(), json), true);
    }

    /** A snapshot as kept, and whether keeping made it (false: the plan was already the last one kept). */
    record Kept(PlanSnapshot snapshot, boolean isNew) {}

    byte[] handout(CurrentPlan current) {
        try {
            return PlanHandout.pdf(current.plan(), current.intake());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // made in memory: no file or network to fail
        }
    }

    /** @throws ProblemResponse 409 when screening stopped massage: there are no sessions to put in a calendar */
    String calendar(CurrentPlan current) {
        var plan = current.plan();
        if (!plan.hasSessions()) {
            var outcome = plan.screening().outcome();
            throw new ProblemResponse(Problems.ofStatus(409, "There are no sessions to put in a calendar: the safety"
                    + " screening is " + outcome.id().toUpperCase(Locale.ROOT) + ". " + PlanReport.meaning(outcome)));
        }
        return SessionCalendar.ics(plan, current.client(), clock.instant());
    }
}
