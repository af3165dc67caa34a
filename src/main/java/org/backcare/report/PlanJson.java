package org.backcare.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.backcare.knowledge.Advice;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.planning.CarePlan;
import org.backcare.planning.Phase;
import org.backcare.planning.Session;
import org.backcare.planning.SessionArea;
import org.backcare.progress.Adaptation;
import org.backcare.screening.Exclusion;
import org.backcare.screening.Finding;
import org.backcare.screening.Reason;
import org.backcare.screening.ScreeningResult;

/**
 * The plan as JSON: the contract documented in the README. Field order is fixed and nothing depends on the clock,
 * so the same intake and start date always give the same bytes. Written field by field from the plan with Jackson's
 * streaming generator: the API writes a plan on every request, and a tree of nodes first would cost as much again.
 */
public final class PlanJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonFactory FACTORY = new JsonFactory();
    /** A plan is about 20 KB of JSON: one buffer that size, rather than several copies while it grows. */
    private static final int PLAN_BYTES = 24 * 1024;
    private final KnowledgeBase knowledge;

    public PlanJson(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    /** Something written into a generator, such as a whole document or one item of a list. */
    @FunctionalInterface
    interface Writing<T> {
        void write(JsonGenerator json, T value) throws IOException;
    }

    public String write(CarePlan plan) {
        return write(plan, null);
    }

    /** The plan with, first, what the client's history changed in it ({@code adaptation}, when there is one). */
    public String write(CarePlan plan, Adaptation adaptation) {
        return text((json, p) -> {
            json.writeStartObject();
            if (adaptation != null) {
                json.writeObjectFieldStart("adaptation");
                json.writeStringField("decision", adaptation.decision().id());
                reasons(json, "changes", adaptation.changes());
                json.writeEndObject();
            }
            fields(json, p);
            json.writeEndObject();
        }, plan);
    }

    /** The same JSON as {@link #write(CarePlan)} without indentation or a final newline, as UTF-8: for the API. */
    public byte[] compact(CarePlan plan) {
        var bytes = new ByteArrayOutputStream(PLAN_BYTES);
        try (var json = FACTORY.createGenerator(bytes)) {
            json.writeStartObject();
            fields(json, plan);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // written in memory
        }
        return bytes.toByteArray();
    }

    /** Indented as the contract shows it, with a final newline. */
    static <T> String text(Writing<T> writing, T value) {
        var text = new StringWriter(PLAN_BYTES);
        try (var json = FACTORY.createGenerator(text)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter());
            writing.write(json, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // written in memory
        }
        return text.append('\n').toString();
    }

    /** A tree made elsewhere, indented as {@link #text(Writing, Object)} indents. */
    static String text(ObjectNode tree) {
        try {
            return MAPPER.writeValueAsString(tree) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fields(JsonGenerator json, CarePlan plan) throws IOException {
        json.writeStringField("client", plan.client());
        json.writeStringField("start", plan.start().toString());
        json.writeStringField("knowledgeVersion", plan.knowledgeVersion());
        json.writeFieldName("screening");
        json.writeStartObject();
        screening(json, plan.screening());
        json.writeEndObject();
        array(json, "techniques", plan.techniques().ranked(), (item, t) -> {
            item.writeStringField("id", t.technique().id());
            item.writeStringField("name", t.technique().name());
            item.writeNumberField("score", t.score());
            item.writeObjectFieldStart("pressure");
            item.writeStringField("min", t.technique().minPressure().id());
            item.writeStringField("max", t.technique().maxPressure().id());
            item.writeEndObject();
            reasons(item, "reasons", t.reasons());
        });
        exclusions(json, "excluded", plan.screening().excluded());
        exclusions(json, "notSuited", plan.techniques().notSuited());
        pressure(json, plan);
        frequency(json, plan);
        json.writeObjectFieldStart("schedule");
        array(json, "phases", plan.schedule().phases(), PlanJson::phase);
        array(json, "sessions", plan.schedule().sessions(), PlanJson::session);
        json.writeEndObject();
        json.writeObjectFieldStart("sessionGuidance");
        advice(json, "before", plan.before());
        advice(json, "during", plan.during());
        advice(json, "after", plan.after());
        json.writeEndObject();
        advice(json, "homeCare", plan.homeCare());
        array(json, "expectations", plan.expectations(), (item, r) -> {
            item.writeStringField("id", r.id());
            item.writeStringField("condition", r.condition());
            item.writeStringField("finding", r.finding());
            item.writeStringField("typicalResponse", r.typicalResponse());
            item.writeStringField("source", r.source());
        });
        array(json, "reassess", plan.reassess(), (item, r) -> {
            item.writeStringField("id", r.id());
            item.writeStringField("text", r.text());
            if (r.afterSession() != null) {
                item.writeNumberField("afterSession", r.afterSession());
                item.writeStringField("date", r.date().toString());
            }
            item.writeStringField("source", r.source());
        });
        json.writeStringField("disclaimer", plan.disclaimer());
    }

    /** The fields of the screening section (its outcome and findings), in an object already started. */
    static void screening(JsonGenerator json, ScreeningResult screening) throws IOException {
        json.writeStringField("outcome", screening.outcome().id());
        array(json, "findings", screening.findings(), PlanJson::finding);
    }

    private static void finding(JsonGenerator json, Finding f) throws IOException {
        json.writeStringField("id", f.rule());
        json.writeStringField("outcome", f.outcome().id());
        json.writeStringField("message", f.message());
        strings(json, "modifications", f.modifications());
        json.writeStringField("source", f.source());
    }

    private static void pressure(JsonGenerator json, CarePlan plan) throws IOException {
        var pressure = plan.pressure();
        if (pressure == null) {
            json.writeNullField("pressure");
            return;
        }
        json.writeObjectFieldStart("pressure");
        json.writeStringField("start", pressure.start().id());
        json.writeStringField("max", pressure.max().id());
        json.writeNumberField("sessionsPerStep", pressure.sessionsPerStep());
        reasons(json, "reasons", pressure.reasons());
        json.writeEndObject();
    }

    private static void frequency(JsonGenerator json, CarePlan plan) throws IOException {
        var choice = plan.frequency();
        if (choice == null) {
            json.writeNullField("frequency");
            return;
        }
        var rule = choice.rule();
        json.writeObjectFieldStart("frequency");
        json.writeStringField("rule", rule.id());
        json.writeStringField("situation", rule.situation());
        json.writeStringField("recommendation", rule.recommendation());
        json.writeStringField("notes", rule.notes());
        reasons(json, "reasons", choice.reasons());
        array(json, "alsoApplies", choice.alsoApplies(), (item, r) -> {
            item.writeStringField("rule", r.id());
            item.writeStringField("situation", r.situation());
            item.writeStringField("recommendation", r.recommendation());
            item.writeStringField("notes", r.notes());
        });
        json.writeEndObject();
    }

    private static void phase(JsonGenerator json, Phase phase) throws IOException {
        json.writeStringField("name", phase.name());
        if (phase.sessionsPerWeek() != null) {
            number(json, "sessionsPerWeek", phase.sessionsPerWeek());
        } else {
            number(json, "intervalDays", phase.intervalDays());
        }
        json.writeNumberField("weeks", phase.weeks());
    }

    private static void session(JsonGenerator json, Session s) throws IOException {
        json.writeNumberField("number", s.number());
        json.writeStringField("date", s.date().toString());
        json.writeStringField("phase", s.phase());
        json.writeNumberField("minutes", s.minutes());
        json.writeStringField("pressure", s.pressure().id());
        strings(json, "techniques", s.techniques());
        array(json, "areas", s.areas(), PlanJson::area);
    }

    private static void area(JsonGenerator json, SessionArea a) throws IOException {
        json.writeStringField("region", a.area());
        json.writeStringField("side", a.side());
        json.writeNumberField("minutes", a.minutes());
        json.writeStringField("pressure", a.pressure().id());
        strings(json, "techniques", a.techniques());
    }

    /** Techniques left out, each with its name from the knowledge base and the reasons. */
    void exclusions(JsonGenerator json, String field, List<Exclusion> exclusions) throws IOException {
        array(json, field, exclusions, (item, e) -> {
            item.writeStringField("id", e.technique());
            item.writeStringField("name", knowledge.technique(e.technique()).map(t -> t.name()).orElse(e.technique()));
            reasons(item, "reasons", e.reasons());
        });
    }

    private static void reasons(JsonGenerator json, String field, List<Reason> reasons) throws IOException {
        array(json, field, reasons, (item, r) -> {
            item.writeStringField("rule", r.rule());
            item.writeStringField("text", r.text());
            item.writeStringField("source", r.source());
        });
    }

    private static void advice(JsonGenerator json, String field, List<Advice> advice) throws IOException {
        array(json, field, advice, (item, a) -> {
            item.writeStringField("id", a.id());
            item.writeStringField("topic", a.topic());
            item.writeStringField("text", a.text());
            item.writeStringField("source", a.source());
        });
    }

    private static void number(JsonGenerator json, String field, Integer value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, value);
        }
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (var value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** A list as an array of objects, each object's fields written by {@code fields}. */
    private static <T> void array(JsonGenerator json, String field, List<T> items, Writing<T> fields)
            throws IOException {
        json.writeArrayFieldStart(field);
        for (var item : items) {
            json.writeStartObject();
            fields.write(json, item);
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
