package org.backcare.web.sessions;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.backcare.booking.AfterTheVisit;
import org.backcare.booking.Appointment;
import org.backcare.booking.AppointmentDesk;
import org.backcare.clients.ClientBook;
import org.backcare.clients.ClientChangedException;
import org.backcare.clients.ClientRecord;
import org.backcare.clients.MeasureEntry;
import org.backcare.clients.RecordDates;
import org.backcare.intake.Problem;
import org.backcare.intake.Region;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.measures.Answers;
import org.backcare.measures.Instrument;
import org.backcare.measures.InvalidAnswersException;
import org.backcare.planning.Session;
import org.backcare.planning.SessionArea;
import org.backcare.progress.HomeworkDone;
import org.backcare.progress.ProgressOverview;
import org.backcare.progress.SessionCheck;
import org.backcare.progress.SessionLog;
import org.backcare.progress.VoidCheck;
import org.backcare.progress.Voided;
import org.backcare.web.Form;
import org.backcare.web.Frame;
import org.backcare.web.JsonInput;
import org.backcare.web.ListPage;
import org.backcare.web.Paged;
import org.backcare.web.Pages;
import org.backcare.web.ProblemDetails;
import org.backcare.web.ProblemResponse;
import org.backcare.web.Problems;
import org.backcare.web.Voids;
import org.backcare.web.access.Access;
import org.backcare.web.access.Caseloads;
import org.backcare.web.access.Visit;
import org.backcare.web.progress.CareRecords;

/**
 * Logging a session as it happened: the form, filled from the plan's next session so that a usual session takes
 * under a minute, and the API that lists and logs sessions.
 */
public final class SessionPages {
    /** A field of the form and what it is called on screen. */
    public record Choice(String field, String label) {}

    /** A technique: whether it was used, and what the client said of it. */
    public record TechniqueRow(String id, String field, String feedbackField, String name) {}

    /**
     * The form: first the techniques the plan's next session uses, the others folded away unless one is filled in.
     * When screening stops massage ({@code noMassage} says why), only a visit without massage can be recorded.
     */
    public record SessionFormPage(Frame frame, ClientRecord client, Form form, String planned, List<Choice> areas,
            List<TechniqueRow> usual, List<TechniqueRow> others, List<Choice> afterEffects,
            Optional<String> noMassage, Optional<Correcting> correcting, Optional<String> forAppointment) {
        /** Where the form is sent: a new session, or the correction of one. */
        public String action() {
            return "/clients/" + client.id() + "/sessions/"
                    + correcting.map(c -> c.number() + "/correct").orElse("new");
        }

        public boolean othersOpen() {
            return others.stream().anyMatch(t -> !form.value(t.field()).isEmpty()
                    || !form.value(t.feedbackField()).isEmpty());
        }
    }

    /** The session a form corrects, and the client's version it was opened on. */
    public record Correcting(int number, long version) {}

    /** One session in the history, numbered as the void routes and {@code backcare void} number them. */
    public record HistoryRow(int number, SessionLog session) {
        public String areas() {
            return session.areas().stream().map(a -> SessionForm.regionName(a.region()).toLowerCase() + " "
                    + a.minutes() + " min").collect(Collectors.joining(", "));
        }
    }

    /** One questionnaire on file, numbered as the void and correction routes number them. */
    public record MeasureRow(int number, MeasureEntry measure) {
        public String instrument() {
            return Instrument.byId(measure.instrument()).map(Instrument::shortName).orElse(measure.instrument());
        }
    }

    /**
     * The staff's view of a client's sessions with their SOAP notes, their questionnaires, and the homework the client
     * logged; {@code version} is the client's, for the correction forms.
     */
    public record HistoryPage(Frame frame, ClientRecord client, List<HistoryRow> sessions, List<MeasureRow> measures,
            List<HomeworkDone> homework, Form form, String notice, long version) {}

    private static final int PAGE = 50;
    private final CareRecords records;
    private final ProgressOverview overview;
    private final SessionForm sessionForm;
    private final SessionCheck check;
    private final List<Choice> areas = Arrays.stream(Region.values())
            .map(r -> new Choice(SessionForm.AREA + r.id(), SessionForm.regionName(r))).toList();
    private final List<TechniqueRow> techniques;
    private final List<Choice> afterEffects;
    private final KnowledgeBase knowledge;
    private final AppointmentDesk desk;

    public SessionPages(KnowledgeBase knowledge, ClientBook clients, AppointmentDesk desk, Caseloads caseloads,
            Clock clock) {
        this.knowledge = knowledge;
        this.desk = desk;
        this.records = new CareRecords(clients, caseloads, clock);
        this.overview = new ProgressOverview(knowledge);
        this.sessionForm = new SessionForm(knowledge);
        this.check = new SessionCheck(knowledge);
        this.techniques = knowledge.techniques().stream().map(t -> new TechniqueRow(t.id(),
                SessionForm.TECHNIQUE + t.id(), SessionForm.FEEDBACK + t.id(), t.name())).toList();
        this.afterEffects = knowledge.afterEffects().stream()
                .map(e -> new Choice(SessionForm.AFTER_EFFECT + e.id(), e.name())).toList();
    }

    public void register(RoutesConfig routes) {
        routes.get("/clients/{id}/sessions/new", this::blank, Access.STAFF);
        routes.post("/clients/{id}/sessions/new", this::log, Access.STAFF);
        routes.get("/clients/{id}/sessions", this::history, Access.STAFF);
        routes.post("/clients/{id}/sessions/{number}/void", this::voidByForm, Access.STAFF);
        routes.get("/clients/{id}/sessions/{number}/correct", this::correctionForm, Access.STAFF);
        routes.post("/clients/{id}/measures/{number}/void", this::voidMeasureByForm, Access.STAFF);
        routes.post("/clients/{id}/measures/{number}/correct", this::correctMeasureByForm, Access.STAFF);
        routes.post("/clients/{id}/sessions/{number}/correct", this::correctByForm, Access.STAFF);
        routes.get("/api/clients/{id}/sessions", this::list, Access.STAFF);
        routes.post("/api/clients/{id}/sessions", this::logFromJson, Access.STAFF);
        routes.post("/api/clients/{id}/sessions/{number}/void", this::voidFromJson, Access.STAFF);
        routes.put("/api/clients/{id}/sessions/{number}", this::correctFromJson, Access.STAFF);
    }

    /**
     * The form filled from the plan's next session; from an appointment, for its plan session, dated its day when
     * that is past (a session is never logged ahead).
     */
    private void blank(Context ctx) {
        var opened = records.open(ctx, "read the plan's next session");
        var asked = Optional.ofNullable(ctx.queryParam(SessionForm.APPOINTMENT));
        var carriedOut = asked.map(id -> toCarryOut(opened, id).orElseThrow(() -> new ProblemResponse(
                ProblemDetails.ofStatus(404, "Not Found", "There is no appointment " + id + " of this client still to happen."))));
        carriedOut.flatMap(a -> AfterTheVisit.notYet(desk, a, records.clock().instant())).ifPresent(why -> {
            throw new ProblemResponse(Problems.ofStatus(409, "This visit cannot be logged yet: " + why + "."));
        });
        var next = nextSession(opened, carriedOut);
        var today = records.today();
        var form = SessionForm.planned(next, opened.visit().account().name(),
                carriedOut.map(a -> a.start().toLocalDate()).filter(d -> d.isBefore(today)).orElse(today));
        show(ctx, opened, carriedOut.map(a -> SessionForm.carryingOut(form, a)).orElse(form), next);
    }

    private Optional<Appointment> toCarryOut(CareRecords.Opened opened, String id) {
        return id.matches("\\d{1,18}") ? AfterTheVisit.toCarryOut(desk, opened.id(), Long.parseLong(id)) : Optional.empty();
    }

    private void correctionForm(Context ctx) {
        var opened = records.open(ctx, "read sessions");
        int number = Voids.number(ctx);
        if (!VoidCheck.standing(opened.history(), number)) {
            throw new ProblemResponse(Problems.ofStatus(404, "There is no session " + number + " to correct"));
        }
        var form = SessionForm.of(opened.history().sessions().get(number - 1));
        show(ctx, opened, form, nextSession(opened, Optional.empty()), new Correcting(number, records.book().version(opened.id())));
    }

    private void correctByForm(Context ctx) {
        var opened = records.open(ctx, "correct session");
        int number = Voids.number(ctx);
        var form = Form.of(ctx);
        var history = opened.history();
        var found = VoidCheck.sessionCorrection(history, number, form.value("reason")).stream()
                .map(p -> new Problem(p.field(), (p.field().equals("reason") ? "Reason: " : "Session: ")
                        + p.message())).toList();
        var read = sessionForm.read(form, VoidCheck.standing(history, number) ? VoidCheck.withoutSession(history,
                number) : history, records.today(), found);
        var correcting = new Correcting(number, version(form));
        if (!read.problems().isEmpty()) {
            ctx.status(422);
            show(ctx, opened, form.withProblems(read.problems()), nextSession(opened, Optional.empty()), correcting);
            return;
        }
        try {
            records.book().correctSession(opened.id(), number, read.session(), new Voided(records.today(),
                    opened.visit().account().name(), form.value("reason")), records.clock().instant(),
                    version(form));
        } catch (ClientChangedException e) {
            ctx.status(409);
            show(ctx, opened, form.withProblems(List.of(new Problem("reason", "Someone else changed these records"
                    + " since you opened the form; nothing was saved. Look at the sessions again, then send the"
                    + " correction again if it still stands."))), nextSession(opened, Optional.empty()),
                    new Correcting(number, e.actual()));
            return;
        }
        ctx.redirect("/clients/" + opened.id() + "/sessions?corrected=" + number, HttpStatus.SEE_OTHER);
    }

    /** The version the form was opened on; none (-1) is never current, so a form without it is refused. */
    private static long version(Form form) {
        var text = form.value("version").strip();
        return text.matches("\\d{1,18}") ? Long.parseLong(text) : -1;
    }

    private void log(Context ctx) {
        var opened = records.open(ctx, "log session");
        var form = Form.of(ctx);
        var read = sessionForm.read(form, opened.history(), records.today());
        var asked = form.value(SessionForm.APPOINTMENT);
        var carriedOut = asked.isEmpty() ? Optional.<Appointment>empty() : toCarryOut(opened, asked);
        var problems = new ArrayList<>(read.problems());
        if (!asked.isEmpty() && carriedOut.isEmpty()) {
            problems.add(new Problem(SessionForm.APPOINTMENT, "Appointment: " + asked + " is not an appointment of this"
                    + " client still to happen (see the day sheet)"));
        }
        carriedOut.flatMap(a -> AfterTheVisit.notYet(desk, a, records.clock().instant()))
                .ifPresent(why -> problems.add(new Problem(SessionForm.APPOINTMENT, "Appointment: " + why)));
        if (!problems.isEmpty()) {
            ctx.status(422);
            show(ctx, opened, form.withProblems(problems), nextSession(opened, carriedOut));
            return;
        }
        records.book().logSession(opened.id(), read.session());
        AfterTheVisit.record(desk, knowledge, opened.id(), carriedOut.map(Appointment::id), read.session(),
                opened.visit().actor(), records.clock().instant());
        ctx.redirect("/clients/" + opened.id() + "/progress?logged=" + read.session().date(), HttpStatus.SEE_OTHER);
    }

    private void list(Context ctx) {
        var opened = records.open(ctx, "read sessions");
        int offset = Paged.offset(ctx);
        int limit = Paged.limit(ctx, PAGE);
        var sessions = opened.history().sessions();
        ctx.json(ListPage.of(sessions, offset, limit, SessionJson::write));
    }

    private void logFromJson(Context ctx) {
        var opened = records.open(ctx, "log session");
        var input = JsonInput.of(ctx, SessionJson.FIELDS);
        var session = SessionJson.read(input, opened.visit().account().name());
        check.problems(session, opened.history(), records.today(), input.flag("sameDay", false)).forEach(input::problem);
        input.refuseIfProblems("The session");
        records.book().logSession(opened.id(), session);
        AfterTheVisit.record(desk, knowledge, opened.id(), Optional.empty(), session, opened.visit().actor(),
                records.clock().instant());
        ctx.status(HttpStatus.CREATED).json(SessionJson.write(session));
    }

    private void history(Context ctx) {
        var opened = records.open(ctx, "read sessions and homework");
        var voided = ctx.queryParam("voided");
        var corrected = ctx.queryParam("corrected");
        if (ctx.queryParam("voidedQuestionnaire") != null || ctx.queryParam("correctedQuestionnaire") != null) {
            showHistory(ctx, opened, Form.EMPTY, ctx.queryParam("voidedQuestionnaire") != null
                    ? "Voided the questionnaire: it stays on file, out of the review of progress."
                    : "Corrected the questionnaire: the old one stays on file, marked replaced.");
            return;
        }
        showHistory(ctx, opened, Form.EMPTY, voided != null && voided.matches("\\d{1,6}") ? "Voided session " + voided
                + ": it stays on file, out of the review of progress." : corrected != null
                && corrected.matches("\\d{1,6}") ? "Corrected session " + corrected + ": the old one stays on file,"
                + " marked replaced, out of the review of progress." : "");
    }

    private void voidByForm(Context ctx) {
        var opened = records.open(ctx, "void session");
        int number = Voids.number(ctx);
        var form = Form.of(ctx);
        var problems = VoidCheck.session(opened.history(), number, form.value("reason")).stream()
                .map(p -> new Problem(p.field().equals("reason") ? "reason-" + number : "session-" + number,
                        "Session " + number + ": " + p.message())).toList();
        if (!problems.isEmpty()) {
            ctx.status(422);
            showHistory(ctx, opened, form.withProblems(problems), "");
            return;
        }
        try {
            records.book().voidSession(opened.id(), number, new Voided(records.today(),
                    opened.visit().account().name(), form.value("reason")), records.clock().instant(), version(form));
        } catch (ClientChangedException e) {
            changedMeanwhile(ctx, opened, form, "reason-" + number);
            return;
        }
        ctx.redirect("/clients/" + opened.id() + "/sessions?voided=" + number, HttpStatus.SEE_OTHER);
    }

    /** A void sent from a page opened before someone else changed the records: nothing is voided, the page is fresh. */
    private void changedMeanwhile(Context ctx, CareRecords.Opened opened, Form form, String field) {
        ctx.status(409);
        showHistory(ctx, opened, form.withProblems(List.of(new Problem(field, "Someone else changed these records since"
                + " you opened the page; nothing was voided. Look again, then void it again if it still should be."))), "");
    }

    private void showHistory(Context ctx, CareRecords.Opened opened, Form form, String notice) {
        var sessions = opened.history().sessions();
        var rows = IntStream.range(0, sessions.size())
                .mapToObj(i -> new HistoryRow(i + 1, sessions.get(i))).toList();
        var measures = opened.history().measures();
        var measureRows = IntStream.range(0, measures.size())
                .mapToObj(i -> new MeasureRow(i + 1, measures.get(i))).toList();
        Pages.show(ctx, "sessions/history.jte", new HistoryPage(Visit.frame(ctx, "Sessions and homework"),
                opened.client(), rows, measureRows, records.book().homework(opened.id()), form, notice,
                records.book().version(opened.id())));
    }

    private void voidMeasureByForm(Context ctx) {
        var opened = records.open(ctx, "void questionnaire");
        int number = Voids.number(ctx);
        var form = Form.of(ctx);
        var problems = onHistory(VoidCheck.questionnaire(opened.history(), number, form.value("reason")), number);
        if (!problems.isEmpty()) {
            ctx.status(422);
            showHistory(ctx, opened, form.withProblems(problems), "");
            return;
        }
        try {
            records.book().voidMeasure(opened.id(), number, new Voided(records.today(),
                    opened.visit().account().name(), form.value("reason")), records.clock().instant(), version(form));
        } catch (ClientChangedException e) {
            changedMeanwhile(ctx, opened, form, "q-reason-" + number);
            return;
        }
        ctx.redirect("/clients/" + opened.id() + "/sessions?voidedQuestionnaire=" + number + "#questionnaires",
                HttpStatus.SEE_OTHER);
    }

    /** The answers as {@code backcare measure} takes them, such as 1,2,2,1,0,1,2,-,1,1, on the day given. */
    private void correctMeasureByForm(Context ctx) {
        var opened = records.open(ctx, "correct questionnaire");
        int number = Voids.number(ctx);
        var form = Form.of(ctx);
        var problems = new ArrayList<>(onHistory(VoidCheck.questionnaireCorrection(opened.history(), number,
                form.value("reason")), number));
        var measures = opened.history().measures();
        var instrument = number <= measures.size() ? measures.get(number - 1).instrument() : "nprs";
        var written = form.value("answers").strip();
        try {
            Answers.parse(instrument + " " + written).score();
        } catch (InvalidAnswersException e) {
            e.problems().forEach(p -> problems.add(new Problem("q-answers-" + number, "Questionnaire " + number
                    + ": " + p)));
        }
        LocalDate day = null;
        try {
            day = RecordDates.parse(form.value("date").strip());
            if (day.isAfter(records.today())) {
                problems.add(new Problem("q-date-" + number, "Questionnaire " + number + ": " + day
                        + " is in the future"));
            }
        } catch (DateTimeParseException e) {
            problems.add(new Problem("q-date-" + number, "Questionnaire " + number + ": the date must be YYYY-MM-DD"));
        }
        if (problems.isEmpty()) {
            try {
                records.book().correctMeasure(opened.id(), number, new MeasureEntry(instrument, day, written),
                        new Voided(records.today(), opened.visit().account().name(), form.value("reason")),
                        records.clock().instant(), version(form));
                ctx.redirect("/clients/" + opened.id() + "/sessions?correctedQuestionnaire=" + number
                        + "#questionnaires", HttpStatus.SEE_OTHER);
                return;
            } catch (ClientChangedException e) {
                problems.add(new Problem("q-reason-" + number, "Someone else changed these records since you opened"
                        + " the page; nothing was saved. Look again, then send the correction again if it still stands."));
            }
        }
        ctx.status(422);
        showHistory(ctx, opened, form.withProblems(problems), "");
    }

    private static List<Problem> onHistory(List<Problem> problems, int number) {
        return problems.stream().map(p -> new Problem((p.field().equals("reason") ? "q-reason-" : "q-number-")
                + number, "Questionnaire " + number + ": " + p.message())).toList();
    }

    private void voidFromJson(Context ctx) {
        var opened = records.open(ctx, "void session");
        var asked = records.voidAsked(ctx, opened, VoidCheck::session);
        records.write(ctx, opened.id(), () -> records.book().voidSession(opened.id(), asked.number(), asked.voided(),
                records.clock().instant(), asked.expectedVersion()));
        ctx.json(SessionJson.write(opened.history().sessions().get(asked.number() - 1).voided(asked.voided())));
    }

    /** The session's fields as when logged, with the reason: the corrected session takes the old one's place. */
    private void correctFromJson(Context ctx) {
        var opened = records.open(ctx, "correct session");
        var input = JsonInput.of(ctx, SessionJson.CORRECTION_FIELDS);
        var session = SessionJson.read(input, opened.visit().account().name());
        int number = Voids.number(ctx);
        var history = opened.history();
        if (VoidCheck.standing(history, number)) {
            check.problems(session, VoidCheck.withoutSession(history, number), records.today(),
                    input.flag("sameDay", false)).forEach(input::problem);
        }
        var asked = records.asked(ctx, opened, VoidCheck::sessionCorrection, input, "The correction");
        records.write(ctx, opened.id(), () -> records.book().correctSession(opened.id(), number, session,
                asked.voided(), records.clock().instant(), asked.expectedVersion()));
        ctx.json(SessionJson.write(session));
    }

    /** The plan's next session; for an appointment, the plan session it was booked for while the plan still has it. */
    private Optional<Session> nextSession(CareRecords.Opened opened, Optional<Appointment> carriedOut) {
        var upcoming = overview.upcoming(opened.history(), records.today());
        var booked = carriedOut.flatMap(Appointment::planSession);
        return upcoming.stream().filter(s -> booked.isPresent() && s.number() == booked.get()).findFirst()
                .or(() -> upcoming.stream().findFirst());
    }

    private void show(Context ctx, CareRecords.Opened opened, Form form, Optional<Session> next) {
        show(ctx, opened, form, next, null);
    }

    private void show(Context ctx, CareRecords.Opened opened, Form form, Optional<Session> next,
            Correcting correcting) {
        var planned = next.map(Session::techniques).orElse(List.of());
        var usual = techniques.stream().filter(t -> planned.isEmpty() || planned.contains(t.id())).toList();
        var others = techniques.stream().filter(t -> !usual.contains(t)).toList();
        var title = correcting == null ? "Log a session" : "Correct session " + correcting.number();
        Pages.show(ctx, "sessions/new.jte", new SessionFormPage(Visit.frame(ctx, title), opened.client(),
                form, planned(next), areas, usual, others, afterEffects,
                check.massageStopped(opened.history(), records.today()).map(p -> p.message()),
                Optional.ofNullable(correcting), SessionForm.forAppointment(form, desk)));
    }

    private static String planned(Optional<Session> next) {
        return next.map(session -> {
            var warmUp = session.areas().stream().filter(a -> a.area().equals(SessionArea.WARM_UP))
                    .mapToInt(SessionArea::minutes).sum();
            return "Filled in from the plan's next session (number " + session.number() + ", " + session.phase()
                    + " phase): " + session.minutes() + " minutes at " + session.pressure().id() + " pressure"
                    + (warmUp == 0 ? "." : ", " + warmUp + " of them warm-up and closing.")
                    + " Change whatever went differently.";
        }).orElse("The plan has no next session (see the progress page for why): fill in what happened.");
    }
}
