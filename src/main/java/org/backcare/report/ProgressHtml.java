package org.backcare.report;

import static org.backcare.report.Xml.escape;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.backcare.planning.Session;
import org.backcare.progress.Adaptation.Decision;
import org.backcare.progress.ProgressSummary;
import org.jfree.chart.JFreeChart;

/**
 * The progress report as one XHTML page, with {@code <object>} placeholders for its charts. Every piece of text
 * from the client's file goes through {@link Xml#escape}.
 */
final class ProgressHtml {
    static final String DISCLAIMER = "Backcare is decision support, not a diagnosis.";
    /** The first few keep the page to one; the rest are in the plan. */
    static final int NEXT_SHOWN = 6;
    /** In points: chart text the size of the page's small print, fine lines. */
    private static final ProgressCharts.Sizes CHART_SIZES = new ProgressCharts.Sizes(8, 1.2f, 4);
    private static final String STYLE = """
            @page { size: A4; margin: 12mm 14mm; }
            body { font-family: 'Liberation Sans'; font-size: 9pt; color: #222; }
            h1 { font-size: 17pt; margin: 0 0 1mm 0; }
            h2 { font-size: 11pt; margin: 4mm 0 1mm 0; }
            .meta { color: #555; margin: 0; }
            .decision { border: 1.5pt solid; padding: 2.5mm 3.5mm; margin-top: 3mm; }
            .red { border-color: #b71c1c; background: #fdecea; }
            .amber { border-color: #e08e00; background: #fff4e0; }
            .green { border-color: #2e7d32; background: #eaf5ea; }
            .blue { border-color: #1f6fb2; background: #e8f1fa; }
            .headline { font-size: 15pt; font-weight: bold; }
            .decision ul { margin: 1.5mm 0 0 0; padding-left: 5mm; }
            .source { font-size: 7pt; color: #555; }
            object { display: block; width: 100%; }
            table { width: 100%; border-collapse: collapse; }
            th, td { text-align: left; padding: 0.6mm 1.5mm; border-bottom: 0.5pt solid #ccc; vertical-align: top; }
            th { background: #eee; }
            table.charts { table-layout: fixed; }
            table.charts td { border: none; padding: 0 1mm 0 0; }
            .empty { color: #555; font-style: italic; }
            .disclaimer { margin-top: 4mm; font-weight: bold; }
            """;

    private final ProgressSummary summary;
    private final double chartScale;
    private final Map<String, JFreeChart> charts = new LinkedHashMap<>();
    private final StringBuilder html = new StringBuilder();

    /** The charts at their full height times the scale. */
    ProgressHtml(ProgressSummary summary, double chartScale) {
        this.summary = summary;
        this.chartScale = chartScale;
        page();
    }

    String xhtml() {
        return html.toString();
    }

    /** The charts by the {@code type} of the object that stands for them. */
    Map<String, JFreeChart> charts() {
        return charts;
    }

    private void page() {
        var title = "Progress report — " + summary.client().name();
        html.append("<html><head><title>").append(Xml.escape(title)).append("</title><style>").append(STYLE)
                .append("</style></head><body><h1>").append(Xml.escape(title)).append("</h1><p class=\"meta\">As of ")
                .append(summary.asOf()).append(" · Sessions kept: ").append(summary.sessionsKept()).append(" of ")
                .append(summary.sessionsPlanned()).append(" planned</p>");
        decision();
        html.append("<h2>Pain before and after each session (0–10)</h2>");
        if (summary.pain().isEmpty()) {
            html.append("<p class=\"empty\">No data yet: no sessions logged.</p>");
        } else {
            chart("pain", ProgressCharts.pain(summary.pain(), CHART_SIZES), 62);
        }
        questionnaires();
        nextSessions();
        html.append("<p class=\"disclaimer\">").append(DISCLAIMER).append("</p></body></html>");
    }

    private void decision() {
        var decision = summary.adaptation().decision();
        var label = decision.label();
        html.append("<div class=\"decision ").append(colour(decision)).append("\"><div class=\"headline\">Decision: ")
                .append(Xml.escape(Character.toUpperCase(label.charAt(0)) + label.substring(1))).append("</div>");
        var changes = summary.adaptation().changes();
        if (changes.isEmpty()) {
            html.append("<p>No changes to the plan.</p>");
        } else {
            html.append("<ul>");
            changes.forEach(change -> {
                html.append("<li>").append(Xml.escape(change.text()));
                if (change.source() != null && !change.source().isBlank()) {
                    html.append(" <span class=\"source\">Source: ").append(Xml.escape(change.source())).append("</span>");
                }
                html.append("</li>");
            });
            html.append("</ul>");
        }
        html.append("</div>");
    }

    private static String colour(Decision decision) {
        return switch (decision) {
            case STOP_NEW_RED_FLAG, REFER_NOT_IMPROVING -> "red";
            case RESTART_AFTER_LAPSE, RESTART_AFTER_REASSESSMENT -> "amber";
            case STEP_DOWN, CONTINUE -> "green";
            case START -> "blue";
        };
    }

    private void questionnaires() {
        html.append("<h2>Questionnaires</h2>");
        var instruments = summary.instruments();
        if (instruments.isEmpty()) {
            html.append("<p class=\"empty\">No data yet: no questionnaire scores.</p>");
            return;
        }
        html.append("<table class=\"charts\"><tr>");
        instruments.forEach(instrument -> {
            html.append("<td>");
            chart("score-" + charts.size(), ProgressCharts.scores(instrument, summary.scores(instrument), CHART_SIZES),
                    40);
            html.append("</td>");
        });
        html.append("</tr></table><table><tr><th>Instrument</th><th>Latest</th><th>Score</th><th>Band</th>"
                + "<th>Change since the first score</th></tr>");
        instruments.forEach(instrument -> {
            var points = summary.scores(instrument);
            var latest = points.get(points.size() - 1);
            row(instrument.shortName(), latest.date().toString(), number(latest.value()) + latest.unit(),
                    latest.band(), points.size() == 1 ? "first score"
                            : latest.reachesMcid() ? "reaches the MCID" : "below the MCID");
        });
        html.append("</table>");
    }

    private void nextSessions() {
        html.append("<h2>Next sessions</h2>");
        var next = summary.nextSessions();
        if (next.isEmpty()) {
            html.append("<p class=\"empty\">No sessions planned.</p>");
            return;
        }
        html.append("<table><tr><th>Date</th><th>Minutes</th><th>Pressure</th><th>Areas</th></tr>");
        next.stream().limit(NEXT_SHOWN).forEach(s -> row(SessionLines.day(s.date()), Integer.toString(s.minutes()),
                s.pressure().id(), areas(s)));
        html.append("</table>");
        if (next.size() > NEXT_SHOWN) {
            html.append("<p class=\"meta\">and ").append(next.size() - NEXT_SHOWN).append(" more in the plan</p>");
        }
    }

    private static String areas(Session session) {
        return SessionLines.brief(session);
    }

    private void chart(String type, JFreeChart chart, int heightMm) {
        charts.put(type, chart);
        html.append("<object type=\"").append(type).append("\" style=\"height: ")
                .append(Math.round(heightMm * chartScale)).append("mm\"></object>");
    }

    private void row(String... cells) {
        html.append("<tr>");
        for (var cell : cells) {
            html.append("<td>").append(Xml.escape(cell)).append("</td>");
        }
        html.append("</tr>");
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
