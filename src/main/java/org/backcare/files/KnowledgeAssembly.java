package org.backcare.files;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.backcare.intake.Pressure;
import org.backcare.intake.Problem;
import org.backcare.intake.Region;
import org.backcare.intake.Vocabulary;
import org.backcare.knowledge.Advice;
import org.backcare.knowledge.AfterEffect;
import org.backcare.knowledge.AreaFocus;
import org.backcare.knowledge.BackRegion;
import org.backcare.knowledge.Condition;
import org.backcare.knowledge.Criteria;
import org.backcare.knowledge.EventCare;
import org.backcare.knowledge.FitRule;
import org.backcare.knowledge.FrequencyRule;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.knowledge.Outcome;
import org.backcare.knowledge.ProgressRules;
import org.backcare.knowledge.Range;
import org.backcare.knowledge.ResponseTime;
import org.backcare.knowledge.ScreeningRule;
import org.backcare.knowledge.SessionLimits;
import org.backcare.knowledge.Technique;
import org.backcare.knowledge.TechniqueProperty;
import org.backcare.knowledge.Term;

/** Reads the parsed knowledge documents into the knowledge model, recording every structural problem. */
final class KnowledgeAssembly {
    private final Map<String, ObjectNode> documents;
    private final List<Problem> problems;

    KnowledgeAssembly(Map<String, ObjectNode> documents, List<Problem> problems) {
        this.documents = documents;
        this.problems = problems;
    }

    KnowledgeBase assemble(String version) {
        var symptomRegions = new LinkedHashMap<String, List<Region>>();
        var symptoms = entries("symptoms.yaml", "symptoms", n -> {
            n.allowOnly("id", "name", "source", "regions");
            symptomRegions.put(n.text("id"), regions(n, "regions"));
            return new Term(n.text("id"), n.text("name"), n.text("source"));
        });
        var causes = terms("intake-terms.yaml", "causes");
        var lifestyle = terms("intake-terms.yaml", "lifestyle");
        var goals = terms("intake-terms.yaml", "goals");
        var conditions = terms("health.yaml", "conditions");
        var redFlags = terms("health.yaml", "red-flags");
        var vocabulary = new Vocabulary(ids(symptoms), ids(causes), ids(lifestyle), ids(conditions), ids(redFlags),
                ids(goals), symptomRegions);
        var allTerms = new ArrayList<Term>();
        for (var list : List.of(symptoms, causes, lifestyle, goals, conditions, redFlags)) {
            list.stream().filter(t -> allTerms.stream().noneMatch(o -> o.id().equals(t.id()))).forEach(allTerms::add);
        }
        var guidance = new ArrayList<>(advice("session-guidance.yaml", "guidance", true));
        guidance.addAll(advice("best-practices.yaml", "practices", true));
        var frequency = document("frequency.yaml");
        return new KnowledgeBase(version, vocabulary, allTerms,
                entries("techniques.yaml", "techniques", this::technique),
                entries("regions.yaml", "regions", this::backRegion),
                entries("screening.yaml", "rules", this::screeningRule),
                entries("technique-fit.yaml", "rules", this::fitRule),
                entries("frequency.yaml", "situations", this::frequencyRule),
                single(frequency, "when-several-apply"),
                single(frequency, "reassess-after-first-phase"),
                entries("research.yaml", "responses", this::responseTime),
                guidance,
                advice("home-care.yaml", "home-care", true),
                advice("when-not-enough.yaml", "when-not-enough", false),
                sessionLimits(),
                entries("after-effects.yaml", "after-effects", this::afterEffect),
                progressRules(),
                single(document("disclaimer.yaml"), "disclaimer"),
                single(frequency, "reassess-without-pain"),
                entries("regions.yaml", "focus", this::areaFocus),
                entries("session-guidance.yaml", "around-event", this::eventCare));
    }

    private Node document(String file) {
        return new Node(documents.get(file), file + ":", problems);
    }

    private <T> List<T> entries(String file, String key, Function<Node, T> reader) {
        var doc = document(file);
        if (!doc.has(key)) {
            doc.problem(doc.path() + " " + key, "required: the list of " + key);
        }
        return doc.list(key).stream().map(reader).toList();
    }

    private List<Term> terms(String file, String key) {
        return entries(file, key, n -> {
            n.allowOnly("id", "name", "source");
            return new Term(n.text("id"), n.text("name"), n.text("source"));
        });
    }

    private static List<String> ids(List<Term> terms) {
        return terms.stream().map(Term::id).toList();
    }

    private Technique technique(Node n) {
        n.allowOnly("id", "name", "family", "description", "best-for", "pressure", "oil", "heat", "essential-oils",
                "regions", "cautions", "equipment", "source");
        var pressure = n.object("pressure");
        if (pressure.isEmpty()) {
            n.problem(n.path() + ".pressure", "required: { min, max } from light, moderate, firm");
        }
        return new Technique(n.text("id"), n.text("name"), n.text("family"), n.text("description"),
                n.texts("best-for"),
                pressure.map(p -> pressure(p, "min", null)).orElse(Pressure.LIGHT),
                pressure.map(p -> pressure(p, "max", null)).orElse(Pressure.LIGHT),
                Optional.ofNullable(n.choice("oil", id -> enumByName(Technique.OilUse.class, id),
                        names(Technique.OilUse.class), null)).orElse(Technique.OilUse.OPTIONAL),
                n.bool("heat", false), n.bool("essential-oils", false),
                regions(n, "regions"), n.texts("cautions"), n.texts("equipment"), n.text("source"));
    }

    private BackRegion backRegion(Node n) {
        n.allowOnly("id", "name", "muscles", "common-problems", "typical-symptoms", "source");
        return new BackRegion(region(n, "id"), n.text("name"), n.texts("muscles"), n.texts("common-problems"),
                n.texts("typical-symptoms"), n.text("source"));
    }

    private AreaFocus areaFocus(Node n) {
        n.allowOnly("id", "regions", "when", "technique", "text", "source");
        return new AreaFocus(n.text("id"), regions(n, "regions"), condition(n, "when"), n.optionalText("technique"),
                n.text("text"), n.text("source"));
    }

    private EventCare eventCare(Node n) {
        n.allowOnly("id", "from-day", "to-day", "text", "source");
        return new EventCare(n.text("id"), n.integer("from-day", 0), n.integer("to-day", 0), n.text("text"),
                n.text("source"));
    }

    private ScreeningRule screeningRule(Node n) {
        n.allowOnly("id", "outcome", "when", "message", "excludes", "excludes-with", "pressure-max",
                "region-pressure-max", "avoid-regions-of", "start-light", "sessions-per-pressure-step",
                "modifications", "source", "lasts-weeks");
        var regionCaps = new EnumMap<Region, Pressure>(Region.class);
        n.object("region-pressure-max").ifPresent(caps -> {
            for (var region : Region.values()) {
                if (caps.has(region.id())) {
                    regionCaps.put(region, pressure(caps, region.id(), null));
                }
            }
            caps.allowOnly(Arrays.stream(Region.values()).map(Region::id).toArray(String[]::new));
        });
        var excludesWith = n.texts("excludes-with").stream().map(id -> TechniqueProperty.byId(id).orElseGet(() -> {
            n.problem(n.path() + ".excludes-with", "unknown property '" + id + "'; allowed: oil, heat, essential-oils");
            return TechniqueProperty.OIL;
        })).toList();
        return new ScreeningRule(n.text("id"),
                Optional.ofNullable(n.choice("outcome", KnowledgeAssembly::outcome,
                        Arrays.stream(Outcome.values()).map(Outcome::id).toList(), null)).orElse(Outcome.REFER),
                condition(n, "when"), n.text("message"), n.texts("excludes"), excludesWith,
                n.has("pressure-max") ? pressure(n, "pressure-max", null) : null,
                regionCaps, n.optionalText("avoid-regions-of"), n.bool("start-light", false),
                n.integer("sessions-per-pressure-step", 0), n.texts("modifications"), n.text("source"),
                optionalInt(n, "lasts-weeks"));
    }

    private FitRule fitRule(Node n) {
        n.allowOnly("id", "technique", "weight", "when", "reason", "source");
        if (!n.has("weight")) {
            n.problem(n.path() + ".weight", "required: a whole number (negative counts against)");
        }
        return new FitRule(n.text("id"), n.text("technique"), n.integer("weight", 0), condition(n, "when"),
                n.text("reason"), n.text("source"));
    }

    private FrequencyRule frequencyRule(Node n) {
        n.allowOnly("id", "situation", "recommendation", "notes", "definition", "priority", "applies-when",
                "more-care-when", "more-care-reason", "phases", "source");
        var phases = n.list("phases").stream().map(this::phase).toList();
        var moreCare = n.has("more-care-when") ? condition(n, "more-care-when") : new Condition(List.of(), List.of());
        return new FrequencyRule(n.text("id"), n.text("situation"), n.text("recommendation"), n.text("notes"),
                n.text("definition"), n.integer("priority", 0), condition(n, "applies-when"), moreCare,
                n.has("more-care-when") ? n.text("more-care-reason") : "", phases, n.text("source"));
    }

    private FrequencyRule.PhaseTemplate phase(Node n) {
        n.allowOnly("name", "sessions-per-week", "interval-days", "weeks");
        return new FrequencyRule.PhaseTemplate(n.text("name"), range(n, "sessions-per-week"),
                range(n, "interval-days"), Optional.ofNullable(range(n, "weeks")).orElseGet(() -> {
                    n.problem(n.path() + ".weeks", "required: { min, max }");
                    return Range.of(1);
                }));
    }

    private ResponseTime responseTime(Node n) {
        n.allowOnly("id", "condition", "finding", "typical-response", "sessions", "applies-when", "source");
        return new ResponseTime(n.text("id"), n.text("condition"), n.text("finding"), n.text("typical-response"),
                range(n, "sessions"), condition(n, "applies-when"), n.text("source"));
    }

    private AfterEffect afterEffect(Node n) {
        n.allowOnly("id", "name", "action", "refer-as", "source");
        var action = Optional.ofNullable(n.choice("action", id -> enumByName(AfterEffect.Action.class, id.replace('-', '_')),
                List.of("lower-pressure", "refer"), null)).orElse(AfterEffect.Action.REFER);
        return new AfterEffect(n.text("id"), n.text("name"), action, n.optionalText("refer-as"), n.text("source"));
    }

    private ProgressRules progressRules() {
        var doc = document("progress.yaml");
        return new ProgressRules(single(doc, "step-down", "id", "text", "source"),
                single(doc, "lapse", "id", "factor", "text", "source"), number(doc, "lapse", "factor"),
                single(doc, "feedback", "id", "weight", "text", "source"), number(doc, "feedback", "weight"),
                single(doc, "not-improving", "id", "text", "source"),
                single(doc, "reassessed", "id", "text", "source"));
    }

    private static int number(Node doc, String key, String field) {
        return doc.object(key).map(n -> n.integer(field, 0)).orElse(0);
    }

    private List<Advice> advice(String file, String key, boolean withTopic) {
        return entries(file, key, n -> {
            n.allowOnly(withTopic ? new String[] {"id", "topic", "text", "when", "unless", "works-on", "source"}
                    : new String[] {"id", "text", "when", "unless", "source"});
            return new Advice(n.text("id"), withTopic ? n.text("topic") : key, n.text("text"),
                    condition(n, "when"), n.text("source"), regions(n, "works-on"));
        });
    }

    private Advice single(Node doc, String key) {
        return single(doc, key, "id", "text", "source");
    }

    /** A single { id, text, source } entry (with any other fields allowed) named by key. */
    private Advice single(Node doc, String key, String... fields) {
        var n = doc.object(key).orElseGet(() -> {
            doc.problem(doc.path() + " " + key, "required: { " + String.join(", ", fields) + " }");
            return new Node(documents.get("disclaimer.yaml").objectNode(), key, new ArrayList<>());
        });
        n.allowOnly(fields);
        return new Advice(n.text("id"), key, n.text("text"), Condition.ALWAYS, n.text("source"));
    }

    private SessionLimits sessionLimits() {
        var doc = document("best-practices.yaml");
        var limits = doc.object("limits").orElseGet(() -> {
            doc.problem(doc.path() + " limits", "required");
            return new Node(documents.get("best-practices.yaml").objectNode(), "limits", new ArrayList<>());
        });
        limits.allowOnly("minutes-per-area", "session-minutes", "sessions-per-pressure-step");
        var perArea = limits.object("minutes-per-area");
        var session = limits.object("session-minutes");
        var step = limits.object("sessions-per-pressure-step");
        return new SessionLimits(
                perArea.map(this::limitRange).orElse(new Range(10, 20)), perArea.map(p -> p.text("source")).orElse(""),
                session.map(this::limitRange).orElse(new Range(30, 60)), session.map(p -> p.text("source")).orElse(""),
                step.map(s -> s.integer("value", 1)).orElse(1), step.map(s -> s.text("source")).orElse(""));
    }

    private Range limitRange(Node n) {
        n.allowOnly("min", "max", "source");
        return new Range(n.integer("min", 0), n.integer("max", 0));
    }

    /** A condition: a map (all parts hold) or a list of maps (any holds), with an optional unless beside it. */
    private Condition condition(Node n, String key) {
        var anyOf = n.has(key) ? criteriaList(n, key) : List.of(Criteria.ALWAYS);
        var unless = n.has("unless") && key.equals("when") ? criteriaList(n, "unless") : List.<Criteria>of();
        return new Condition(anyOf, unless);
    }

    private List<Criteria> criteriaList(Node n, String key) {
        return n.get(key).map(value -> value.oneOrMany().stream().map(this::criteria).toList())
                .orElse(List.of(Criteria.ALWAYS));
    }

    private Criteria criteria(Node n) {
        if (!n.isObject()) {
            n.problem(n.path(), "must be a map of conditions");
            return Criteria.ALWAYS;
        }
        n.allowOnly("regions", "symptoms", "causes", "min-pain", "max-pain", "min-weeks", "max-weeks", "lifestyle",
                "health", "goals", "pressure", "min-age", "max-age", "new-to-massage", "no-oil");
        return new Criteria(regions(n, "regions"), n.texts("symptoms"), n.texts("causes"),
                optionalInt(n, "min-pain"), optionalInt(n, "max-pain"), optionalInt(n, "min-weeks"),
                optionalInt(n, "max-weeks"), n.texts("lifestyle"), n.texts("health"), n.texts("goals"),
                n.texts("pressure").stream().map(id -> Pressure.byId(id).orElseGet(() -> {
                    n.problem(n.path() + ".pressure", "unknown pressure '" + id + "'; allowed: light, moderate, firm");
                    return Pressure.LIGHT;
                })).toList(),
                optionalInt(n, "min-age"), optionalInt(n, "max-age"),
                n.has("new-to-massage") ? n.bool("new-to-massage", false) : null,
                n.has("no-oil") ? n.bool("no-oil", false) : null);
    }

    private static Integer optionalInt(Node n, String key) {
        return n.has(key) ? n.integer(key, 0) : null;
    }

    private Range range(Node n, String key) {
        return n.object(key).map(r -> {
            r.allowOnly("min", "max");
            return new Range(r.integer("min", 0), r.integer("max", 0));
        }).orElse(null);
    }

    private List<Region> regions(Node n, String key) {
        return n.texts(key).stream().map(id -> Region.byId(id).orElseGet(() -> {
            n.problem(n.path() + "." + key, "unknown region '" + id + "'; allowed: upper-back, mid-back, lower-back");
            return Region.UPPER_BACK;
        })).toList();
    }

    private static Region region(Node n, String key) {
        return n.choice(key, Region::byId, List.of("upper-back", "mid-back", "lower-back"), Region.UPPER_BACK);
    }

    private static Pressure pressure(Node n, String key, Pressure fallback) {
        var pressure = n.choice(key, Pressure::byId, List.of("light", "moderate", "firm"), fallback);
        return pressure == null ? Pressure.LIGHT : pressure;
    }

    private static Optional<Outcome> outcome(String id) {
        return Arrays.stream(Outcome.values()).filter(o -> o.id().equals(id)).findFirst();
    }

    private static <E extends Enum<E>> Optional<E> enumByName(Class<E> type, String id) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().toLowerCase().equals(id)).findFirst();
    }

    private static <E extends Enum<E>> List<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase()).toList();
    }
}
