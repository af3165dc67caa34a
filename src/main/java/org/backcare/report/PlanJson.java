package org.backcare.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.BiConsumer;
import org.backcare.knowledge.Advice;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.planning.CarePlan;
import org.backcare.planning.Phase;
import org.backcare.planning.Session;
import org.backcare.progress.Adaptation;
import org.backcare.screening.Exclusion;
import org.backcare.screening.Reason;
import org.backcare.screening.ScreeningResult;

/**
 * The plan as JSON: the contract documented in the README. Field order is fixed and nothing depends on the clock,
 * so the same intake and start date always give the same bytes.
 */
public final class PlanJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectWriter COMPACT = MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);
    private final KnowledgeBase knowledge;

    public PlanJson(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    public String write(CarePlan plan) {
        return text(tree(plan));
    }

    /** The same JSON as {@link #write(CarePlan)} without indentation or a final newline, as UTF-8: for the API. */
    public byte[] compact(CarePlan plan) {
        try {
            return COMPACT.writeValueAsBytes(tree(plan));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plan with, first, what the client's history changed in it ({@code adaptation}, when there is one). */
    public String write(CarePlan plan, Adaptation adaptation) {
        var tree = tree(plan);
        if (adaptation == null) {
            return text(tree);
        }
        var withAdaptation = MAPPER.createObjectNode();
        withAdaptation.set("adaptation", MAPPER.createObjectNode().put("decision", adaptation.decision().id())
                .set("changes", reasons(adaptation.changes())));
        withAdaptation.setAll(tree);
        return text(withAdaptation);
    }

    static String text(ObjectNode tree) {
        try {
            return MAPPER.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public ObjectNode tree(CarePlan plan) {
        var root = MAPPER.createObjectNode();
        root.put("client", plan.client());
        root.put("start", plan.start().toString());
        root.put("knowledgeVersion", plan.knowledgeVersion());
        root.set("screening", screening(plan.screening()));
        root.set("techniques", array(plan.techniques().ranked(), (node, t) -> {
            node.put("id", t.technique().id());
            node.put("name", t.technique().name());
            node.put("score", t.score());
            node.set("pressure", MAPPER.createObjectNode().put("min", t.technique().minPressure().id())
                    .put("max", t.technique().maxPressure().id()));
            node.set("reasons", reasons(t.reasons()));
        }));
        root.set("excluded", exclusions(plan.screening().excluded()));
        root.set("notSuited", exclusions(plan.techniques().notSuited()));
        root.set("pressure", plan.pressure() == null ? null : MAPPER.createObjectNode()
                .put("start", plan.pressure().start().id()).put("max", plan.pressure().max().id())
                .put("sessionsPerStep", plan.pressure().sessionsPerStep())
                .set("reasons", reasons(plan.pressure().reasons())));
        root.set("frequency", frequency(plan));
        root.set("schedule", MAPPER.createObjectNode()
                .<ObjectNode>set("phases", array(plan.schedule().phases(), PlanJson::phase))
                .set("sessions", array(plan.schedule().sessions(), PlanJson::session)));
        root.set("sessionGuidance", MAPPER.createObjectNode().<ObjectNode>set("before", advice(plan.before()))
                .<ObjectNode>set("during", advice(plan.during())).set("after", advice(plan.after())));
        root.set("homeCare", advice(plan.homeCare()));
        root.set("expectations", array(plan.expectations(), (node, r) -> node.put("id", r.id())
                .put("condition", r.condition()).put("finding", r.finding())
                .put("typicalResponse", r.typicalResponse()).put("source", r.source())));
        root.set("reassess", array(plan.reassess(), (node, r) -> {
            node.put("id", r.id()).put("text", r.text());
            if (r.afterSession() != null) {
                node.put("afterSession", r.afterSession()).put("date", r.date().toString());
            }
            node.put("source", r.source());
        }));
        root.put("disclaimer", plan.disclaimer());
        return root;
    }

    static ObjectNode screening(ScreeningResult screening) {
        return MAPPER.createObjectNode().put("outcome", screening.outcome().id())
                .set("findings", array(screening.findings(), (node, f) -> node.put("id", f.rule())
                        .put("outcome", f.outcome().id()).put("message", f.message())
                        .<ObjectNode>set("modifications", strings(f.modifications())).put("source", f.source())));
    }

    private ObjectNode frequency(CarePlan plan) {
        var choice = plan.frequency();
        if (choice == null) {
            return null;
        }
        var rule = choice.rule();
        return MAPPER.createObjectNode().put("rule", rule.id()).put("situation", rule.situation())
                .put("recommendation", rule.recommendation()).put("notes", rule.notes())
                .<ObjectNode>set("reasons", reasons(choice.reasons()))
                .set("alsoApplies", array(choice.alsoApplies(), (node, r) -> node.put("rule", r.id())
                        .put("situation", r.situation()).put("recommendation", r.recommendation())
                        .put("notes", r.notes())));
    }

    private static void phase(ObjectNode node, Phase phase) {
        node.put("name", phase.name());
        if (phase.sessionsPerWeek() != null) {
            node.put("sessionsPerWeek", phase.sessionsPerWeek());
        } else {
            node.put("intervalDays", phase.intervalDays());
        }
        node.put("weeks", phase.weeks());
    }

    private static void session(ObjectNode node, Session s) {
        node.put("number", s.number()).put("date", s.date().toString()).put("phase", s.phase())
                .put("minutes", s.minutes()).put("pressure", s.pressure().id())
                .set("techniques", strings(s.techniques()));
        node.set("areas", array(s.areas(), (area, a) -> area.put("region", a.area()).put("side", a.side())
                .put("minutes", a.minutes()).put("pressure", a.pressure().id())
                .set("techniques", strings(a.techniques()))));
    }

    ArrayNode exclusions(List<Exclusion> exclusions) {
        return array(exclusions, (node, e) -> node.put("id", e.technique())
                .put("name", knowledge.technique(e.technique()).map(t -> t.name()).orElse(e.technique()))
                .set("reasons", reasons(e.reasons())));
    }

    private static ArrayNode reasons(List<Reason> reasons) {
        return array(reasons, (node, r) -> node.put("rule", r.rule()).put("text", r.text()).put("source", r.source()));
    }

    private static ArrayNode advice(List<Advice> advice) {
        return array(advice, (node, a) -> node.put("id", a.id()).put("topic", a.topic()).put("text", a.text())
                .put("source", a.source()));
    }

    private static ArrayNode strings(List<String> values) {
        var array = MAPPER.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    private static <T> ArrayNode array(List<T> items, BiConsumer<ObjectNode, T> fill) {
        var array = MAPPER.createArrayNode();
        for (var item : items) {
            var node = MAPPER.createObjectNode();
            fill.accept(node, item);
            array.add(node);
        }
        return array;
    }
}
