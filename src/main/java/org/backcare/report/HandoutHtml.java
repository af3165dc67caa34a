package org.backcare.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.backcare.intake.Intake;
import org.backcare.knowledge.Advice;
import org.backcare.knowledge.AreaFocus;
import org.backcare.knowledge.Outcome;
import org.backcare.planning.CarePlan;
import org.backcare.planning.RankedTechnique;
import org.backcare.planning.Reassessment;

/**
 * The client's handout as one XHTML document, in the plan's own words and order (see {@link PlanReport}): the
 * screening first, then where it hurts, the sessions, what to do around them, homework, when to see a doctor, and
 * the disclaimer. When screening stops massage, only the screening, what to do now, the diagram and the disclaimer.
 * Every piece of text from the plan or intake goes through {@link Xml#escape}.
 */
final class HandoutHtml {
    private static final String STYLE = """
            @page { size: A4; margin: 11mm 14mm; }
            body { font-family: 'Liberation Sans'; font-size: 9pt; color: #222; line-height: 1.2; }
            h1 { font-size: 18pt; margin: 0; }
            h2 { font-size: 12pt; margin: 2mm 0 1mm 0; page-break-after: avoid; }
            h3 { font-size: 10pt; margin: 2mm 0 0.5mm 0; page-break-after: avoid; }
            ul { margin: 0; padding-left: 5mm; }
            li { margin-bottom: 0.3mm; }
            .meta { color: #555; margin: 0 0 3mm 0; }
            .screening { border: 2pt solid; padding: 3mm 4mm; }
            .screening .headline { font-size: 15pt; font-weight: bold; }
            .screening p { margin: 1mm 0; }
            .stop { padding: 6mm 6mm; border-width: 3pt; }
            .stop .headline { font-size: 22pt; }
            .stop .meaning { font-size: 14pt; font-weight: bold; }
            .stop h2 { font-size: 13pt; }
            .stop li { font-size: 11pt; }
            .red { border-color: #b71c1c; background: #fdecea; }
            .amber { border-color: #e08e00; background: #fff4e0; }
            .green { border-color: #2e7d32; background: #eaf5ea; }
            table { width: 100%; border-collapse: collapse; }
            table.calendar { -fs-table-paginate: paginate; }
            table.calendar tr { page-break-inside: avoid; }
            th, td { text-align: left; padding: 0.6mm 1.5mm; border-bottom: 0.5pt solid #ccc; vertical-align: top; }
            table.calendar { font-size: 8.5pt; table-layout: fixed; }
            td.nowrap { white-space: nowrap; }
            th.narrow { width: 5mm; }
            th.date { width: 21mm; }
            th.number { width: 8mm; }
            th.pressure { width: 14mm; }
            th { background: #eee; }
            table.columns { table-layout: fixed; }
            table.columns td { border: none; padding: 0 3mm 0 0; }
            table.columns p { margin: 0.5mm 0; }
            td.diagram { width: 56mm; }
            svg { width: 50mm; height: 68.75mm; }
            .caption { font-size: 8pt; color: #555; font-weight: normal; }
            .disclaimer { margin-top: 5mm; border-top: 1pt solid #999; padding-top: 2mm; font-weight: bold; }
            """;
    private final CarePlan plan;
    private final Intake intake;
    private final SessionLines sessionLines;
    private final StringBuilder html = new StringBuilder(16_384);

    /** The plan, and the intake it was made from (for the diagram of where it hurts). */
    HandoutHtml(CarePlan plan, Intake intake) {
        this.plan = plan;
        this.intake = intake;
        this.sessionLines = new SessionLines(plan);
        page();
    }

    String xhtml() {
        return html.toString();
    }

    private void page() {
        var title = "Back care plan for " + plan.client();
        html.append("<html lang=\"en\"><head><title>").append(Xml.escape(title)).append("</title><style>").append(STYLE)
                .append("</style></head><body><h1>").append(Xml.escape(title)).append("</h1><p class=\"meta\">")
                .append(plan.hasSessions() ? "Sessions from " : "Dated ").append(SessionLines.day(plan.start()))
                .append(" · Knowledge base ").append(Xml.escape(plan.knowledgeVersion())).append("</p>");
        screening();
        if (plan.hasSessions()) {
            sessions();
        } else {
            html.append("<h2>Where it hurts</h2>");
            diagram();
        }
        html.append("<p class=\"disclaimer\">").append(Xml.escape(plan.disclaimer()))
                .append(" <span class=\"caption\">The full plan cites the source of every recommendation.</span></p>")
                .append("</body></html>");
    }

    private void sessions() {
        diagramBesideSessions();
        calendar();
        html.append("<table class=\"columns\"><tr><td>");
        section("Before each session", texts(plan.before()));
        section("During each session", texts(plan.during()));
        html.append("</td><td>");
        section("After each session", texts(plan.after()));
        html.append("</td></tr></table>");
        homework();
        if (!plan.aroundEvent().isEmpty()) {
            section("Around the event", plan.aroundEvent().stream().map(PlanReport::eventLine).toList());
        }
        section("When to reassess or see a doctor", plan.reassess().stream()
                .map(r -> PlanReport.withDate(r) + r.text()).toList());
    }

    private void screening() {
        var screening = plan.screening();
        var outcome = screening.outcome();
        var stop = !screening.allowsMassage();
        html.append("<div class=\"screening ").append(stop ? "stop red" : outcome == Outcome.CAUTION ? "amber" : "green")
                .append("\"><div class=\"headline\">Safety screening: ").append(outcome.id().toUpperCase(Locale.ROOT))
                .append("</div><p class=\"meaning\">").append(Xml.escape(PlanReport.meaning(outcome))).append("</p>");
        var findings = new ArrayList<String>();
        screening.findings().forEach(f -> {
            findings.add(f.outcome().id().toUpperCase(Locale.ROOT) + " " + f.message());
            if (!stop) {
                f.modifications().forEach(m -> findings.add("Session change: " + m));
            }
        });
        list(findings);
        if (stop) {
            html.append("<h2>What to do now</h2>");
            list(plan.reassess().stream().map(Reassessment::text).toList());
        }
        html.append("</div>");
    }

    private void diagramBesideSessions() {
        html.append("<h2>Where it hurts, and your sessions</h2><table class=\"columns\"><tr><td class=\"diagram\">");
        diagram();
        html.append("</td><td>");
        var p = plan.pressure();
        html.append("<h3>How often</h3>");
        list(plan.schedule().phases().stream().map(PlanReport::phase).toList());
        html.append("<h3>Pressure</h3><p>Start ").append(p.start().id()).append(", at most ").append(p.max().id())
                .append(".</p><h3>The techniques in your sessions</h3>");
        var used = plan.schedule().sessions().stream().flatMap(s -> s.techniques().stream()).distinct().toList();
        list(plan.techniques().ranked().stream().map(RankedTechnique::technique).filter(t -> used.contains(t.id()))
                .map(t -> t.name() + ": " + t.description()).toList());
        if (!plan.focus().isEmpty()) {
            html.append("<h3>What the sessions concentrate on</h3>");
            list(plan.focus().stream().map(AreaFocus::text).toList());
        }
        html.append("</td></tr></table>");
    }

    private void diagram() {
        html.append(BackDiagram.svg(BackDiagram.painByArea(intake)))
                .append("<p class=\"caption\">Seen from behind: your left is on the left.</p>");
    }

    private void calendar() {
        html.append("<h2>Session calendar</h2><table class=\"calendar\"><thead><tr><th class=\"narrow\">#</th>")
                .append("<th class=\"date\">Date</th><th class=\"number\">Min</th><th class=\"pressure\">Pressure</th>")
                .append("<th>Areas and techniques</th></tr></thead><tbody>");
        for (var session : plan.schedule().sessions()) {
            html.append("<tr><td>").append(session.number()).append("</td><td class=\"nowrap\">")
                    .append(SessionLines.day(session.date())).append("</td><td>").append(session.minutes())
                    .append("</td><td>").append(session.pressure().id()).append("</td><td>");
            html.append(sessionLines.areas(session).stream().map(Xml::escape).collect(Collectors.joining("<br/>")));
            html.append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    /** Grouped by topic, in two columns: the topics in order, the second column from about half the advice on. */
    private void homework() {
        html.append("<h2>Between sessions</h2><table class=\"columns\"><tr><td>");
        Map<String, List<Advice>> byTopic = plan.homeCare().stream()
                .collect(Collectors.groupingBy(Advice::topic, LinkedHashMap::new, Collectors.toList()));
        int half = plan.homeCare().size() / 2;
        int listed = 0;
        boolean secondColumn = false;
        for (var topic : byTopic.entrySet()) {
            if (!secondColumn && listed > 0 && listed >= half) {
                html.append("</td><td>");
                secondColumn = true;
            }
            html.append("<h3>").append(Xml.escape(PlanReport.capitalized(topic.getKey()))).append("</h3>");
            list(texts(topic.getValue()));
            listed += topic.getValue().size();
        }
        html.append("</td></tr></table>");
    }

    private void section(String heading, List<String> items) {
        html.append("<h2>").append(Xml.escape(heading)).append("</h2>");
        list(items);
    }

    private static List<String> texts(List<Advice> advice) {
        return advice.stream().map(Advice::text).toList();
    }

    private void list(List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        html.append("<ul>");
        items.forEach(item -> html.append("<li>").append(Xml.escape(item)).append("</li>"));
        html.append("</ul>");
    }
}
