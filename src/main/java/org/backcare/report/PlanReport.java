package org.backcare.report;

import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.backcare.knowledge.Advice;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.knowledge.Outcome;
import org.backcare.planning.CarePlan;
import org.backcare.planning.EventNote;
import org.backcare.planning.Phase;
import org.backcare.planning.Reassessment;
import org.backcare.planning.Session;
import org.backcare.progress.Adaptation;
import org.backcare.screening.Exclusion;
import org.backcare.screening.Reason;
import org.backcare.screening.ScreeningResult;

/** A care plan for people to read: on the terminal, or as a Markdown handout. Same content, two pages. */
public final class PlanReport {
    private static final int SHOWN_IN_FULL = 5;
    private final KnowledgeBase knowledge;

    public PlanReport(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    public String terminal(CarePlan plan) {
        return terminal(plan, null);
    }

    public String markdown(CarePlan plan) {
        return markdown(plan, null);
    }

    /** The plan, headed by what the client's history changed in it (when there is a history). */
    public String terminal(CarePlan plan, Adaptation adaptation) {
        return write(plan, adaptation, new TerminalPage());
    }

    public String markdown(CarePlan plan, Adaptation adaptation) {
        return write(plan, adaptation, new MarkdownPage());
    }

    private String write(CarePlan plan, Adaptation adaptation, Page page) {
        page.title("Back care plan for " + plan.client());
        page.paragraph("Starting " + plan.start() + ". Knowledge base " + plan.knowledgeVersion() + ".");
        if (adaptation != null) {
            page.heading("What changed and why: " + adaptation.decision().label());
            if (adaptation.changes().isEmpty()) {
                page.paragraph("Nothing in the history changes the plan.");
            }
            adaptation.changes().forEach(c -> page.bullet(c.text() + cite(c.source())));
        }
        screening(plan.screening(), page);
        if (plan.screening().allowsMassage()) {
            techniques(plan, page);
            pressure(plan, page);
            frequency(plan, page);
            calendar(plan, page);
            aroundEvent(plan, page);
            focus(plan, page);
            guidance(plan, page);
            homeCare(plan, page);
            expectations(plan, page);
        }
        page.heading(plan.screening().allowsMassage() ? "When to reassess or see a doctor" : "What to do now");
        plan.reassess().forEach(r -> page.bullet(withDate(r) + r.text() + cite(r.source())));
        page.heading("Please note");
        page.paragraph(plan.disclaimer());
        return page.text();
    }

    /** {@code 2026-12-22: } before a planned check; nothing before a sign to watch for. */
    static String withDate(Reassessment r) {
        return r.date() == null ? "" : r.date() + ": ";
    }

    /** The screening section, shared with the screening-only report. */
    static void screening(ScreeningResult screening, Page page) {
        var outcome = screening.outcome();
        page.heading("Safety screening: " + outcome.id().toUpperCase());
        page.paragraph(meaning(outcome));
        for (var f : screening.findings()) {
            page.bullet(f.outcome().id().toUpperCase() + " " + f.message() + cite(f.source()));
            if (screening.allowsMassage()) {
                f.modifications().forEach(m -> page.bullet("Session change: " + m));
            }
        }
    }

    public static String meaning(Outcome outcome) {
        return switch (outcome) {
            case URGENT -> "Seek emergency medical care now. There is no massage plan.";
            case REFER -> "See a healthcare provider before any massage. There is no massage plan until they have.";
            case CAUTION -> "Massage can go ahead with the changes listed below.";
            case CLEAR -> "Nothing in the intake stands in the way of massage.";
        };
    }

    private void techniques(CarePlan plan, Page page) {
        page.heading("Recommended techniques");
        var ranked = plan.techniques().ranked();
        int rank = 1;
        for (var t : ranked.subList(0, Math.min(SHOWN_IN_FULL, ranked.size()))) {
            var technique = t.technique();
            page.paragraph(rank++ + ". " + technique.name() + " (" + technique.minPressure().id() + " to "
                    + technique.maxPressure().id() + " pressure, score " + t.score() + "): " + technique.description());
            t.reasons().forEach(r -> page.bullet(r.text() + cite(r.source())));
        }
        if (ranked.size() > SHOWN_IN_FULL) {
            page.paragraph("Also suitable, in order: " + ranked.subList(SHOWN_IN_FULL, ranked.size()).stream()
                    .map(t -> t.technique().name() + " (" + t.score() + ")").collect(Collectors.joining(", ")) + ".");
        }
        exclusions(page, "Ruled out by screening", plan.screening().excluded());
        exclusions(page, "Not suited", plan.techniques().notSuited());
    }

    void exclusions(Page page, String title, List<Exclusion> exclusions) {
        if (exclusions.isEmpty()) {
            return;
        }
        page.heading(title);
        for (var e : exclusions) {
            var name = knowledge.technique(e.technique()).map(t -> t.name()).orElse(e.technique());
            page.bullet(name + ": " + e.reasons().stream().map(Reason::text).collect(Collectors.joining("; ")));
        }
    }

    private void pressure(CarePlan plan, Page page) {
        var p = plan.pressure();
        page.heading("Pressure");
        page.paragraph("Start " + p.start().id() + ", at most " + p.max().id() + ".");
        p.reasons().forEach(r -> page.bullet(r.text() + cite(r.source())));
    }

    private void frequency(CarePlan plan, Page page) {
        page.heading("How often");
        plan.frequency().reasons().forEach(r -> page.bullet(r.text() + cite(r.source())));
        plan.frequency().alsoApplies().forEach(r -> page.bullet("Also applies: " + r.situation() + " ("
                + r.recommendation().toLowerCase() + "; " + r.notes().toLowerCase() + ")."));
        plan.schedule().phases().forEach(p -> page.bullet(phase(p)));
    }

    /** {@code Phase initial: one session every 7 days for 4 weeks.} */
    public static String phase(Phase p) {
        return "Phase " + p.name() + ": " + cadence(p) + " for " + p.weeks() + " weeks.";
    }

    private static String cadence(Phase p) {
        return p.sessionsPerWeek() != null ? p.sessionsPerWeek() + " sessions a week"
                : "one session every " + p.intervalDays() + " days";
    }

    private void calendar(CarePlan plan, Page page) {
        page.heading("Session calendar");
        var rows = plan.schedule().sessions().stream().map(PlanReport::calendarRow).toList();
        page.table(List.of("#", "Date", "Phase", "Min", "Pressure", "Minutes per area: pressure, techniques"), rows);
    }

    private static List<String> calendarRow(Session s) {
        var day = s.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        var areas = s.areas().stream().map(a -> a.area() + " " + a.minutes() + ": " + a.pressure().id()
                + (a.techniques().isEmpty() ? "" : ", " + String.join(" + ", a.techniques())))
                .collect(Collectors.joining("; "));
        return List.of(Integer.toString(s.number()), day + " " + s.date(), s.phase(), Integer.toString(s.minutes()),
                s.pressure().id(), areas);
    }

    private void aroundEvent(CarePlan plan, Page page) {
        if (plan.aroundEvent().isEmpty()) {
            return;
        }
        page.heading("Around the event");
        plan.aroundEvent().forEach(n -> page.bullet(eventLine(n) + cite(n.source())));
    }

    /** {@code 2027-03-12 to 2027-03-13: No deep tissue... (sessions 12.)} */
    static String eventLine(EventNote n) {
        var days = n.from().equals(n.to()) ? n.from().toString() : n.from() + " to " + n.to();
        var sessions = n.sessions().isEmpty() ? ""
                : " Planned session" + (n.sessions().size() == 1 ? " " : "s ")
                        + n.sessions().stream().map(String::valueOf).collect(Collectors.joining(", ")) + " fall"
                        + (n.sessions().size() == 1 ? "s" : "") + " within these days.";
        return days + ": " + n.text() + sessions;
    }

    private void focus(CarePlan plan, Page page) {
        if (plan.focus().isEmpty()) {
            return;
        }
        page.heading("What the sessions concentrate on");
        plan.focus().forEach(f -> page.bullet(f.text() + cite(f.source())));
    }

    private void guidance(CarePlan plan, Page page) {
        adviceSection(page, "Before each session", plan.before());
        adviceSection(page, "During each session", plan.during());
        adviceSection(page, "After each session", plan.after());
    }

    private void homeCare(CarePlan plan, Page page) {
        page.heading("Between sessions");
        plan.homeCare().forEach(a -> page.bullet(capitalized(a.topic()) + ": " + a.text() + cite(a.source())));
    }

    private void expectations(CarePlan plan, Page page) {
        if (plan.expectations().isEmpty()) {
            return;
        }
        page.heading("What to expect");
        plan.expectations().forEach(r -> page.bullet(r.condition() + ": " + r.finding().toLowerCase() + ", typically "
                + r.typicalResponse().toLowerCase() + "." + cite(r.source())));
    }

    private static void adviceSection(Page page, String title, List<Advice> advice) {
        page.heading(title);
        advice.forEach(a -> page.bullet(a.text() + cite(a.source())));
    }

    public static String capitalized(String topic) {
        var words = topic.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String cite(String source) {
        return " [" + source + "]";
    }
}
