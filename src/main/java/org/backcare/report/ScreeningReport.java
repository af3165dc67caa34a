package org.backcare.report;

import org.backcare.knowledge.KnowledgeBase;
import org.backcare.screening.ScreeningResult;

/** Screening alone, for {@code backcare screen}: the same section and fields as in a plan. */
public final class ScreeningReport {
    private final KnowledgeBase knowledge;

    public ScreeningReport(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    public String terminal(ScreeningResult result) {
        var page = new TerminalPage();
        PlanReport.screening(result, page);
        new PlanReport(knowledge).exclusions(page, "Ruled out by screening", result.excluded());
        page.paragraph("");
        page.paragraph(knowledge.disclaimer().text());
        return page.text();
    }

    public String json(ScreeningResult result) {
        var tree = PlanJson.screening(result);
        tree.set("excluded", new PlanJson(knowledge).exclusions(result.excluded()));
        tree.put("disclaimer", knowledge.disclaimer().text());
        return PlanJson.text(tree);
    }
}
