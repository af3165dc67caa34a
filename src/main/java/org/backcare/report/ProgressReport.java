package org.backcare.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Collectors;
import org.backcare.measures.Change.ActivityChange;
import org.backcare.planning.Session;
import org.backcare.progress.ProgressSummary;
import org.backcare.screening.Reason;
import org.backcare.wording.Counted;

/** A client's progress on the terminal, or as JSON for machines. */
public final class ProgressReport {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public String terminal(ProgressSummary summary) {
        var page = new TerminalPage();
        page.title("Progress of " + summary.client().name());
        page.paragraph("As of " + summary.asOf() + ": " + Counted.of(summary.sessionsKept(), "session") + " kept of "
                + summary.sessionsPlanned() + " planned so far.");
        var adaptation = summary.adaptation();
        page.heading("Decision: " + adaptation.decision().label().toUpperCase());
        if (adaptation.changes().isEmpty()) {
            page.paragraph("Nothing in the history changes the plan.");
        }
        adaptation.changes().forEach(c -> page.bullet(c.text() + " [" + c.source() + "]"));
        page.heading("Pain at each session (0-10)");
        page.paragraph(summary.pain().isEmpty() ? "No sessions logged yet." : "");
        if (!summary.pain().isEmpty()) {
            page.preformatted(PainChart.draw(summary.pain()));
        }
        page.heading("Questionnaires");
        if (summary.scores().isEmpty()) {
            page.paragraph("No questionnaires recorded yet.");
        } else {
            page.table(List.of("Date", "Questionnaire", "Score", "Band", "MCID reached"),
                    summary.scores().stream().map(s -> List.of(s.date().toString(), s.instrument(),
                            s.shown(), s.band() == null ? "" : s.band(),
                            s.reachesMcid() ? "yes" : "")).toList());
        }
        if (!summary.activities().isEmpty()) {
            page.heading("PSFS, activity by activity (0-10, higher is better; MCID " + ActivityChange.MCID + " points)");
            page.table(List.of("Activity", "First", "Latest", "MCID reached"), summary.activities().stream()
                    .map(a -> List.of(a.activity(), Integer.toString(a.first()), Integer.toString(a.latest()),
                            a.reachesMcid() ? "yes" : "")).toList());
        }
        page.heading("Next sessions");
        if (summary.nextSessions().isEmpty()) {
            page.paragraph("None: see the decision above.");
        }
        summary.nextSessions().forEach(s -> page.bullet(nextSession(s)));
        return page.text();
    }

    private static String nextSession(Session s) {
        return "session " + s.number() + " (" + s.phase() + "), " + s.date() + ": " + s.minutes() + " minutes, " + s.pressure().id() + " pressure; " + s.areas().stream()
                .map(a -> a.area() + " " + a.minutes()).collect(Collectors.joining(", "));
    }

    public String json(ProgressSummary summary) {
        var root = MAPPER.createObjectNode();
        root.put("client", summary.client().id().value()).put("name", summary.client().name())
                .put("asOf", summary.asOf().toString()).put("sessionsKept", summary.sessionsKept())
                .put("sessionsPlanned", summary.sessionsPlanned());
        var adaptation = summary.adaptation();
        root.set("decision", MAPPER.createObjectNode().put("id", adaptation.decision().id())
                .put("label", adaptation.decision().label()).set("changes", reasons(adaptation.changes())));
        var pain = root.putArray("pain");
        summary.pain().forEach(p -> pain.addObject().put("date", p.date().toString()).put("before", p.before())
                .put("after", p.after()));
        var scores = root.putArray("scores");
        summary.scores().forEach(s -> {
            ObjectNode node = scores.addObject().put("date", s.date().toString()).put("instrument", s.instrument())
                    .put("value", s.value()).put("unit", s.unit());
            node.put("band", s.band()).put("reachesMcid", s.reachesMcid());
        });
        var activities = root.putArray("psfsActivities");
        summary.activities().forEach(a -> activities.addObject().put("activity", a.activity()).put("first", a.first())
                .put("latest", a.latest()).put("reachesMcid", a.reachesMcid()));
        var next = root.putArray("nextSessions");
        summary.nextSessions().forEach(s -> {
            var node = next.addObject().put("number", s.number()).put("date", s.date().toString())
                    .put("phase", s.phase()).put("minutes", s.minutes()).put("pressure", s.pressure().id());
            var areas = node.putArray("areas");
            s.areas().forEach(a -> areas.addObject().put("area", a.area()).put("side", a.side())
                    .put("minutes", a.minutes()));
        });
        return PlanJson.text(root);
    }

    private static ArrayNode reasons(List<Reason> reasons) {
        var array = MAPPER.createArrayNode();
        reasons.forEach(r -> array.addObject().put("rule", r.rule()).put("text", r.text()).put("source", r.source()));
        return array;
    }
}
