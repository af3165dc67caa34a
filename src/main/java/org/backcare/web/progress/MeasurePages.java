package org.backcare.web.progress;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.backcare.clients.RecordDates;
import org.backcare.clients.ClientRecord;
import org.backcare.clients.MeasureEntry;
import org.backcare.intake.Problem;
import org.backcare.measures.Instrument;
import org.backcare.progress.VoidCheck;
import org.backcare.measures.InvalidAnswersException;
import org.backcare.measures.Item;
import org.backcare.measures.QuestionnaireWording;
import org.backcare.measures.Score;
import org.backcare.web.Form;
import org.backcare.web.Frame;
import org.backcare.web.JsonInput;
import org.backcare.web.Pages;
import org.backcare.web.ListPage;
import org.backcare.web.Paged;
import org.backcare.web.ProblemResponse;
import org.backcare.web.Voids;
import org.backcare.web.Problems;
import org.backcare.web.access.Access;
import org.backcare.web.access.Visit;

/**
 * Questionnaires on screen and through the API: the instrument's items as a form, scored by the instrument's own
 * scoring and kept as the command line keeps them, then the score and its change since the first one.
 */
public final class MeasurePages {
    public record ChooserPage(Frame frame, ClientRecord client, List<Instrument> instruments) {}

    /**
     * A questionnaire's form: its items in the clinic's words where it supplied them ({@code worded} false when the
     * form can show only each item's number and scale), the instructions and the licence's notice, if any.
     */
    public record MeasureFormPage(Frame frame, ClientRecord client, Instrument instrument, List<Item> items,
            boolean worded, String instructions, String notice, Form form) {
        /** "3. " and the item's words; "Question 3" alone where only numbers can be shown; a PSFS activity's row. */
        public String label(Item item) {
            boolean numbered = instrument != Instrument.PSFS && (worded || instrument == Instrument.ODI);
            return numbered ? item.number() + ". " + item.text() : item.text();
        }
    }

    /** One score of the questionnaire: when, the score as written, its band, and whether it reaches the MCID. */
    public record ScoreRow(LocalDate date, String score, String band, String sinceFirst) {}

    public record ScoresPage(Frame frame, ClientRecord client, Instrument instrument, String recorded,
            List<ScoreRow> scores) {}

    private static final int PAGE = 50;
    private final CareRecords records;
    private final QuestionnaireWording wording;

    MeasurePages(CareRecords records, QuestionnaireWording wording) {
        this.records = records;
        this.wording = wording;
    }

    void register(RoutesConfig routes) {
        routes.get("/clients/{id}/measures/new", this::blank, Access.STAFF);
        routes.post("/clients/{id}/measures/new", this::record, Access.STAFF);
        routes.get("/clients/{id}/measures/{instrument}", this::scores, Access.STAFF);
        routes.get("/api/clients/{id}/measures", this::list, Access.STAFF);
        routes.post("/api/clients/{id}/measures", this::recordFromJson, Access.STAFF);
        routes.post("/api/clients/{id}/measures/{number}/void", this::voidFromJson, Access.STAFF);
        routes.put("/api/clients/{id}/measures/{number}", this::correctFromJson, Access.STAFF);
    }

    private void blank(Context ctx) {
        var opened = records.open(ctx, "open a questionnaire");
        if (ctx.queryParam("instrument") == null) {
            Pages.show(ctx, "progress/questionnaires.jte", new ChooserPage(Visit.frame(ctx, "Questionnaires"),
                    opened.client(), List.of(Instrument.values())));
            return;
        }
        var today = Map.of("date", records.today().toString());
        show(ctx, opened.client(), instrument(ctx.queryParam("instrument")), new Form(today, List.of()));
    }

    private void record(Context ctx) {
        var opened = records.open(ctx, "record questionnaire");
        var instrument = instrument(ctx.queryParam("instrument"));
        var form = Form.of(ctx);
        var problems = new ArrayList<Problem>();
        var date = date(form, problems);
        var read = MeasureForm.read(instrument, form);
        problems.addAll(read.problems());
        if (!problems.isEmpty()) {
            ctx.status(422);
            show(ctx, opened.client(), instrument, form.withProblems(problems));
            return;
        }
        records.book().recordMeasure(opened.id(), new MeasureEntry(instrument.id(), date, read.answers()));
        ctx.redirect("/clients/" + opened.id() + "/measures/" + instrument.id() + "?recorded=" + date,
                HttpStatus.SEE_OTHER);
    }

    private void scores(Context ctx) {
        var opened = records.open(ctx, "read questionnaires");
        var instrument = instrument(ctx.pathParam("instrument"));
        var scored = Scores.of(opened.history(), instrument);
        var rows = IntStream.range(0, scored.size()).mapToObj(i -> new ScoreRow(scored.get(i).entry().date(),
                scored.get(i).shown(), scored.get(i).score().band(), Scores.sinceFirst(scored, i))).toList();
        var recorded = rows.stream().filter(row -> row.date().toString().equals(ctx.queryParam("recorded")))
                .reduce((earlier, later) -> later)
                .map(row -> "Recorded the " + instrument.shortName() + " of " + row.date() + ": " + row.score()
                        + (row.band() == null ? "" : ", " + row.band()) + ". " + row.sinceFirst()).orElse("");
        Pages.show(ctx, "progress/scores.jte", new ScoresPage(Visit.frame(ctx, instrument.shortName()),
                opened.client(), instrument, recorded, rows));
    }

    private void list(Context ctx) {
        var opened = records.open(ctx, "read questionnaires");
        int offset = Paged.offset(ctx);
        int limit = Paged.limit(ctx, PAGE);
        var measures = opened.history().measures();
        ctx.json(ListPage.of(measures, offset, limit, m -> {
            var instrument = Instrument.byId(m.instrument()).orElseThrow();
            return Scores.json(new Scores.Scored(m, Scores.score(instrument, m.answers())));
        }));
    }

    private void recordFromJson(Context ctx) {
        var opened = records.open(ctx, "record questionnaire");
        var input = JsonInput.of(ctx, Set.of("instrument", "date", "answers"));
        var scored = entry(input, records.today());
        input.refuseIfProblems("The questionnaire");
        records.book().recordMeasure(opened.id(), scored.entry());
        ctx.status(HttpStatus.CREATED).json(Scores.json(scored));
    }

    /** The questionnaire's fields as when recorded, with the reason; the date is by default the old one's. */
    private void correctFromJson(Context ctx) {
        var opened = records.open(ctx, "correct questionnaire");
        var input = JsonInput.of(ctx, Set.of("instrument", "date", "answers", "reason"));
        int number = Voids.number(ctx);
        var measures = opened.history().measures();
        var scored = entry(input, number <= measures.size() ? measures.get(number - 1).date() : records.today());
        var asked = records.asked(ctx, opened, VoidCheck::questionnaireCorrection, input, "The correction");
        records.write(ctx, opened.id(), () -> records.book().correctMeasure(opened.id(), number, scored.entry(),
                asked.voided(), records.clock().instant(), asked.expectedVersion()));
        ctx.json(Scores.json(scored));
    }

    /** The questionnaire sent, scored; each problem noted in {@code input}, refused when the answers do not score. */
    private Scores.Scored entry(JsonInput input, LocalDate day) {
        var instrument = Instrument.byId(input.oneOf("instrument", Instrument.ids())).orElseThrow();
        var date = input.date("date", day);
        if (date.isAfter(records.today())) {
            input.problem(new Problem("date", date + " is in the future"));
        }
        var answers = input.texts("answers");
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).contains(",")) {
                input.problem(new Problem("answers[" + i + "]", "must not contain a comma"));
            }
        }
        input.refuseIfProblems("The questionnaire");
        var written = String.join(",", answers);
        var entry = new MeasureEntry(instrument.id(), date, written);
        return new Scores.Scored(entry, score(instrument, written, input));
    }

    private void voidFromJson(Context ctx) {
        var opened = records.open(ctx, "void questionnaire");
        var asked = records.voidAsked(ctx, opened, VoidCheck::questionnaire);
        records.write(ctx, opened.id(), () -> records.book().voidMeasure(opened.id(), asked.number(), asked.voided(),
                records.clock().instant(), asked.expectedVersion()));
        var entry = opened.history().measures().get(asked.number() - 1).voided(asked.voided());
        var instrument = Instrument.byId(entry.instrument()).orElseThrow();
        ctx.json(Scores.json(new Scores.Scored(entry, Scores.score(instrument, entry.answers()))));
    }

    private static Score score(Instrument instrument, String written, JsonInput input) {
        try {
            return Scores.score(instrument, written);
        } catch (InvalidAnswersException e) {
            e.problems().forEach(input::problem);
            throw input.refusal("The questionnaire");
        }
    }

    private void show(Context ctx, ClientRecord client, Instrument instrument, Form form) {
        Pages.show(ctx, "progress/questionnaire.jte", new MeasureFormPage(Visit.frame(ctx, instrument.shortName()),
                client, instrument, wording.items(instrument), wording.worded(instrument),
                wording.instructions(instrument).orElse(""), wording.notice(instrument).orElse(""), form));
    }

    private LocalDate date(Form form, List<Problem> problems) {
        try {
            var date = RecordDates.parse(form.value("date").strip());
            if (!date.isAfter(records.today())) {
                return date;
            }
            problems.add(new Problem("date", "Date: " + date + " is in the future"));
        } catch (DateTimeParseException e) {
            problems.add(new Problem("date", "Date: required: the day it was answered, such as 2026-10-06"));
        }
        return records.today();
    }

    private static Instrument instrument(String id) {
        return Instrument.byId(id == null ? "" : id).orElseThrow(() -> new ProblemResponse(Problems.ofStatus(404,
                "There is no questionnaire '" + id + "'; the questionnaires are: "
                        + String.join(", ", Instrument.ids()))));
    }
}
