package org.backcare.web.progress;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.backcare.booking.AppointmentDesk;
import org.backcare.booking.Attendance;
import org.backcare.clients.ClientBook;
import org.backcare.measures.Instrument;
import org.backcare.planning.Session;
import org.backcare.progress.Adaptation.Decision;
import org.backcare.progress.ProgressOverview;
import org.backcare.progress.ProgressSummary;
import org.backcare.report.ProgressPdf;
import org.backcare.report.ProgressReport;
import org.backcare.report.ProgressSvg;
import org.backcare.web.Frame;
import org.backcare.web.Pages;
import org.backcare.web.ProblemResponse;
import org.backcare.web.Problems;
import org.backcare.measures.QuestionnaireWording;
import org.backcare.web.access.Access;
import org.backcare.web.access.Caseloads;
import org.backcare.web.access.Visit;

/**
 * A client's progress: the decision on their plan, pain and questionnaires as charts with their numbers beside
 * them, sessions kept against planned and the next sessions; exactly what {@code backcare progress CLIENT} shows.
 * Also wires the questionnaires ({@link MeasurePages}), which feed it.
 */
public final class ProgressPages {
    /** A chart, and the numbers it is drawn from as a table: headings, then one row a point. */
    public record Chart(String heading, String src, String alt, List<String> columns, List<List<String>> rows) {}

    public record ProgressPage(Frame frame, ProgressSummary summary, Attendance attendance, String tone, String notice,
            List<Chart> charts, List<Instrument> instruments) {
        public String shortName(String instrument) {
            return Instrument.byId(instrument).map(Instrument::shortName).orElse(instrument);
        }

        /** "lower-back 20 min, warm-up-and-closing 10 min", as the command line lists them. */
        public String areas(Session session) {
            return session.areas().stream().map(a -> a.area() + " " + a.minutes() + " min")
                    .collect(Collectors.joining(", "));
        }
    }

    /**
     * An SVG shown as an image draws with style attributes, which the pages' policy forbids; the image itself can run
     * nothing and fetch nothing.
     */
    private static final String SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'";
    private static final String SVG = ".svg";

    private final CareRecords records;
    private final ProgressViews views;
    private final ProgressReport report = new ProgressReport();
    private final MeasurePages measures;
    private final AppointmentDesk desk;

    public ProgressPages(ProgressViews views, ClientBook clients, AppointmentDesk desk, Caseloads caseloads, Clock clock,
            QuestionnaireWording wording) {
        this.records = new CareRecords(clients, caseloads, clock);
        this.views = views;
        this.desk = desk;
        this.measures = new MeasurePages(records, wording);
    }

    public void register(RoutesConfig routes) {
        routes.get("/clients/{id}/progress", this::page, Access.STAFF);
        routes.get("/clients/{id}/report.pdf", this::reportPdf, Access.STAFF);
        routes.get("/clients/{id}/progress/{chart}", this::chart, Access.STAFF);
        routes.get("/api/clients/{id}/progress", this::json, Access.STAFF);
        measures.register(routes);
    }

    private void page(Context ctx) {
        var version = records.version(ctx);
        records.audit(ctx, version.client(), "read progress");
        views.viewed(Visit.required(ctx).actor(), version);
        var shown = views.shown(version, records.today());
        var summary = shown.summary();
        var attendance = shown.attendance(s -> Attendance.byTheEndOf(s.asOf(), desk.ofClient(version.client())));
        Pages.show(ctx, "progress/progress.jte", new ProgressPage(Visit.frame(ctx, "Progress of "
                + summary.client().name()), summary, attendance, tone(summary.adaptation().decision()), logged(ctx),
                shown.tables(ProgressPages::charts), List.of(Instrument.values())));
    }

    /** The pain chart and one per questionnaire, each with the numbers it is drawn from. */
    private static List<Chart> charts(ProgressSummary summary) {
        var base = "/clients/" + summary.client().id() + "/progress/";
        var charts = new ArrayList<Chart>();
        charts.add(new Chart("Pain at each session", base + "pain" + SVG, ProgressSvg.painText(summary),
                List.of("Date", "Pain before", "Pain after"), summary.pain().stream()
                        .map(p -> List.of(p.date().toString(), Integer.toString(p.before()),
                                Integer.toString(p.after())))
                        .toList()));
        for (var instrument : summary.instruments()) {
            charts.add(new Chart(instrument.title(), base + instrument.id() + SVG,
                    ProgressSvg.scoreText(summary, instrument), List.of("Date", "Score", "Band", "MCID reached"),
                    summary.scores(instrument).stream().map(s -> List.of(s.date().toString(), s.shown(),
                            s.band() == null ? "" : s.band(), s.reachesMcid() ? "yes" : "no")).toList()));
        }
        return List.copyOf(charts);
    }

    private void chart(Context ctx) {
        var name = ctx.pathParam("chart");
        var which = name.endsWith(SVG) ? name.substring(0, name.length() - SVG.length()) : "";
        var instrument = Instrument.byId(which);
        if (!which.equals("pain") && instrument.isEmpty()) {
            throw new ProblemResponse(Problems.ofStatus(404, "There is no chart '" + name + "'; the charts are pain"
                    + SVG + " and one per questionnaire: " + String.join(SVG + ", ", Instrument.ids()) + SVG + "."));
        }
        var version = records.version(ctx);
        if (!views.partOfAView(Visit.required(ctx).actor(), version)) {
            records.audit(ctx, version.client(), "read progress chart");
        }
        var svg = views.shown(version, records.today()).chart(which, summary -> instrument
                .map(i -> ProgressSvg.scoreChart(summary, i)).orElseGet(() -> ProgressSvg.painChart(summary)));
        ctx.header("Content-Security-Policy", SVG_POLICY).contentType("image/svg+xml").result(svg);
    }

    /** The one-page progress report of {@code backcare report ID --pdf}, to print or send to a doctor. */
    private void reportPdf(Context ctx) throws IOException {
        var version = records.version(ctx);
        records.audit(ctx, version.client(), "read progress report");
        var summary = views.shown(version, records.today()).summary();
        ctx.contentType("application/pdf").header("Content-Disposition", "inline; filename=\""
                + summary.client().id() + "-progress.pdf\"").result(ProgressPdf.render(summary));
    }

    private void json(Context ctx) {
        var version = records.version(ctx);
        records.audit(ctx, version.client(), "read progress");
        ctx.contentType("application/json").result(report.json(views.shown(version, records.today()).summary()));
    }

    /** How the decision is shown: stopping or referring is a warning, a restart a caution, the rest good news. */
    private static String tone(Decision decision) {
        return switch (decision) {
            case STOP_NEW_RED_FLAG, REFER_NOT_IMPROVING -> "refer";
            case RESTART_AFTER_LAPSE, RESTART_AFTER_REASSESSMENT -> "caution";
            case STEP_DOWN, CONTINUE, START -> "clear";
        };
    }

    /** The notice after a session was logged: the form sends its date. */
    private static String logged(Context ctx) {
        var date = ctx.queryParam("logged");
        try {
            return date == null ? "" : "Logged the session of " + LocalDate.parse(date) + ".";
        } catch (DateTimeParseException e) {
            return "";
        }
    }
}
