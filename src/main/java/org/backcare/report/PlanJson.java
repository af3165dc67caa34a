package org.backcare.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.backcare.knowledge.Advice;
import org.backcare.knowledge.AreaFocus;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.knowledge.ResponseTime;
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
    private static final Map<String, SerializedString> FIELD_NAMES = new ConcurrentHashMap<>();
    /** A plan is about 20 KB of JSON: one buffer that size, rather than several copies while it grows. */
    private static final int PLAN_BYTES = 24 * 1024;
    /** Each server thread writes its plans into one buffer of its own, kept up to this size. */
    private static final int KEPT_BUFFER_BYTES = 256 * 1024;
    private static final ThreadLocal<PlanBytes> BUFFERS = ThreadLocal.withInitial(PlanBytes::new);
    private final KnowledgeBase knowledge;
    /**
     * Every text of the knowledge base, encoded as quoted UTF-8 once. A plan is mostly these texts (reasons, advice,
     * sources), and encoding them character by character was most of the cost of writing a plan (JFR). Made for the
     * API's first plan, not for the command line's one.
     */
    private volatile Map<String, SerializedString> encoded = Map.of();
    /**
     * The knowledge's records that a plan copies whole (advice, an area's focus, a response time), each written once
     * as compact JSON, by identity; made with {@link #encoded}. A compact plan copies them, which is most of its bytes.
     */
    private volatile Map<Object, SerializedString> writtenRecords = Map.of();
    /**
     * Reasons in the knowledge's own words, written once as compact JSON. The planner makes a new reason for each plan,
     * so they are found by equality; a reason with any other text (a client's pressure, a date) is written each time,
     * which keeps this to the knowledge's rules.
     */
    private final Map<Reason, SerializedString> writtenReasons = new ConcurrentHashMap<>();

    /** A compact plan's bytes, of which a part already written can be copied out and written again. */
    private static final class PlanBytes extends ByteArrayOutputStream {
        PlanBytes() {
            super(PLAN_BYTES);
        }

        void sendTo(Destination destination) throws IOException {
            destination.take(buf, count);
        }

        byte[] copyFrom(int from) {
            return Arrays.copyOfRange(buf, from, count);
        }
    }

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
                startObject(json, "adaptation");
                string(json, "decision", adaptation.decision().id());
                reasons(json, "changes", adaptation.changes());
                json.writeEndObject();
            }
            fields(json, p);
            json.writeEndObject();
        }, plan);
    }

    /** Where a compact plan goes: its bytes are {@code bytes[0, length)}, good only until the call returns. */
    @FunctionalInterface
    public interface Destination {
        void take(byte[] bytes, int length) throws IOException;
    }

    /**
     * The same JSON as {@link #write(CarePlan)} without indentation or a final newline, as UTF-8: for the API, which
     * sends it from this thread's buffer as it is, with no copy of its ~20 KB.
     */
    public void compact(CarePlan plan, Destination destination) throws IOException {
        if (encoded.isEmpty()) {
            encodeTheKnowledge();
        }
        var bytes = BUFFERS.get();
        bytes.reset();
        try (var json = FACTORY.createGenerator(bytes)) {
            json.writeStartObject();
            fields(json, plan);
            json.writeEndObject();
        }
        bytes.sendTo(destination);
        if (bytes.size() > KEPT_BUFFER_BYTES) {
            BUFFERS.remove(); // an unusually long plan: its buffer is not kept
        }
    }

    private synchronized void encodeTheKnowledge() {
        if (!encoded.isEmpty()) {
            return;
        }
        encoded = KnowledgeTexts.encoded(knowledge);
        var records = new IdentityHashMap<Object, SerializedString>();
        records.putAll(KnowledgeTexts.written(knowledge, Advice.class, a -> compactText(this::advice, a)));
        records.putAll(KnowledgeTexts.written(knowledge, AreaFocus.class, f -> compactText(this::focus, f)));
        records.putAll(KnowledgeTexts.written(knowledge, ResponseTime.class, r -> compactText(this::expectation, r)));
        writtenRecords = records;
    }

    private static <T> String compactText(Writing<T> fields, T value) {
        var text = new StringWriter();
        try (var json = FACTORY.createGenerator(text)) {
            json.writeStartObject();
            fields.write(json, value);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // written in memory
        }
        return text.toString();
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
        string(json, "client", plan.client());
        date(json, "start", plan.start());
        string(json, "knowledgeVersion", plan.knowledgeVersion());
        startObject(json, "screening");
        screening(json, plan.screening());
        json.writeEndObject();
        array(json, "techniques", plan.techniques().ranked(), (item, t) -> {
            string(item, "id", t.technique().id());
            string(item, "name", t.technique().name());
            number(item, "score", t.score());
            startObject(item, "pressure");
            string(item, "min", t.technique().minPressure().id());
            string(item, "max", t.technique().maxPressure().id());
            item.writeEndObject();
            reasons(item, "reasons", t.reasons());
        });
        exclusions(json, "excluded", plan.screening().excluded());
        exclusions(json, "notSuited", plan.techniques().notSuited());
        pressure(json, plan);
        frequency(json, plan);
        startObject(json, "schedule");
        array(json, "phases", plan.schedule().phases(), this::phase);
        var writtenAreas = new IdentityHashMap<List<SessionArea>, byte[]>();
        array(json, "sessions", plan.schedule().sessions(), (item, s) -> session(item, s, writtenAreas));
        json.writeEndObject();
        startObject(json, "sessionGuidance");
        advice(json, "before", plan.before());
        advice(json, "during", plan.during());
        advice(json, "after", plan.after());
        json.writeEndObject();
        advice(json, "homeCare", plan.homeCare());
        array(json, "aroundEvent", plan.aroundEvent(), (item, n) -> {
            string(item, "id", n.id());
            date(item, "from", n.from());
            date(item, "to", n.to());
            string(item, "text", n.text());
            startArray(item, "sessions");
            for (int number : n.sessions()) {
                item.writeNumber(number);
            }
            item.writeEndArray();
            string(item, "source", n.source());
        });
        array(json, "expectations", plan.expectations(), this::expectation);
        array(json, "reassess", plan.reassess(), (item, r) -> {
            string(item, "id", r.id());
            string(item, "text", r.text());
            if (r.afterSession() != null) {
                number(item, "afterSession", r.afterSession());
                date(item, "date", r.date());
            }
            string(item, "source", r.source());
        });
        string(json, "disclaimer", plan.disclaimer());
    }

    private void expectation(JsonGenerator item, ResponseTime r) throws IOException {
        string(item, "id", r.id());
        string(item, "condition", r.condition());
        string(item, "finding", r.finding());
        string(item, "typicalResponse", r.typicalResponse());
        string(item, "source", r.source());
    }

    /** The fields of the screening section (its outcome and findings), in an object already started. */
    void screening(JsonGenerator json, ScreeningResult screening) throws IOException {
        string(json, "outcome", screening.outcome().id());
        array(json, "findings", screening.findings(), this::finding);
    }

    private void finding(JsonGenerator json, Finding f) throws IOException {
        string(json, "id", f.rule());
        string(json, "outcome", f.outcome().id());
        string(json, "message", f.message());
        strings(json, "modifications", f.modifications());
        string(json, "source", f.source());
    }

    private void pressure(JsonGenerator json, CarePlan plan) throws IOException {
        var pressure = plan.pressure();
        if (pressure == null) {
            nothing(json, "pressure");
            return;
        }
        startObject(json, "pressure");
        string(json, "start", pressure.start().id());
        string(json, "max", pressure.max().id());
        number(json, "sessionsPerStep", pressure.sessionsPerStep());
        reasons(json, "reasons", pressure.reasons());
        json.writeEndObject();
    }

    private void frequency(JsonGenerator json, CarePlan plan) throws IOException {
        var choice = plan.frequency();
        if (choice == null) {
            nothing(json, "frequency");
            return;
        }
        var rule = choice.rule();
        startObject(json, "frequency");
        string(json, "rule", rule.id());
        string(json, "situation", rule.situation());
        string(json, "recommendation", rule.recommendation());
        string(json, "notes", rule.notes());
        reasons(json, "reasons", choice.reasons());
        array(json, "alsoApplies", choice.alsoApplies(), (item, r) -> {
            string(item, "rule", r.id());
            string(item, "situation", r.situation());
            string(item, "recommendation", r.recommendation());
            string(item, "notes", r.notes());
        });
        json.writeEndObject();
    }

    private void phase(JsonGenerator json, Phase phase) throws IOException {
        string(json, "name", phase.name());
        if (phase.sessionsPerWeek() != null) {
            number(json, "sessionsPerWeek", phase.sessionsPerWeek());
        } else {
            number(json, "intervalDays", phase.intervalDays());
        }
        number(json, "weeks", phase.weeks());
    }

    /**
     * A session; in a compact plan its areas are copied as written for an earlier session with the same areas (the
     * planner gives every session at one pressure the same list), as they are most of a session's bytes.
     */
    private void session(JsonGenerator json, Session s, Map<List<SessionArea>, byte[]> writtenAreas)
            throws IOException {
        number(json, "number", s.number());
        date(json, "date", s.date());
        string(json, "phase", s.phase());
        number(json, "minutes", s.minutes());
        string(json, "pressure", s.pressure().id());
        strings(json, "techniques", s.techniques());
        if (json.getPrettyPrinter() != null) {
            array(json, "areas", s.areas(), this::area);
            return;
        }
        name(json, "areas");
        var bytes = (PlanBytes) json.getOutputTarget();
        var written = writtenAreas.get(s.areas());
        if (written != null) {
            // An empty raw value writes the ':' and counts the field as given; its bytes follow, flushed in order.
            json.writeRawValue("");
            json.flush();
            bytes.write(written);
            return;
        }
        json.writeStartArray();
        json.flush();
        int from = bytes.size() - 1; // the array's '[', after the ':' that the generator writes before a field's value
        for (var area : s.areas()) {
            item(json, area, this::area);
        }
        json.writeEndArray();
        json.flush();
        writtenAreas.put(s.areas(), bytes.copyFrom(from));
    }

    private void area(JsonGenerator json, SessionArea a) throws IOException {
        string(json, "region", a.area());
        string(json, "side", a.side());
        number(json, "minutes", a.minutes());
        string(json, "pressure", a.pressure().id());
        strings(json, "techniques", a.techniques());
        array(json, "focus", a.focus(), this::focus);
    }

    private void focus(JsonGenerator item, AreaFocus f) throws IOException {
        string(item, "id", f.id());
        string(item, "text", f.text());
        string(item, "source", f.source());
    }

    /** Techniques left out, each with its name from the knowledge base and the reasons. */
    void exclusions(JsonGenerator json, String field, List<Exclusion> exclusions) throws IOException {
        array(json, field, exclusions, (item, e) -> {
            string(item, "id", e.technique());
            string(item, "name", knowledge.technique(e.technique()).map(t -> t.name()).orElse(e.technique()));
            reasons(item, "reasons", e.reasons());
        });
    }

    private void reasons(JsonGenerator json, String field, List<Reason> reasons) throws IOException {
        array(json, field, reasons, this::reason);
    }

    private void reason(JsonGenerator item, Reason r) throws IOException {
        string(item, "rule", r.rule());
        string(item, "text", r.text());
        string(item, "source", r.source());
    }

    private void advice(JsonGenerator json, String field, List<Advice> advice) throws IOException {
        array(json, field, advice, this::advice);
    }

    private void advice(JsonGenerator item, Advice a) throws IOException {
        string(item, "id", a.id());
        string(item, "topic", a.topic());
        string(item, "text", a.text());
        string(item, "source", a.source());
    }

    private void string(JsonGenerator json, String field, String value) throws IOException {
        name(json, field);
        var known = value == null ? null : encoded.get(value);
        if (known != null) {
            json.writeString(known);
        } else {
            json.writeString(value);
        }
    }

    /** A date: never one of the knowledge's texts, so not looked for among them. */
    private static void date(JsonGenerator json, String field, LocalDate value) throws IOException {
        name(json, field);
        json.writeString(value.toString());
    }

    private static void number(JsonGenerator json, String field, Integer value) throws IOException {
        name(json, field);
        if (value == null) {
            json.writeNull();
        } else {
            json.writeNumber(value.intValue());
        }
    }

    private static void number(JsonGenerator json, String field, int value) throws IOException {
        name(json, field);
        json.writeNumber(value);
    }

    private static void nothing(JsonGenerator json, String field) throws IOException {
        name(json, field);
        json.writeNull();
    }

    private static void startObject(JsonGenerator json, String field) throws IOException {
        name(json, field);
        json.writeStartObject();
    }

    private static void startArray(JsonGenerator json, String field) throws IOException {
        name(json, field);
        json.writeStartArray();
    }

    /** A field's name, encoded once: a plan writes about a thousand of them, from a few dozen names. */
    private static void name(JsonGenerator json, String field) throws IOException {
        var name = FIELD_NAMES.get(field);
        if (name == null) {
            name = FIELD_NAMES.computeIfAbsent(field, SerializedString::new);
        }
        json.writeFieldName(name);
    }

    private void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        startArray(json, field);
        for (int i = 0; i < values.size(); i++) {
            var value = values.get(i);
            var known = encoded.get(value);
            if (known != null) {
                json.writeString(known);
            } else {
                json.writeString(value);
            }
        }
        json.writeEndArray();
    }

    /**
     * A list as an array of objects, each object's fields written by {@code fields}, or, in a compact plan, copied
     * as written before when the knowledge fixes the item whole.
     */
    private <T> void array(JsonGenerator json, String field, List<T> items, Writing<T> fields) throws IOException {
        startArray(json, field);
        for (int i = 0; i < items.size(); i++) { // by index: an iterator per list is not optimised away here
            item(json, items.get(i), fields);
        }
        json.writeEndArray();
    }

    private <T> void item(JsonGenerator json, T item, Writing<T> fields) throws IOException {
        var written = json.getPrettyPrinter() == null ? written(item) : null;
        if (written != null) {
            json.writeRawValue(written);
        } else {
            json.writeStartObject();
            fields.write(json, item);
            json.writeEndObject();
        }
    }

    private SerializedString written(Object item) {
        if (item instanceof Advice || item instanceof AreaFocus || item instanceof ResponseTime) {
            return writtenRecords.get(item);
        }
        if (!(item instanceof Reason reason)) {
            return null; // made for this plan: not looked up by identity, which would give each one an identity hash
        }
        var written = writtenReasons.get(reason);
        if (written == null && known(reason.rule()) && known(reason.text()) && known(reason.source())) {
            written = writtenReasons.computeIfAbsent(reason, r -> new SerializedString(compactText(this::reason, r)));
        }
        return written;
    }

    private boolean known(String text) {
        return text != null && encoded.containsKey(text);
    }
}
