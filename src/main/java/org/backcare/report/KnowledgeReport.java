package org.backcare.report;

import java.util.List;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.knowledge.Technique;

/** The knowledge base for people to read: techniques, back regions, and the seeds' two tables. */
public final class KnowledgeReport {
    private final KnowledgeBase knowledge;

    public KnowledgeReport(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    public String terminal() {
        var page = new TerminalPage();
        page.title("Backcare knowledge base " + knowledge.version());
        page.heading("Techniques");
        knowledge.techniques().forEach(t -> technique(t, page));
        page.heading("Back regions");
        for (var r : knowledge.backRegions()) {
            page.paragraph(r.name() + " (" + r.region().id() + "): " + String.join(", ", r.muscles()) + ".");
            r.commonProblems().forEach(page::bullet);
            knowledge.areaFocus().stream().filter(f -> f.regions().contains(r.region()))
                    .forEach(f -> page.bullet("Session focus: " + f.text()));
        }
        page.heading("How often: the frequency table");
        page.table(List.of("Situation", "Recommended frequency", "Notes"), knowledge.frequencyRules().stream()
                .map(r -> List.of(r.situation(), r.recommendation(), r.notes())).toList());
        page.heading("Research: typical response time");
        page.table(List.of("Condition", "Research finding", "Typical response time"), knowledge.responseTimes()
                .stream().map(r -> List.of(r.condition(), r.finding(), r.typicalResponse())).toList());
        return page.text();
    }

    private static void technique(Technique t, Page page) {
        page.paragraph(t.name() + " [" + t.id() + ", " + t.family() + "]: " + t.description());
        page.bullet("Best for: " + String.join(", ", t.bestFor()));
        page.bullet("Pressure: " + t.minPressure().id() + " to " + t.maxPressure().id() + "; oil: "
                + t.oil().name().toLowerCase() + (t.heat() ? "; uses heat" : "")
                + (t.essentialOils() ? "; uses essential oils" : ""));
        page.bullet("Regions: " + String.join(", ", t.regions().stream().map(r -> r.id()).toList()));
        t.cautions().forEach(c -> page.bullet("Caution: " + c));
        page.bullet("Source: " + t.source());
    }
}
