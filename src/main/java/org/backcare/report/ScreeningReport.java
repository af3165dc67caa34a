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
        var plans = new PlanJson(knowledge);
        return PlanJson.text((json, screening) -> {
            json.writeStartObject();
            plans.screening(json, screening);
            plans.exclusions(json, "excluded", screening.excluded());
            json.writeStringField("disclaimer", knowledge.disclaimer().text());
            json.writeEndObject();
        }, result);
    }
}
