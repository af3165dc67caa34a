package org.backcare.storage;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.backcare.booking.Appointment;
import org.backcare.clients.AuditEntry;
import org.backcare.clients.ClientId;
import org.backcare.clients.ClientRecord;
import org.backcare.clients.Contact;
import org.backcare.clients.IntakeDraft;
import org.backcare.clients.UnknownClientException;
import org.backcare.files.IntakeFile;
import org.backcare.intake.Intake;
import org.backcare.intake.Vocabulary;
import org.backcare.progress.SessionLog;
import org.backcare.progress.Voided;

/**
 * Everything on file (or one client) as JSON, and back; the accounts stay behind (password hashes do not travel
 * with client records), and so do the care assignments that name them. Fields come in a fixed order and nothing depends on the
 * clock, so export, import into a new database and export again give the same bytes.
 */
public final class Archive {
    /**
     * The version of the archive's shape, written at its top. Version 3 added each client's contact details
     * ({@code contact}: email, phone, remindersOff, bounced), their appointments (with cancellations and moves), and
     * to each session whether it was a massage ({@code massage}: false for a visit without one) and its void
     * ({@code voided}). Version 1 had no homework, version 2 none of version 3's additions (every session was a
     * massage); both are still read. Later, without a new version (the fields may be absent): each client's
     * weekly times ({@code times}, as {@code client availability} writes them, null when none were given) and, in an
     * archive of every client, the therapists' skills ({@code therapistSkills}: username to technique ids); on a
     * session or questionnaire that corrects another, the number of the one it replaces ({@code replaces}); the answers a
     * client sent before a visit and their therapist has not yet accepted or discarded ({@code intakeDraft}: its
     * consent date, when it came and the intake; null when none waits). Accounts
     * stay behind, so an import keeps the skills only of therapists with an account in that database.
     */
    public static final int FORMAT = 3;

    static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private final SqlClientBook book;
    private final Vocabulary vocabulary;

    public Archive(Database database, Vocabulary vocabulary) {
        this.book = database.clientBook(vocabulary);
        this.vocabulary = vocabulary;
    }

    /** What an import added. */
    public record Imported(List<ClientId> clients, int sessions, int auditEntries) {}

    /** Every client with their whole history and the audit log; or one client, with the audit entries about them. */
    public String export(Optional<ClientId> only) {
        return book.transaction("export", rows -> {
            var root = JSON.createObjectNode().put("backcareArchive", FORMAT);
            var clients = root.putArray("clients");
            var ids = only.map(List::of).orElseGet(() -> rows.clients().stream().map(ClientRecord::id).toList());
            var references = new ArrayList<String>();
            for (var id : ids) {
                var history = rows.history(id).orElseThrow(() -> new UnknownClientException(id));
                var reference = rows.reference(id).orElseThrow();
                references.add(reference);
                var client = clients.addObject().put("id", id.value()).put("name", history.client().name())
                        .put("consentGiven", history.client().consentGiven().toString()).put("reference", reference);
                contact(client.putObject("contact"), rows.contacts.of(id));
                client.put("times", rows.appointments.timesOf(id).orElse(null));
                array(client.putArray("intakes"), history.intakes(), (node, intake) -> node
                        .put("version", intake.version()).put("recorded", intake.recorded().toString())
                        .set("intake", intakeTree(intake.intake())));
                client.set("intakeDraft", rows.drafts.of(id).map(Archive::intakeDraft).orElse(JSON.nullNode()));
                array(client.putArray("sessions"), history.sessions(), Archive::session);
                replacing((ArrayNode) client.get("sessions"), rows.replacing("sessions", id));
                array(client.putArray("measures"), history.measures(), (node, measure) -> node
                        .put("instrument", measure.instrument()).put("date", measure.date().toString())
                        .put("answers", measure.answers()).set("voided", voided(measure.voided())));
                replacing((ArrayNode) client.get("measures"), rows.replacing("measures", id));
                array(client.putArray("plans"), history.plans(), (node, plan) -> node.put("number", plan.number())
                        .put("made", plan.made().toString()).put("knowledgeVersion", plan.knowledgeVersion())
                        .set("plan", planTree(plan.planJson())));
                array(client.putArray("homework"), rows.homework.of(id), (node, done) -> node
                        .put("done", done.done().toString()).put("exercise", done.exercise()).put("note", done.note()));
                array(client.putArray("appointments"), rows.appointments.ofClient(id),
                        (node, a) -> appointment(node, a, rows.appointments.zoneOf(a.id())));
            }
            if (only.isEmpty()) {
                var skills = root.putObject("therapistSkills");
                rows.appointments.skills().forEach((therapist, techniques) -> {
                    var list = skills.putArray(therapist);
                    Arrays.stream(techniques.split(",")).filter(t -> !t.isEmpty()).forEach(list::add);
                });
            }
            var audit = rows.auditLog().stream()
                    .filter(entry -> only.isEmpty() || references.contains(entry.clientReference())).toList();
            array(root.putArray("auditLog"), audit, Archive::auditEntry);
            return text(root);
        });
    }

    /** Reads an archive into this database, all of it or nothing: a client already on file is never overwritten. */
    public Imported importJson(String json, String from) {
        var contents = new ArchiveReader(vocabulary, from).read(json);
        return book.transaction("import " + from, rows -> {
            var taken = contents.clients().stream().map(c -> c.record().id())
                    .filter(id -> rows.reference(id).isPresent()).map(ClientId::value).toList();
            if (!taken.isEmpty()) {
                throw new StorageException("will not import " + from + ": already on file: " + String.join(", ", taken)
                        + ". Nothing was imported; forget them first, or import into another database.");
            }
            int sessions = 0;
            for (var client : contents.clients()) {
                var id = client.record().id();
                rows.insert(client.record(), client.reference());
                client.intakes().forEach(intake -> rows.insert(id, intake));
                var sessionKeys = client.sessions().stream().map(session -> rows.sessions.insert(id, session)).toList();
                var measureKeys = client.measures().stream().map(measure -> rows.insert(id, measure)).toList();
                replaces(rows, "sessions", sessionKeys, client.sessionReplaces());
                replaces(rows, "measures", measureKeys, client.measureReplaces());
                client.plans().forEach(plan -> rows.insert(id, plan));
                client.homework().forEach(done -> rows.homework.insert(id, done));
                client.appointments().forEach(b -> rows.appointments.restore(b.appointment(), b.zone()));
                rows.contacts.put(id, client.contact());
                client.times().ifPresent(times -> rows.appointments.putTimes(id, times));
                client.intakeDraft().ifPresent(rows.drafts::insert);
                sessions += client.sessions().size();
            }
            contents.skills().forEach((therapist, techniques) -> rows.appointments.putSkills(therapist,
                    String.join(",", techniques)));
            var newEntries = contents.auditLog().stream().filter(entry -> !rows.has(entry)).toList();
            newEntries.forEach(rows::insert);
            return new Imported(contents.clients().stream().map(c -> c.record().id()).toList(), sessions, newEntries.size());
        });
    }

    /** {@code replaces}: the number of the record a correction replaces, on the correction; left out otherwise. */
    private static void replacing(ArrayNode records, List<Integer> replaced) {
        for (int i = 0; i < records.size(); i++) {
            if (replaced.get(i) > 0) {
                ((ObjectNode) records.get(i)).put("replaces", replaced.get(i));
            }
        }
    }

    private static void replaces(ClientRows rows, String table, List<Long> keys, List<Integer> replaced) {
        for (int i = 0; i < keys.size(); i++) {
            if (replaced.get(i) > 0) {
                rows.replaces(table, keys.get(i), keys.get(replaced.get(i) - 1));
            }
        }
    }

    /** When, by whom and why a record was voided; null when it stands. */
    private static JsonNode voided(Voided voided) {
        return voided == null ? JSON.nullNode() : JSON.createObjectNode().put("on", voided.on().toString())
                .put("by", voided.by()).put("reason", voided.reason());
    }

    private static void session(ObjectNode node, SessionLog session) {
        node.put("date", session.date().toString()).put("therapist", session.therapist()).put("minutes", session.minutes());
        array(node.putArray("areas"), session.areas(), (area, a) -> area.put("region", a.region().id()).put("minutes", a.minutes()));
        strings(node.putArray("techniques"), session.techniques());
        node.put("pressure", session.pressure().id()).put("painBefore", session.painBefore())
                .put("painAfter", session.painAfter());
        strings(node.putArray("afterEffects"), session.afterEffects());
        var feedback = node.putObject("feedback");
        strings(feedback.putArray("worked"), session.feedback().worked());
        strings(feedback.putArray("didNotWork"), session.feedback().didNotWork());
        node.putObject("notes").put("subjective", session.notes().subjective()).put("objective", session.notes().objective())
                .put("assessment", session.notes().assessment()).put("plan", session.notes().plan());
        node.put("massage", session.massage());
        node.set("voided", voided(session.voided()));
    }

    private static void appointment(ObjectNode node, Appointment a, ZoneId zone) {
        node.put("therapist", a.therapist().value()).put("room", a.room().orElse(null)).put("start", a.start().toString())
                .put("zone", zone.getId()).put("minutes", a.minutes()).put("status", a.status().id())
                .put("planSession", a.planSession().orElse(null));
        strings(node.putArray("techniques"), a.techniques());
        strings(node.putArray("cautions"), a.cautions());
        a.cancellation().ifPresentOrElse(c -> node.putObject("cancellation").put("by", c.by()).put("at", c.at().toString())
                .put("reason", c.reason()).put("late", c.late()), () -> node.putNull("cancellation"));
        array(node.putArray("moves"), a.moves(), (move, m) -> move.put("from", m.from().toString()).put("to", m.to().toString())
                .put("by", m.by()).put("at", m.at().toString()));
        node.put("needsReview", a.needsReview());
    }

    private static JsonNode intakeDraft(IntakeDraft draft) {
        return JSON.createObjectNode().put("consentGiven", draft.consentGiven().toString())
                .put("received", draft.received().toString())
                .set("intake", intakeTree(draft.intake()));
    }

    /** An intake version's or draft's intake, in the intake file's shape. */
    private static JsonNode intakeTree(Intake intake) {
        return JSON.valueToTree(IntakeFile.toMap(intake));
    }

    private static void contact(ObjectNode node, Contact contact) {
        node.put("email", contact.email().orElse(null)).put("phone", contact.phone().orElse(null))
                .put("remindersOff", contact.remindersOff().map(Object::toString).orElse(null))
                .put("bounced", contact.bounced().map(Object::toString).orElse(null));
    }

    private static void auditEntry(ObjectNode node, AuditEntry entry) {
        node.put("at", entry.at().toString()).put("actor", entry.actor()).put("action", entry.action())
                .put("clientReference", entry.clientReference());
    }

    /** A kept plan is JSON: it goes into the archive as JSON, not as a string. */
    static JsonNode planTree(String planJson) {
        try {
            return JSON.readTree(planJson);
        } catch (JacksonException e) {
            throw new StorageException("a plan on file is not JSON, so it cannot be exported");
        }
    }

    static boolean isJson(String text) {
        try {
            var tree = JSON.readTree(text);
            return tree != null && !tree.isMissingNode();
        } catch (JacksonException e) {
            return false;
        }
    }

    /** JSON as Backcare writes it: indented, ending in a newline (the same as the plan command's JSON). */
    static String text(JsonNode tree) {
        try {
            return JSON.writeValueAsString(tree) + "\n";
        } catch (JacksonException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> void array(ArrayNode array, List<T> items, BiConsumer<ObjectNode, T> write) {
        items.forEach(item -> write.accept(array.addObject(), item));
    }

    private static void strings(ArrayNode array, List<String> items) {
        items.forEach(array::add);
    }
}
