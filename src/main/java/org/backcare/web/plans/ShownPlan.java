package org.backcare.web.plans;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.backcare.clients.ClientId;
import org.backcare.knowledge.Advice;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.knowledge.Technique;
import org.backcare.planning.CarePlan;
import org.backcare.planning.Phase;
import org.backcare.planning.Session;
import org.backcare.progress.Adaptation;
import org.backcare.report.BackDiagram;
import org.backcare.report.PlanReport;
import org.backcare.report.SessionLines;
import org.backcare.screening.Exclusion;

/**
 * A plan as the page shows it, in the words of the printed plan and handout ({@link PlanReport}), and where its
 * handout and calendar are fetched from ({@code calendarPath} is empty when screening stopped massage).
 */
public record ShownPlan(ClientId client, CarePlan plan, Adaptation adaptation, String backDiagram,
        String handoutPath, String calendarPath, SessionLines sessionLines, Map<String, String> techniqueNames,
        boolean forClient) {
    public ShownPlan {
        techniqueNames = Map.copyOf(techniqueNames);
    }

    /** The plan for staff: sources as the knowledge files cite them, the ranking's scores, the knowledge version. */
    static ShownPlan forStaff(CurrentPlan current, KnowledgeBase knowledge, String handoutPath, String calendarPath) {
        return of(current, knowledge, handoutPath, calendarPath, false);
    }

    /** The plan for the client themself, in plain words: readable citations, no scores or knowledge version. */
    static ShownPlan forClient(CurrentPlan current, KnowledgeBase knowledge, String handoutPath, String calendarPath) {
        return of(current, knowledge, handoutPath, calendarPath, true);
    }

    private static ShownPlan of(CurrentPlan current, KnowledgeBase knowledge, String handoutPath, String calendarPath,
            boolean forClient) {
        var plan = current.plan();
        var names = knowledge.techniques().stream().collect(Collectors.toMap(Technique::id, Technique::name));
        return new ShownPlan(current.client(), plan, current.adaptation(),
                BackDiagram.svg(BackDiagram.painByArea(current.intake())), handoutPath,
                plan.hasSessions() ? calendarPath : "", new SessionLines(plan), names, forClient);
    }

    /** Where a recommendation comes from, as this reader reads it. */
    public String source(String source) {
        return forClient ? Citation.plain(source) : source;
    }

    /** What changed in the plan: the ranking's words ("moves up") are for staff; the client reads what it means. */
    public String change(String text) {
        return forClient && text.contains("moves up")
                ? "Techniques you said helped are used more; those that did not are used less." : text;
    }

    /** Urgent or refer: no sessions, no techniques, no homework; what to do instead fills the page. */
    public boolean stopsMassage() {
        return !plan.screening().allowsMassage();
    }

    /** {@code clear}, {@code caution}, {@code refer} or {@code urgent}: the screening section's class. */
    public String status() {
        return plan.screening().outcome().id();
    }

    public String headline() {
        return "Safety screening: " + status().toUpperCase(Locale.ROOT);
    }

    public String meaning() {
        return PlanReport.meaning(plan.screening().outcome());
    }

    public String day(LocalDate date) {
        return SessionLines.day(date);
    }

    public String phase(Phase phase) {
        return PlanReport.phase(phase);
    }

    public List<String> areas(Session session) {
        return sessionLines.areas(session);
    }

    public String techniqueName(String id) {
        return techniqueNames.getOrDefault(id, id);
    }

    public String reasons(Exclusion exclusion) {
        return exclusion.reasons().stream().map(r -> r.text()).collect(Collectors.joining("; "));
    }

    /** The homework by topic (stretch, self-massage, workstation…), topics in the plan's order. */
    public Map<String, List<Advice>> homeworkByTopic() {
        return plan.homeCare().stream().collect(Collectors.groupingBy(a -> PlanReport.capitalized(a.topic()),
                LinkedHashMap::new, Collectors.toList()));
    }
}
