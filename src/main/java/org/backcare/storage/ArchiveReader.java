package org.backcare.storage;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.backcare.accounts.Username;
import org.backcare.booking.Appointment;
import org.backcare.booking.Cancellation;
import org.backcare.booking.Move;
import org.backcare.booking.Status;
import org.backcare.booking.WeeklyHours;
import org.backcare.clients.AuditEntry;
import org.backcare.clients.ClientId;
import org.backcare.clients.ClientRecord;
import org.backcare.clients.Contact;
import org.backcare.clients.IntakeDraft;
import org.backcare.clients.IntakeVersion;
import org.backcare.clients.MeasureEntry;
import org.backcare.clients.PlanSnapshot;
import org.backcare.files.IntakeFile;
import org.backcare.files.SyntaxError;
import org.backcare.intake.Intake;
import org.backcare.intake.Pressure;
import org.backcare.intake.Region;
import org.backcare.intake.Vocabulary;
import org.backcare.progress.AreaMinutes;
import org.backcare.progress.Feedback;
import org.backcare.progress.HomeworkDone;
import org.backcare.progress.SessionLog;
import org.backcare.progress.SoapNote;
import org.backcare.progress.Voided;
import org.backcare.wording.Counted;

/**
 * Reads an archive and checks all of it before anything is written: every problem is reported with its path
 * (for example {@code clients[0].sessions[2].painAfter}); a value with a problem reads as a stand-in never used.
 */
final class ArchiveReader {
    /** {@code sessionReplaces}, {@code measureReplaces}: for each record, the number of the one it corrects, or 0. */
    record Client(ClientRecord record, String reference, List<IntakeVersion> intakes, List<SessionLog> sessions,
            List<MeasureEntry> measures, List<PlanSnapshot> plans, List<HomeworkDone> homework,
            List<Booked> appointments, Contact contact, Optional<String> times, List<Integer> sessionReplaces,
            List<Integer> measureReplaces, Optional<IntakeDraft> intakeDraft) {}

    /** An appointment as archived, with the zone of its clock. */
    record Booked(Appointment appointment, ZoneId zone) {}

    /** {@code skills}: each therapist's technique ids, sorted, by username. */
    record Contents(List<Client> clients, List<AuditEntry> auditLog, SortedMap<String, SortedSet<String>> skills) {}

    private final Vocabulary vocabulary;
    private final String from;
    private final List<String> problems = new ArrayList<>();
    private int format;

    ArchiveReader(Vocabulary vocabulary, String from) {
        this.vocabulary = vocabulary;
        this.from = from;
    }

    Contents read(String json) {
        JsonNode root;
        try {
            root = Archive.JSON.readTree(json);
        } catch (JacksonException e) {
            throw new StorageException(from + " is not a Backcare archive: " + SyntaxError.describe(e, "JSON"));
        }
        if (root == null || !root.path("backcareArchive").isInt()) {
            throw new StorageException(from + " is not a Backcare archive (it has no \"backcareArchive\" version)");
        }
        format = root.get("backcareArchive").asInt();
        if (format < 1 || format > Archive.FORMAT) {
            throw new StorageException(from + " is an archive of version " + format
                    + "; this Backcare reads versions 1 to " + Archive.FORMAT);
        }
        var contents = new Contents(list(root, "clients", "clients", this::client),
                list(root, "auditLog", "auditLog", (node, at) -> new AuditEntry(time(node, at + ".at"),
                        text(node, at + ".actor"), text(node, at + ".action"), text(node, at + ".clientReference"))),
                skills(root.path("therapistSkills")));
        if (!problems.isEmpty()) {
            throw new StorageException(from + " has " + Counted.of(problems.size(), "problem")
                    + "; nothing was imported", problems);
        }
        return contents;
    }

    private Client client(JsonNode node, String at) {
        var id = text(node, at + ".id");
        if (!id.isEmpty() && !ClientId.isValid(id)) {
            problems.add(at + ".id: '" + id + "' is not a client id (lower-case letters and digits joined by hyphens)");
        }
        var record = new ClientRecord(new ClientId(ClientId.isValid(id) ? id : "unread"), text(node, at + ".name"),
                date(node, at + ".consentGiven"));
        var sessions = list(node, "sessions", at + ".sessions", this::session);
        var measures = list(node, "measures", at + ".measures", (measure, path) -> new MeasureEntry(
                text(measure, path + ".instrument"), date(measure, path + ".date"), text(measure, path + ".answers"),
                voided(measure, path + ".voided")));
        return new Client(record, text(node, at + ".reference"),
                list(node, "intakes", at + ".intakes", this::intake), sessions, measures,
                list(node, "plans", at + ".plans", (plan, path) -> new PlanSnapshot(number(plan, path + ".number", 1, 1_000_000),
                        date(plan, path + ".made"), text(plan, path + ".knowledgeVersion"), planText(plan, path + ".plan"))),
                format == 1 ? List.of() : list(node, "homework", at + ".homework", this::homework),
                format < 3 ? List.of() : list(node, "appointments", at + ".appointments",
                        (appointment, path) -> appointment(new ClientId(ClientId.isValid(id) ? id : "unread"), appointment, path)),
                format < 3 ? Contact.NONE : contact(node.path("contact"), at + ".contact"),
                times(node.path("times"), at + ".times"),
                replaces(node.path("sessions"), at + ".sessions", sessions.stream().map(x -> x.voided() != null).toList()),
                replaces(node.path("measures"), at + ".measures", measures.stream().map(x -> x.voided() != null).toList()),
                intakeDraft(record.id(), node.path("intakeDraft"), at + ".intakeDraft"));
    }

    /** The answers the client sent before a visit, waiting for their therapist; absent or null: none waits. */
    private Optional<IntakeDraft> intakeDraft(ClientId client, JsonNode node, String at) {
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isObject()) {
            problems.add(at + ": must be an object (consentGiven, received, intake) or null");
            return Optional.empty();
        }
        return Optional.of(new IntakeDraft(client, date(node, at + ".consentGiven"), time(node, at + ".received"),
                intakeFields(node, at)));
    }

    /** Each record's {@code replaces}, 0 when absent: the number of another record of the list, one voided. */
    private List<Integer> replaces(JsonNode records, String at, List<Boolean> voided) {
        var replaced = new ArrayList<Integer>();
        for (int i = 0; i < voided.size(); i++) {
            var path = at + "[" + i + "].replaces";
            var node = records.get(i).path("replaces");
            int number = node.isMissingNode() || node.isNull() ? 0 : number(records.get(i), path, 1, voided.size());
            if (number > 0 && (number == i + 1 || !voided.get(number - 1))) {
                problems.add(path + ": must be the number of another record in the list, one that is voided");
                number = 0;
            }
            replaced.add(number);
        }
        return replaced;
    }

    /** The weekly times as {@code client availability} writes them; absent or null: none given. */
    private Optional<String> times(JsonNode node, String at) {
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(WeeklyHours.parse(node.asText()).toString());
        } catch (IllegalArgumentException e) {
            problems.add(at + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private SortedMap<String, SortedSet<String>> skills(JsonNode node) {
        var skills = new TreeMap<String, SortedSet<String>>();
        if (node.isMissingNode() || node.isNull()) {
            return skills;
        }
        if (!node.isObject()) {
            problems.add("therapistSkills: an object of usernames, each with a list of technique ids");
            return skills;
        }
        node.fields().forEachRemaining(entry -> {
            var at = "therapistSkills." + entry.getKey();
            if (!Username.isValid(entry.getKey())) {
                problems.add(at + ": '" + entry.getKey() + "' is not a username");
            }
            skills.put(entry.getKey(), new TreeSet<>(texts(node, entry.getKey(), "therapistSkills")));
        });
        return skills;
    }

    private Booked appointment(ClientId client, JsonNode node, String at) {
        int before = problems.size();
        var therapist = text(node, at + ".therapist");
        var room = node.path("room").isTextual() ? Optional.of(node.get("room").asText()) : Optional.<String>empty();
        var start = local(node, at + ".start");
        var zone = text(node, at + ".zone");
        var minutes = number(node, at + ".minutes", Appointment.MIN_MINUTES, Appointment.MAX_MINUTES);
        var status = known(Status.byId(text(node, at + ".status")), at + ".status",
                Arrays.stream(Status.values()).map(Status::id).toList());
        var session = node.path("planSession").isInt() ? Optional.of(node.get("planSession").asInt()) : Optional.<Integer>empty();
        var cancelled = node.path("cancellation");
        var cancellation = cancelled.isObject() ? Optional.of(new Cancellation(text(cancelled, at + ".cancellation.by"),
                time(cancelled, at + ".cancellation.at"), text(cancelled, at + ".cancellation.reason"),
                cancelled.path("late").asBoolean())) : Optional.<Cancellation>empty();
        var moves = list(node, "moves", at + ".moves", (move, path) -> new Move(local(move, path + ".from"),
                local(move, path + ".to"), text(move, path + ".by"), time(move, path + ".at")));
        var techniques = texts(node, "techniques", at);
        var cautions = texts(node, "cautions", at);
        if (problems.size() > before) {
            return null;
        }
        try {
            return new Booked(new Appointment(0, client, new Username(therapist), room, start, minutes, status, session,
                    techniques, cautions, cancellation, moves, node.path("needsReview").asBoolean()), ZoneId.of(zone));
        } catch (RuntimeException e) { // a username or zone that is not one; the message names the value
            problems.add(at + ": " + e.getMessage());
            return null;
        }
    }

    private LocalDateTime local(JsonNode parent, String at) {
        var node = field(parent, at);
        try {
            return LocalDateTime.parse(node.asText());
        } catch (DateTimeParseException e) {
            problems.add(at + ": " + (node.isMissingNode() ? "required" : "'" + node.asText() + "' is not a date and time")
                    + "; use YYYY-MM-DDTHH:MM");
            return LocalDateTime.MIN;
        }
    }

    private Contact contact(JsonNode node, String at) {
        if (!node.isObject()) {
            problems.add(at + ": required: an object with email, phone, remindersOff and bounced (each may be null)");
            return Contact.NONE;
        }
        int before = problems.size();
        var email = optional(node, at + ".email", n -> n.asText());
        var phone = optional(node, at + ".phone", n -> n.asText());
        var remindersOff = optional(node, at + ".remindersOff", n -> date(node, at + ".remindersOff"));
        var bounced = optional(node, at + ".bounced", n -> date(node, at + ".bounced"));
        if (problems.size() > before) {
            return Contact.NONE;
        }
        try {
            return new Contact(email, phone, remindersOff, bounced);
        } catch (IllegalArgumentException e) { // its message starts with the field
            problems.add(at + "." + e.getMessage());
            return Contact.NONE;
        }
    }

    private <T> Optional<T> optional(JsonNode parent, String at, Function<JsonNode, T> read) {
        var node = field(parent, at);
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            problems.add(at + ": must be text or null");
            return Optional.empty();
        }
        return Optional.of(read.apply(node));
    }

    private HomeworkDone homework(JsonNode node, String at) {
        int before = problems.size();
        var done = date(node, at + ".done");
        var exercise = text(node, at + ".exercise");
        var note = text(node, at + ".note");
        if (problems.size() > before) {
            return null;
        }
        try {
            return new HomeworkDone(done, exercise, note);
        } catch (IllegalArgumentException e) { // its message starts with the field
            problems.add(at + "." + e.getMessage());
            return null;
        }
    }

    private IntakeVersion intake(JsonNode node, String at) {
        var version = number(node, at + ".version", 1, 1_000_000);
        var recorded = date(node, at + ".recorded");
        return new IntakeVersion(version, recorded, intakeFields(node, at));
    }

    /** The {@code intake} of an archived intake version or draft, in the intake file's shape. */
    private Intake intakeFields(JsonNode node, String at) {
        @SuppressWarnings("unchecked")
        Map<String, ?> fields = node.path("intake").isObject() ? Archive.JSON.convertValue(node.get("intake"), Map.class) : Map.of();
        var read = IntakeFile.fromMapOnFile(fields, vocabulary);
        read.problems().forEach(p -> problems.add(at + ".intake" + (p.field().isEmpty() ? ": " + p.message() : "." + p)));
        return read.intake();
    }

    private SessionLog session(JsonNode node, String at) {
        var areas = list(node, "areas", at + ".areas", (area, path) -> new AreaMinutes(
                known(Region.byId(text(area, path + ".region")), path + ".region", Region.ids()),
                number(area, path + ".minutes", 1, 600)));
        var feedback = node.path("feedback");
        var notes = node.path("notes");
        return new SessionLog(date(node, at + ".date"), text(node, at + ".therapist"), number(node, at + ".minutes", 1, 600),
                areas, texts(node, "techniques", at), known(Pressure.byId(text(node, at + ".pressure")), at + ".pressure",
                        Pressure.ids()),
                number(node, at + ".painBefore", 0, 10), number(node, at + ".painAfter", 0, 10),
                texts(node, "afterEffects", at),
                new Feedback(texts(feedback, "worked", at + ".feedback"), texts(feedback, "didNotWork", at + ".feedback")),
                new SoapNote(text(notes, at + ".notes.subjective"), text(notes, at + ".notes.objective"),
                        text(notes, at + ".notes.assessment"), text(notes, at + ".notes.plan")),
                format < 3 || massage(node, at + ".massage"), voided(node, at + ".voided"));
    }

    /** null when the record stands (and in archives before version 3, which had no voids). */
    private Voided voided(JsonNode parent, String at) {
        var node = parent.path("voided");
        if (format < 3 || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            problems.add(at + ": required: null, or {\"on\", \"by\", \"reason\"}");
            return null;
        }
        var reason = text(node, at + ".reason");
        if (reason.isBlank()) {
            problems.add(at + ".reason: required: why it was voided");
            reason = "?"; // a stand-in never kept: the import is refused
        }
        return new Voided(date(node, at + ".on"), text(node, at + ".by"), reason);
    }

    private boolean massage(JsonNode node, String at) {
        var value = node.path("massage");
        if (!value.isBoolean()) {
            problems.add(at + ": required: true for a massage session, false for a visit note");
        }
        return value.asBoolean(true);
    }

    private String planText(JsonNode node, String at) {
        if (!node.path("plan").isObject()) {
            problems.add(at + ": required: the plan as a JSON object");
            return "{}";
        }
        return Archive.text(node.get("plan"));
    }

    private <T> List<T> list(JsonNode parent, String field, String at, BiFunction<JsonNode, String, T> item) {
        var node = parent.path(field);
        if (!node.isArray()) {
            problems.add(at + ": required: a list");
            return List.of();
        }
        var items = new ArrayList<T>();
        for (int i = 0; i < node.size(); i++) {
            items.add(item.apply(node.get(i), at + "[" + i + "]"));
        }
        return items;
    }

    private List<String> texts(JsonNode parent, String field, String at) {
        return list(parent, field, at + "." + field, (node, path) -> node.isTextual() ? node.asText() : missing(path, "text"));
    }

    /** The field the path ends in. */
    private static JsonNode field(JsonNode parent, String at) {
        return parent.path(at.substring(at.lastIndexOf('.') + 1));
    }

    private String text(JsonNode parent, String at) {
        var node = field(parent, at);
        return node.isTextual() ? node.asText() : missing(at, "text");
    }

    private int number(JsonNode parent, String at, int min, int max) {
        var node = field(parent, at);
        if (node.canConvertToInt() && node.isIntegralNumber() && node.asInt() >= min && node.asInt() <= max) {
            return node.asInt();
        }
        problems.add(at + ": required: a whole number from " + min + " to " + max);
        return min;
    }

    private LocalDate date(JsonNode parent, String at) {
        var node = field(parent, at);
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            problems.add(at + ": " + (node.isMissingNode() ? "required" : "'" + node.asText() + "' is not a date")
                    + "; use YYYY-MM-DD");
            return LocalDate.EPOCH;
        }
    }

    private Instant time(JsonNode parent, String at) {
        var node = field(parent, at);
        try {
            return Instant.parse(node.asText());
        } catch (DateTimeParseException e) {
            problems.add(at + ": " + (node.isMissingNode() ? "required" : "'" + node.asText() + "' is not a time")
                    + "; use for example 2026-12-03T10:15:30Z");
            return Instant.EPOCH;
        }
    }

    private <T> T known(Optional<T> value, String at, List<String> allowed) {
        if (value.isEmpty()) {
            problems.add(at + ": must be one of " + String.join(", ", allowed));
        }
        return value.orElse(null);
    }

    private String missing(String at, String what) {
        problems.add(at + ": required: " + what);
        return "";
    }
}
