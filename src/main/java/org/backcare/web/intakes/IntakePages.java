package org.backcare.web.intakes;

import static org.backcare.web.intakes.FormFields.CONSENT;
import static org.backcare.web.intakes.FormFields.CONSENT_DATE;
import static org.backcare.web.intakes.FormFields.NAME;
import static org.backcare.web.intakes.FormFields.VERSION;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.backcare.clients.ClientBook;
import org.backcare.clients.ClientChangedException;
import org.backcare.clients.ClientExistsException;
import org.backcare.clients.ClientHistory;
import org.backcare.clients.ClientId;
import org.backcare.clients.ClientName;
import org.backcare.clients.IntakeDraft;
import org.backcare.intake.BackArea;
import org.backcare.intake.Preferences;
import org.backcare.intake.Problem;
import org.backcare.intake.Region;
import org.backcare.report.BackDiagram;
import org.backcare.screening.Finding;
import org.backcare.screening.Screening;
import org.backcare.web.Form;
import org.backcare.web.Frame;
import org.backcare.web.Pages;
import org.backcare.web.ProblemResponse;
import org.backcare.web.Problems;
import org.backcare.web.access.Access;
import org.backcare.web.access.Caseloads;
import org.backcare.web.access.Visit;

/**
 * The intake form: a new client with their first intake ({@code /clients/new}), a client's next intake
 * ({@code /clients/{id}/intake}), and the check a page runs as the form is filled in ({@code /intakes/check}).
 */
public final class IntakePages {
    /** The intake part of a page: what was typed, what the form offers, the back diagram, the regions shown open. */
    public record IntakeView(Form form, IntakeChoices choices, String diagram, Set<String> open) {
        public boolean isOpen(String region) {
            return open.contains(region);
        }
    }

    public record NewClientPage(Frame frame, IntakeView intake) {}

    /** A client's next intake; {@code changedMeanwhile} says, when not empty, that someone else changed them first. */
    public record NextIntakePage(Frame frame, ClientId client, String name, IntakeView intake, String changedMeanwhile) {}

    /** The form's problems, and when its answers would stop massage, why: said before the intake is saved. */
    public record CheckAnswer(Form form, List<Finding> stopsMassage, boolean forClient) {
        public CheckAnswer {
            stopsMassage = List.copyOf(stopsMassage);
        }
    }

    /** Set on the staff form opened from a client's pre-visit draft: saving it accepts the draft, edited. */
    static final String FROM_DRAFT = "from-draft";

    private final ClientBook clients;
    private final Caseloads caseloads;
    private final IntakeRecords records;
    private final IntakeChoices choices;
    private final IntakeForm intakeForm;
    private final Screening screening;
    private final IntakeLinks links;

    IntakePages(ClientBook clients, Caseloads caseloads, IntakeRecords records, IntakeChoices choices,
            IntakeForm intakeForm, Screening screening, IntakeLinks links) {
        this.links = links;
        this.screening = screening;
        this.clients = clients;
        this.caseloads = caseloads;
        this.records = records;
        this.choices = choices;
        this.intakeForm = intakeForm;
    }

    void register(RoutesConfig routes) {
        routes.get("/clients/new", ctx -> showNew(ctx, new Form(blank(), List.of())), Access.STAFF);
        routes.post("/clients/new", this::addClient, Access.STAFF);
        routes.get("/clients/{id}/intake", this::showNext, Access.STAFF);
        routes.post("/clients/{id}/intake", this::addIntake, Access.STAFF);
        routes.post("/intakes/check", this::check, Access.ANYONE); // staff, or a client's working pre-visit link
    }

    private void addClient(Context ctx) {
        var visit = Visit.required(ctx);
        var form = Form.of(ctx);
        var name = form.value(NAME).strip();
        var problems = clientProblems(form);
        var intake = intakeForm.check(form, name);
        problems.addAll(intake.problems());
        if (problems.isEmpty()) {
            try {
                var id = records.addClient(visit, name, LocalDate.parse(form.value(CONSENT_DATE).strip()), intake.intake());
                ctx.redirect("/clients/" + id + "/plan?saved=client", HttpStatus.SEE_OTHER);
                return;
            } catch (ClientExistsException e) {
                problems.add(new Problem(NAME, "Name: " + NewClient.taken(name, clients)));
            }
        }
        ctx.status(422);
        showNew(ctx, form.withProblems(onePerField(problems)));
    }

    private void showNext(Context ctx) {
        var visit = Visit.required(ctx);
        var history = history(ctx, visit);
        var id = history.client().id();
        var fromDraft = "draft".equals(ctx.queryParam("from"));
        var draft = fromDraft ? clients.intakeDraft(id) : Optional.<IntakeDraft>empty();
        if (fromDraft && draft.isEmpty()) {
            throw new ProblemResponse(Problems.ofStatus(404, "There is no intake from this client waiting for review."));
        }
        records.audit(visit, id, fromDraft ? "read intake draft" : "read intake");
        var values = intakeForm.values(draft.map(IntakeDraft::intake).orElse(history.currentIntake()));
        values.put(VERSION, Long.toString(clients.version(id)));
        if (fromDraft) {
            values.put(FROM_DRAFT, FormFields.TICKED);
        }
        showNext(ctx, history, new Form(values, List.of()), "");
    }

    private void addIntake(Context ctx) {
        var visit = Visit.required(ctx);
        var history = history(ctx, visit);
        var form = Form.of(ctx);
        var intake = intakeForm.check(form, history.client().name());
        if (!intake.ok()) {
            ctx.status(422);
            showNext(ctx, history, form.withProblems(onePerField(intake.problems())), "");
            return;
        }
        try {
            records.addIntake(visit, history.client().id(), intake.intake(), version(form));
            if (form.value(FROM_DRAFT).equals(FormFields.TICKED)) {
                clients.dropIntakeDraft(history.client().id());
                records.audit(visit, history.client().id(), "accept intake draft (edited)");
            }
            ctx.redirect("/clients/" + history.client().id() + "/plan?saved=intake", HttpStatus.SEE_OTHER);
        } catch (ClientChangedException e) {
            var values = new HashMap<>(form.values());
            values.put(VERSION, Long.toString(e.actual()));
            ctx.status(409);
            showNext(ctx, history, new Form(values, List.of()), "Someone else changed " + history.client().name()
                    + "'s records while you were typing, so nothing was saved. What you typed is still here: check it"
                    + " against their current records, then save again to keep it as their newest intake.");
        }
    }

    /** The problems of the form as it is now, for the summary a page shows while it is filled in. */
    private void check(Context ctx) {
        var form = Form.of(ctx);
        var byStaff = Visit.of(ctx).map(v -> v.account().isStaff()).orElse(false);
        if (!byStaff && links.open(form.value("token")).isEmpty()) {
            throw IntakeLinks.closed();
        }
        var isNewClient = form.values().containsKey(NAME);
        var problems = isNewClient ? clientProblems(form) : new ArrayList<Problem>();
        var intake = intakeForm.check(form, form.value(NAME));
        problems.addAll(intake.problems());
        var stops = intake.ok() ? screening.screen(intake.intake()).findings().stream()
                .filter(f -> f.outcome().stopsMassage()).toList() : List.<Finding>of();
        Pages.show(ctx, "intakes/check.jte", new CheckAnswer(form.withProblems(onePerField(problems)), stops, !byStaff));
    }

    ClientHistory history(Context ctx, Visit visit) {
        var id = Caseloads.clientInPath(ctx);
        caseloads.requireOpen(visit, id);
        return clients.history(id).orElseThrow(() -> Caseloads.noSuchClient(id));
    }

    private void showNew(Context ctx, Form form) {
        Pages.show(ctx, "intakes/new.jte", new NewClientPage(Visit.frame(ctx, "New client"), view(form)));
    }

    private void showNext(Context ctx, ClientHistory history, Form form, String changedMeanwhile) {
        var name = history.client().name();
        Pages.show(ctx, "intakes/next.jte", new NextIntakePage(Visit.frame(ctx, "New intake for " + name),
                history.client().id(), name, view(form), changedMeanwhile));
    }

    IntakeView view(Form form) {
        var open = new HashSet<String>();
        for (var region : Region.values()) {
            if (intakeForm.includes(form, region)) {
                open.add(region.id());
            }
        }
        return new IntakeView(form, choices, BackDiagram.svg(IntakeForm.painShown(form)), open);
    }

    private ArrayList<Problem> clientProblems(Form form) {
        var problems = new ArrayList<Problem>();
        ClientName.problem(form.value(NAME)).ifPresent(p -> problems.add(new Problem(NAME, "Name: " + p)));
        if (form.value(CONSENT).isEmpty()) {
            problems.add(new Problem(CONSENT, "Consent: a client's health data is kept only with their consent; tick"
                    + " the box once they have agreed"));
        }
        NewClient.consentDateProblem(form.value(CONSENT_DATE), records.today())
                .ifPresent(p -> problems.add(new Problem(CONSENT_DATE, "Consent given on: " + p)));
        return problems;
    }

    /** A new client's form as it first shows: no pain anywhere, moderate pressure, consent dated today. */
    Map<String, String> blank() {
        var values = new HashMap<String, String>();
        BackArea.all().forEach(area -> values.put(FormFields.pain(area), "0"));
        values.put(FormFields.PRESSURE, Preferences.defaults().pressure().id());
        values.put(CONSENT_DATE, records.today().toString());
        return values;
    }

    /** A missing or altered version cannot match: the form is answered as out of date. */
    static long version(Form form) {
        try {
            return Long.parseLong(form.value(VERSION).strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The first problem of each field: one message beside each control, one line for it in the summary. */
    static List<Problem> onePerField(List<Problem> problems) {
        var seen = new HashSet<String>();
        return problems.stream().filter(p -> seen.add(p.field())).toList();
    }
}
