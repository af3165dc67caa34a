package org.backcare.web.intakes;

import static org.backcare.web.intakes.FormFields.CONSENT;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backcare.clients.ClientBook;
import org.backcare.clients.ClientChangedException;
import org.backcare.clients.ClientHistory;
import org.backcare.clients.ClientId;
import org.backcare.clients.IntakeDraft;
import org.backcare.files.IntakeFile;
import org.backcare.intake.Problem;
import org.backcare.mail.AppointmentFacts;
import org.backcare.mail.Outbox;
import org.backcare.screening.Finding;
import org.backcare.web.Form;
import org.backcare.web.Frame;
import org.backcare.web.Pages;
import org.backcare.web.ProblemResponse;
import org.backcare.web.Problems;
import org.backcare.web.access.Access;
import org.backcare.web.access.Visit;

/**
 * The pre-visit intake: staff make a client a one-time link (to copy, or mailed); the client opens it without signing
 * in, consents to their answers being kept, and fills in the same intake form with the same checks as staff use. The
 * answers wait as a draft until staff accept it as the client's next intake (as it is, or edited first) or discard it.
 * The link's page shows the client's first name and nothing else of theirs.
 */
public final class PreVisitIntake {
    /** Who fills in the link's pages: written into the audit log in place of an account. */
    static final String BY_LINK = "client (pre-visit link)";

    /** The staff page that makes a link: {@code link}, when not empty, is the one just made, shown this once. */
    public record LinkPage(Frame frame, ClientId client, String name, Optional<String> email, boolean mailing,
            String link, String notice, String problem) {}

    /** The client's page: {@code sent} once their answers are kept, the form is gone. */
    public record FillPage(Frame frame, String firstName, String token, IntakePages.IntakeView intake, boolean sent) {}

    public record DraftPage(Frame frame, ClientId client, String name, IntakeDraft draft, List<Finding> stops,
            String current, String drafted, long version, String problem) {}

    private final ClientBook clients;
    private final IntakePages pages;
    private final IntakeForm intakeForm;
    private final IntakeRecords records;
    private final IntakeDraftFlags flags;
    private final IntakeLinks links;
    private final Optional<Outbox> outbox;
    private final Clock clock;

    PreVisitIntake(ClientBook clients, IntakePages pages, IntakeForm intakeForm, IntakeRecords records,
            IntakeDraftFlags flags, IntakeLinks links, Optional<Outbox> outbox, Clock clock) {
        this.clients = clients;
        this.pages = pages;
        this.intakeForm = intakeForm;
        this.records = records;
        this.flags = flags;
        this.links = links;
        this.outbox = outbox;
        this.clock = clock;
    }

    void register(RoutesConfig routes) {
        routes.get("/clients/{id}/intake/link", this::showLinkPage, Access.STAFF);
        routes.post("/clients/{id}/intake/link", this::makeLink, Access.STAFF);
        routes.get("/intake", this::showForm, Access.ANYONE);
        routes.post("/intake", this::submit, Access.ANYONE);
        routes.get("/clients/{id}/intake/draft", ctx -> review(ctx, ""), Access.STAFF);
        routes.post("/clients/{id}/intake/draft/accept", this::accept, Access.STAFF);
        routes.post("/clients/{id}/intake/draft/discard", this::discard, Access.STAFF);
    }

    private void showLinkPage(Context ctx) {
        var visit = Visit.required(ctx);
        var history = pages.history(ctx, visit);
        var notice = "mailed".equals(ctx.queryParam("done")) ? "The link is queued: the client gets a mail with it,"
                + " working once within 7 days." : "";
        showLinkPage(ctx, history, "", notice, "");
    }

    /** {@code how=mail} queues the mail (the link is made when it is sent); anything else shows a link to copy. */
    private void makeLink(Context ctx) {
        var visit = Visit.required(ctx);
        var history = pages.history(ctx, visit);
        var id = history.client().id();
        if ("mail".equals(Form.of(ctx).value("how"))) {
            if (!mailing(id)) {
                ctx.status(422);
                showLinkPage(ctx, history, "", "", outbox.isEmpty()
                        ? "This server sends no mail (no --smtp-host): make a link to copy instead."
                        : "The client has no email address that works: save one on their page, or copy the link.");
                return;
            }
            outbox.orElseThrow().queuePreVisitIntake(id, clock.instant());
            records.audit(visit, id, "mail pre-visit intake link");
            ctx.redirect("/clients/" + id + "/intake/link?done=mailed", HttpStatus.SEE_OTHER);
            return;
        }
        var link = links.make(ctx, id);
        records.audit(visit, id, "make pre-visit intake link");
        showLinkPage(ctx, history, link, "", "");
    }

    private void showLinkPage(Context ctx, ClientHistory history, String link, String notice, String problem) {
        var id = history.client().id();
        var name = history.client().name();
        Pages.show(ctx, "intakes/link.jte", new LinkPage(Visit.frame(ctx, "Intake before the visit: " + name), id,
                name, clients.contact(id).mailable(), mailing(id), link, notice, problem));
    }

    private boolean mailing(ClientId id) {
        return outbox.isPresent() && clients.contact(id).mailable().isPresent();
    }

    /** A blank form: the link shows nothing of what is on file, whoever holds it. */
    private void showForm(Context ctx) {
        var token = ctx.queryParam("token");
        var history = holder(token);
        showForm(ctx, history, token, new Form(pages.blank(), List.of()), false);
    }

    private void submit(Context ctx) {
        var form = Form.of(ctx);
        var token = form.value("token");
        var history = holder(token);
        var client = history.client().id();
        var problems = new ArrayList<Problem>();
        if (form.value(CONSENT).isEmpty()) {
            problems.add(new Problem(CONSENT, "Consent: your answers are kept only with your consent; tick the box to"
                    + " agree, or bring your answers to your visit instead"));
        }
        var intake = intakeForm.check(form, history.client().name());
        problems.addAll(intake.problems());
        if (!problems.isEmpty()) {
            ctx.status(422);
            showForm(ctx, history, token, form.withProblems(IntakePages.onePerField(problems)), false);
            return;
        }
        links.use(token).orElseThrow(IntakeLinks::closed);
        clients.keepIntakeDraft(new IntakeDraft(client, records.today(), clock.instant(), intake.intake()));
        clients.audit(client, BY_LINK, "send intake draft", clock.instant());
        showForm(ctx, history, "", Form.EMPTY, true);
    }

    /** The client a working link is for; a link of a client forgotten since works no more. */
    private ClientHistory holder(String token) {
        return links.open(token).flatMap(clients::history).orElseThrow(IntakeLinks::closed);
    }

    private void showForm(Context ctx, ClientHistory history, String token, Form form, boolean sent) {
        var firstName = AppointmentFacts.firstName(history.client().name());
        Pages.show(ctx, "intakes/before.jte", new FillPage(Visit.frame(ctx, "Before your visit"), firstName, token,
                pages.view(form), sent));
    }

    private void review(Context ctx, String problem) {
        var visit = Visit.required(ctx);
        var history = pages.history(ctx, visit);
        var id = history.client().id();
        var draft = draftOf(id);
        records.audit(visit, id, "read intake draft");
        var name = history.client().name();
        Pages.show(ctx, "intakes/draft.jte", new DraftPage(Visit.frame(ctx, "Intake sent by " + name), id, name, draft,
                flags.stops(draft), IntakeFile.toYaml(history.currentIntake()), IntakeFile.toYaml(draft.intake()),
                clients.version(id), problem));
    }

    /** The same path as a new intake by staff: the next intake version, audited "add intake"; then the draft goes. */
    private void accept(Context ctx) {
        var visit = Visit.required(ctx);
        var id = pages.history(ctx, visit).client().id();
        var draft = draftOf(id);
        try {
            records.addIntake(visit, id, draft.intake(), IntakePages.version(Form.of(ctx)));
        } catch (ClientChangedException e) {
            ctx.status(409);
            review(ctx, "Someone else changed this client's records since you opened the draft, so nothing was saved:"
                    + " check it against their current intake again, then accept it.");
            return;
        }
        clients.dropIntakeDraft(id);
        records.audit(visit, id, "accept intake draft");
        ctx.redirect("/clients/" + id + "/plan?saved=intake", HttpStatus.SEE_OTHER);
    }

    private void discard(Context ctx) {
        var visit = Visit.required(ctx);
        var id = pages.history(ctx, visit).client().id();
        draftOf(id);
        clients.dropIntakeDraft(id);
        records.audit(visit, id, "discard intake draft");
        ctx.redirect("/clients/" + id, HttpStatus.SEE_OTHER);
    }

    private IntakeDraft draftOf(ClientId id) {
        return clients.intakeDraft(id).orElseThrow(() -> new ProblemResponse(Problems.ofStatus(404,
                "There is no intake from this client waiting for review.")));
    }
}
