package org.backcare.web.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.web.progress.CareTeam.KNOWLEDGE;
import static org.backcare.web.progress.CareTeam.today;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.backcare.accounts.Username;
import org.backcare.booking.Appointment;
import org.backcare.booking.Equipment;
import org.backcare.booking.Status;
import org.backcare.booking.WeeklyHours;
import org.backcare.cli.BackcareCommand;
import org.backcare.clients.AuditEntry;
import org.backcare.clients.ClientId;
import org.backcare.clients.MeasureEntry;
import org.backcare.intake.Pressure;
import org.backcare.progress.Feedback;
import org.backcare.progress.ProgressOverview;
import org.backcare.progress.SessionLog;
import org.backcare.progress.SoapNote;
import org.backcare.report.ProgressSvg;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The progress page: the decision, the charts with their numbers, and the same JSON as the command line. */
class ProgressPagesTest {
    private static final String SVG = "http://www.w3.org/2000/svg";
    /** How JFreeSVG writes the stroke of pain before the session, the first series. */
    private static final String PAIN_BEFORE_STROKE = "stroke:rgb(192,57,43);";
    private static final CareTeam TEAM = new CareTeam();
    private final ClientId daniel = TEAM.newClient();
    private final String page = "/clients/" + daniel + "/progress";

    @AfterAll
    static void stop() {
        TEAM.close();
    }

    @Test
    void thePainChartHasAPointForEachSessionAndItsNumbersBesideIt() throws Exception {
        logSession(14, 6);
        logSession(7, 5);

        var chart = TEAM.tess.page(page + "/pain.svg");

        assertThat(chart.statusCode()).isEqualTo(200);
        assertThat(chart.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/svg+xml"));
        assertThat(chart.headers().firstValue("Content-Security-Policy")).as("the chart's styles apply, nothing runs")
                .hasValue("default-src 'none'; style-src 'unsafe-inline'");
        assertThat(strokedPathPoints(svg(chart.body()), PAIN_BEFORE_STROKE)).as("the legend's sample line, then the data")
                .containsExactly(2, 2);
        var shown = TEAM.tess.page(page).body();
        var summary = new ProgressOverview(KNOWLEDGE).summary(TEAM.history(daniel), today());
        assertThat(shown).contains("<img class=\"chart\" src=\"" + page + "/pain.svg\" alt=\"")
                .contains(ProgressSvg.painText(summary).replace("'", "&#39;"))
                .contains("<summary>Show the numbers</summary>")
                .contains("Decision: " + summary.adaptation().decision().label())
                .contains("2 sessions kept of " + summary.sessionsPlanned() + " planned");
    }

    @Test
    void theAppointmentsKeptMissedAndCancelledLateAreCountedUpToToday() {
        var desk = TEAM.running.database.appointments(Equipment.neededBy(KNOWLEDGE));
        var tess = new Username("tess");
        desk.hours(tess, WeeklyHours.parse("mon-sun 00:00-23:59"));
        var lastWeek = today().minusWeeks(1).atTime(10, 0);
        var bookedThen = lastWeek.minusDays(7).toInstant(ZoneOffset.UTC);
        var visits = desk.book(List.of(visit(tess, lastWeek), visit(tess, lastWeek.plusDays(1)),
                visit(tess, lastWeek.plusDays(2)), visit(tess, today().plusWeeks(1).atTime(10, 0))), "tess", bookedThen);
        assertThat(TEAM.tess.page(page).body()).as("a view of them kept until they change")
                .contains("<p id=\"attendance\">Appointments: kept 0 of 3 booked, 3 not marked yet.</p>");
        desk.mark(visits.get(0).id(), Status.ATTENDED, "tess", lastWeek.toInstant(ZoneOffset.UTC));
        desk.mark(visits.get(1).id(), Status.NO_SHOW, "tess", lastWeek.plusDays(1).toInstant(ZoneOffset.UTC));
        desk.cancel(visits.get(2).id(), "tess", "ill", lastWeek.plusDays(2).minusHours(2).toInstant(ZoneOffset.UTC));

        assertThat(TEAM.tess.page(page).body())
                .contains("<p id=\"attendance\">Appointments: kept 1 of 3 booked, 1 late cancellation, 1 no-show.</p>");
    }

    private Appointment visit(Username therapist, LocalDateTime start) {
        return Appointment.booked(daniel, therapist, Optional.empty(), start, 45, Optional.empty(), List.of(), List.of());
    }

    @Test
    void eachQuestionnaireHasItsChartAndItsScoresInATable() throws Exception {
        measure(14, "odi", "2,2,2,2,2,2,2,2,2,2");
        measure(1, "odi", "1,1,1,1,1,1,1,1,1,1");

        var shown = TEAM.tess.page(page).body();
        var chart = TEAM.tess.page(page + "/odi.svg");

        assertThat(shown).contains("src=\"" + page + "/odi.svg\"", "<td>40%</td>", "<td>20%</td>",
                "<td>minimal disability</td><td>yes</td>");
        assertThat(chart.statusCode()).isEqualTo(200);
        assertThat(svg(chart.body()).getElementsByTagNameNS(SVG, "title").item(0).getTextContent())
                .isEqualTo("ODI over time — Daniel Okafor");
        assertThat(TEAM.tess.page(page + "/oswestry.svg").statusCode()).isEqualTo(404);
    }

    @Test
    void aPageViewIsOneAuditLineItsChartsIncluded() {
        measure(14, "odi", "2,2,2,2,2,2,2,2,2,2");

        assertThat(TEAM.tess.page(page).statusCode()).isEqualTo(200);
        assertThat(TEAM.tess.page(page + "/pain.svg").statusCode()).isEqualTo(200);
        assertThat(TEAM.tess.page(page + "/odi.svg").statusCode()).isEqualTo(200);

        assertThat(auditedActions()).containsExactly("read progress");
    }

    @Test
    void aChartNotPartOfAPageViewHasItsOwnAuditLine() {
        logSession(14, 6);
        var alone = TEAM.tess.page(page + "/pain.svg");
        assertThat(TEAM.tess.page(page).statusCode()).isEqualTo(200);
        logSession(7, 5);
        var newer = TEAM.tess.page(page + "/pain.svg");
        assertThat(TEAM.admin.page(page + "/pain.svg").statusCode()).isEqualTo(200);

        assertThat(auditedActions()).containsExactly("read progress chart", "read progress", "read progress chart",
                "read progress chart");
        assertThat(alone.statusCode()).isEqualTo(200);
        assertThat(newer.body()).as("drawn from the session logged since").isNotEqualTo(alone.body());
    }

    @Test
    void thePageShowsWhatWasWrittenSinceItWasLastShown() {
        assertThat(TEAM.tess.page(page).body()).contains("0 sessions kept");
        logSession(7, 6);
        assertThat(TEAM.tess.page(page).body()).contains("1 session kept");
        measure(1, "odi", "1,1,1,1,1,1,1,1,1,1");
        assertThat(TEAM.tess.page(page).body()).contains("<td>20%</td>");
        TEAM.book().rename(daniel, "Daniel O. Okafor", TEAM.book().version(daniel));
        assertThat(TEAM.tess.page(page).body()).contains("Daniel O. Okafor");
        assertThat(TEAM.tess.get("/api/clients/" + daniel + "/progress").body()).contains("Daniel O. Okafor");
    }

    @Test
    void theApiGivesTheSameJsonAsTheCommandLine() {
        logSession(14, 6);
        logSession(7, 4);
        measure(7, "nprs", "4");

        var api = TEAM.tess.get("/api/clients/" + daniel + "/progress");

        assertThat(api.statusCode()).isEqualTo(200);
        var out = new StringWriter();
        var exit = BackcareCommand.run(new String[] {"progress", daniel.value(), "--format", "json", "--as-of",
                today().toString(), "--db", TEAM.running.folder.resolve("backcare.db").toString()},
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        assertThat(exit).isZero();
        assertThat(api.body()).isEqualTo(out.toString());
    }

    @Test
    void theProgressReportIsThePdfOfTheCommandLinesReportForStaffOnly() {
        logSession(7, 5);
        var report = TEAM.tess.send(HttpRequest.newBuilder(TEAM.running.uri("/clients/" + daniel + "/report.pdf"))
                .GET().build());
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(report.body()).startsWith("%PDF-");
        assertThat(TEAM.theo.page("/clients/" + daniel + "/report.pdf").statusCode()).isEqualTo(404);
        assertThat(TEAM.tess.page(page).body()).contains("href=\"/clients/" + daniel + "/report.pdf\"");
    }

    @Test
    void onlyTheClientsTherapistSeesTheirProgress() {
        assertThat(TEAM.theo.page(page).statusCode()).isEqualTo(404);
        assertThat(TEAM.theo.page(page + "/pain.svg").statusCode()).isEqualTo(404);
        assertThat(TEAM.theo.get("/api/clients/" + daniel + "/progress").statusCode()).isEqualTo(404);
        var himself = TEAM.clientAccount();
        assertThat(himself.visitor().page("/clients/" + himself.client() + "/progress").statusCode()).isEqualTo(403);
        assertThat(himself.visitor().get("/api/clients/" + himself.client() + "/progress").statusCode()).isEqualTo(403);
        assertThat(TEAM.admin.page(page).statusCode()).isEqualTo(200);
    }

    private void logSession(int daysAgo, int painBefore) {
        TEAM.book().logSession(daniel, new SessionLog(today().minusDays(daysAgo), "Tess Moreau", 50, List.of(),
                List.of("deep-tissue"), Pressure.MODERATE, painBefore, 2, List.of(), Feedback.none(), SoapNote.empty()));
    }

    private void measure(int daysAgo, String instrument, String answers) {
        TEAM.book().recordMeasure(daniel, new MeasureEntry(instrument, today().minusDays(daysAgo), answers));
    }

    /** What the audit log says was done with this test's client, oldest first. */
    private List<String> auditedActions() {
        var reference = TEAM.book().reference(daniel).orElseThrow();
        return TEAM.book().auditLog().stream().filter(e -> e.clientReference().equals(reference))
                .map(AuditEntry::action).toList();
    }

    private static Document svg(String text) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The points of each straight-line path stroked as given ("M… L…" is two); the dots, drawn with curves, left out. */
    private static List<Integer> strokedPathPoints(Document svg, String stroke) {
        var paths = svg.getElementsByTagNameNS(SVG, "path");
        return IntStream.range(0, paths.getLength()).mapToObj(i -> (Element) paths.item(i))
                .filter(path -> ((Element) path.getParentNode()).getAttribute("style").contains(stroke))
                .map(path -> path.getAttribute("d")).filter(d -> !d.contains("C"))
                .map(d -> d.replaceAll("[^ML]", "").length()).toList();
    }
}
