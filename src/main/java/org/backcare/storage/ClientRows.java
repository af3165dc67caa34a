package org.backcare.storage;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.backcare.clients.AuditEntry;
import org.backcare.clients.ClientChangedException;
import org.backcare.clients.ClientHistory;
import org.backcare.clients.ClientId;
import org.backcare.clients.ClientRecord;
import org.backcare.clients.IntakeVersion;
import org.backcare.clients.MeasureEntry;
import org.backcare.clients.PlanSnapshot;
import org.backcare.clients.RecordsVersion;
import org.backcare.clients.UnknownClientException;
import org.backcare.files.IntakeFile;
import org.backcare.intake.Vocabulary;
import org.backcare.progress.Voided;
import org.jdbi.v3.core.Handle;

/** Clients and what is kept about them, as rows, within one transaction's handle. */
final class ClientRows {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Handle handle;
    private final Dialect dialect;
    private final Vocabulary vocabulary;
    final SessionRows sessions;
    final HomeworkRows homework;
    final AppointmentRows appointments;
    final ContactRows contacts;
    final DraftRows drafts;
    final Pages pages;

    ClientRows(Handle handle, Dialect dialect, Vocabulary vocabulary) {
        this.handle = handle;
        this.dialect = dialect;
        this.vocabulary = vocabulary;
        this.sessions = new SessionRows(handle, dialect);
        this.homework = new HomeworkRows(handle, dialect);
        this.appointments = new AppointmentRows(handle, dialect);
        this.contacts = new ContactRows(handle, dialect);
        this.drafts = new DraftRows(handle, dialect, vocabulary);
        this.pages = new Pages(handle, dialect);
    }

    /** A new opaque reference: it says nothing about the client, so the audit log may keep it after they are forgotten. */
    static String newReference() {
        var bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The audit log keeps times to the microsecond, as both databases can. */
    static Instant auditTime(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    Optional<String> reference(ClientId id) {
        return handle.createQuery("select reference from clients where id = :id").bind("id", id.value())
                .mapTo(String.class).findOne();
    }

    /**
     * Raises the client's version for a write about them, and returns their reference. The update locks their row
     * against other writers until this transaction ends.
     */
    String lock(ClientId id) {
        return lock(handle, id);
    }

    static String lock(Handle handle, ClientId id) {
        return handle.createQuery("update clients set version = version + 1 where id = :id returning reference")
                .bind("id", id.value()).mapTo(String.class).findOne().orElseThrow(() -> new UnknownClientException(id));
    }

    /** As {@link #lock(ClientId)}, only if the client is at the version the writer saw. */
    String lock(ClientId id, long expectedVersion) {
        return handle.createQuery("update clients set version = version + 1 where id = :id and version = :expected returning reference")
                .bind("id", id.value()).bind("expected", expectedVersion).mapTo(String.class).findOne()
                .orElseThrow(() -> new ClientChangedException(id, expectedVersion, version(id)));
    }

    Optional<String> name(ClientId id) {
        return handle.createQuery("select name from clients where id = :id").bind("id", id.value())
                .mapTo(String.class).findOne();
    }

    long version(ClientId id) {
        return handle.createQuery("select version from clients where id = :id").bind("id", id.value())
                .mapTo(Long.class).findOne().orElseThrow(() -> new UnknownClientException(id));
    }

    RecordsVersion recordsVersion(ClientId id) {
        return handle.createQuery("select reference, version from clients where id = :id").bind("id", id.value())
                .map((row, ctx) -> new RecordsVersion(id, row.getString("reference"), row.getLong("version")))
                .findOne().orElseThrow(() -> new UnknownClientException(id));
    }

    void rename(ClientId id, String name) {
        handle.createUpdate("update clients set name = :name where id = :id").bind("id", id.value()).bind("name", name).execute();
    }

    void insert(ClientRecord client, String reference) {
        handle.createUpdate("insert into clients (id, name, consent_given, reference) values (:id, :name, :consent, :reference)")
                .bind("id", client.id().value()).bind("name", client.name())
                .bind("consent", dialect.date(client.consentGiven())).bind("reference", reference).execute();
    }

    void insert(ClientId id, IntakeVersion intake) {
        handle.createUpdate("insert into intakes (client_id, version, recorded, intake_yaml) values (:id, :version, :recorded, :yaml)")
                .bind("id", id.value()).bind("version", intake.version()).bind("recorded", dialect.date(intake.recorded()))
                .bind("yaml", IntakeFile.toYaml(intake.intake())).execute();
    }

    void insert(ClientId id, PlanSnapshot plan) {
        handle.createUpdate("""
                insert into plans (client_id, number, made, knowledge_version, plan_json)
                values (:id, :number, :made, :knowledgeVersion, :json)""")
                .bind("id", id.value()).bind("number", plan.number()).bind("made", dialect.date(plan.made()))
                .bind("knowledgeVersion", plan.knowledgeVersion()).bind("json", plan.planJson()).execute();
    }

    /** Keeps the questionnaire: its key. */
    long insert(ClientId id, MeasureEntry measure) {
        long key = handle.createQuery("""
                insert into measures (client_id, instrument, taken_on, answers) values (:id, :instrument, :date, :answers)
                returning id""")
                .bind("id", id.value()).bind("instrument", measure.instrument()).bind("date", dialect.date(measure.date()))
                .bind("answers", measure.answers()).mapTo(Long.class).one();
        if (!measure.kept()) {
            VoidColumns.mark(handle, dialect, "measures", key, measure.voided());
        }
        return key;
    }

    /**
     * Marks the client's session or questionnaire with this number voided: its key; empty when there is none by that
     * number or it is voided already (the first void stands).
     */
    Optional<Long> voidRecord(ClientId id, String table, int number, Voided voided) {
        var day = table.equals("sessions") ? "given_on" : "taken_on";
        return VoidColumns.numbered(handle, table, day, id, number)
                .filter(key -> VoidColumns.mark(handle, dialect, table, key, voided));
    }

    /** Notes that the record with key {@code corrected} replaces the one with key {@code old}, in the same table. */
    void replaces(String table, long corrected, long old) {
        handle.createUpdate("update " + table + " set replaces = :old where id = :id").bind("old", old)
                .bind("id", corrected).execute();
    }

    /**
     * For each of the client's sessions or questionnaires, in their numbered order, the number of the one it
     * replaces as a correction; 0 for none.
     */
    List<Integer> replacing(String table, ClientId id) {
        var day = table.equals("sessions") ? "given_on" : "taken_on";
        var rows = handle.createQuery("select id, replaces from " + table + " where client_id = :id order by " + day
                + ", id").bind("id", id.value()).map((row, ctx) -> new long[] {row.getLong("id"), row.getLong("replaces")})
                .list();
        var keys = rows.stream().map(row -> row[0]).toList();
        return rows.stream().map(row -> keys.indexOf(row[1]) + 1).toList();
    }

    void insert(AuditEntry entry) {
        insert(handle, dialect, entry);
    }

    static void insert(Handle handle, Dialect dialect, AuditEntry entry) {
        handle.createUpdate("insert into audit_log (at, actor, action, client_reference) values (:at, :actor, :action, :reference)")
                .bind("at", dialect.time(auditTime(entry.at()))).bind("actor", entry.actor()).bind("action", entry.action())
                .bind("reference", entry.clientReference()).execute();
    }

    boolean has(AuditEntry entry) {
        return handle.createQuery("""
                select count(*) from audit_log
                where at = :at and actor = :actor and action = :action and client_reference = :reference""")
                .bind("at", dialect.time(auditTime(entry.at()))).bind("actor", entry.actor()).bind("action", entry.action())
                .bind("reference", entry.clientReference()).mapTo(Long.class).one() > 0;
    }

    void delete(ClientId id) {
        handle.createUpdate("delete from clients where id = :id").bind("id", id.value()).execute();
    }

    int nextIntakeVersion(ClientId id) {
        return handle.createQuery("select coalesce(max(version), 0) + 1 from intakes where client_id = :id")
                .bind("id", id.value()).mapTo(Integer.class).one();
    }

    int nextPlanNumber(ClientId id) {
        return handle.createQuery("select coalesce(max(number), 0) + 1 from plans where client_id = :id")
                .bind("id", id.value()).mapTo(Integer.class).one();
    }

    List<ClientRecord> clients() {
        return handle.createQuery("select id, name, consent_given from clients order by id")
                .map((row, ctx) -> new ClientRecord(new ClientId(row.getString("id")), row.getString("name"),
                        dialect.date(row, "consent_given")))
                .list();
    }

    Optional<ClientHistory> history(ClientId id) {
        return handle.createQuery("select id, name, consent_given from clients where id = :id").bind("id", id.value())
                .map((row, ctx) -> new ClientRecord(id, row.getString("name"), dialect.date(row, "consent_given")))
                .findOne()
                .map(client -> new ClientHistory(client, intakes(id), sessions.of(id), measures(id), plans(id)));
    }

    private List<IntakeVersion> intakes(ClientId id) {
        return handle.createQuery("select version, recorded, intake_yaml from intakes where client_id = :id order by version")
                .bind("id", id.value())
                .map((row, ctx) -> {
                    int version = row.getInt("version");
                    var read = IntakeFile.parseOnFile(row.getString("intake_yaml"), vocabulary);
                    if (!read.ok()) {
                        throw new StorageException("intake version " + version + " of " + id
                                + " no longer reads with this knowledge base", read.problems().stream().map(Object::toString).toList());
                    }
                    return new IntakeVersion(version, dialect.date(row, "recorded"), read.intake());
                })
                .list();
    }

    private List<MeasureEntry> measures(ClientId id) {
        return handle.createQuery("""
                select instrument, taken_on, answers, voided_on, voided_by, void_reason, %s
                from measures m where client_id = :id order by taken_on, id""".formatted(VoidColumns.replaced("measures", "m")))
                .bind("id", id.value())
                .map((row, ctx) -> new MeasureEntry(row.getString("instrument"), dialect.date(row, "taken_on"),
                        row.getString("answers"), VoidColumns.read(row, dialect)))
                .list();
    }

    private List<PlanSnapshot> plans(ClientId id) {
        return handle.createQuery("select number, made, knowledge_version, plan_json from plans where client_id = :id order by number")
                .bind("id", id.value())
                .map((row, ctx) -> new PlanSnapshot(row.getInt("number"), dialect.date(row, "made"),
                        row.getString("knowledge_version"), row.getString("plan_json")))
                .list();
    }

    List<AuditEntry> auditLog() {
        return handle.createQuery("select at, actor, action, client_reference from audit_log order by at, id")
                .map((row, ctx) -> new AuditEntry(dialect.time(row, "at"), row.getString("actor"), row.getString("action"),
                        row.getString("client_reference")))
                .list();
    }
}
