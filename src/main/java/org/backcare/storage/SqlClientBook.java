package org.backcare.storage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.backcare.clients.AuditEntry;
import org.backcare.clients.AuditPage;
import org.backcare.clients.AuditQuery;
import org.backcare.clients.ClientBook;
import org.backcare.clients.ClientExistsException;
import org.backcare.clients.ClientHistory;
import org.backcare.clients.ClientId;
import org.backcare.clients.ClientPage;
import org.backcare.clients.ClientQuery;
import org.backcare.clients.ClientRecord;
import org.backcare.clients.Contact;
import org.backcare.clients.IntakeDraft;
import org.backcare.clients.IntakeVersion;
import org.backcare.clients.MeasureEntry;
import org.backcare.clients.Paging;
import org.backcare.clients.PlanSnapshot;
import org.backcare.clients.RecordsVersion;
import org.backcare.clients.UnknownClientException;
import org.backcare.intake.Intake;
import org.backcare.intake.Vocabulary;
import org.backcare.progress.HomeworkDone;
import org.backcare.progress.SessionLog;
import org.backcare.progress.Voided;

/** The client book kept in a {@link Database}: every method is one transaction. */
public final class SqlClientBook implements ClientBook {
    /** The action the audit log records when a client is forgotten. */
    public static final String FORGET = "forget";

    private final Database database;
    private final Vocabulary vocabulary;

    SqlClientBook(Database database, Vocabulary vocabulary) {
        this.database = database;
        this.vocabulary = vocabulary;
    }

    <R> R transaction(String doing, Function<ClientRows, R> work) {
        return database.transaction(doing, handle -> work.apply(new ClientRows(handle, database.dialect(), vocabulary)));
    }

    /** A read on its own, beside the writer (see {@link Database#read}). */
    private <R> R read(String doing, Function<ClientRows, R> work) {
        return database.read(doing, handle -> work.apply(new ClientRows(handle, database.dialect(), vocabulary)));
    }

    @Override
    public void add(ClientRecord client, IntakeVersion firstIntake) {
        add(client, firstIntake, Contact.NONE);
    }

    @Override
    public void add(ClientRecord client, IntakeVersion firstIntake, Contact contact) {
        transaction("add " + client.id(), rows -> {
            if (rows.reference(client.id()).isPresent()) {
                throw new ClientExistsException(client.id());
            }
            rows.insert(client, ClientRows.newReference());
            rows.insert(client.id(), firstIntake);
            rows.contacts.put(client.id(), contact);
            return null;
        });
    }

    @Override
    public Contact contact(ClientId id) {
        return transaction("read the contact details of " + id, rows -> {
            rows.version(id); // an unknown client is named as such
            return rows.contacts.of(id);
        });
    }

    @Override
    public void contact(ClientId id, Contact contact) {
        transaction("keep the contact details of " + id, rows -> {
            rows.lock(id);
            rows.contacts.put(id, contact);
            return null;
        });
    }

    @Override
    public void contact(ClientId id, Contact contact, long expectedVersion) {
        transaction("keep the contact details of " + id, rows -> {
            rows.lock(id, expectedVersion);
            rows.contacts.put(id, contact);
            return null;
        });
    }

    @Override
    public List<ClientRecord> clients() {
        return transaction("list the clients", ClientRows::clients);
    }

    @Override
    public ClientPage clients(ClientQuery query) {
        return transaction("list the clients", rows -> rows.pages.clients(query));
    }

    @Override
    public Optional<ClientHistory> history(ClientId id) {
        return read("read the history of " + id, rows -> rows.history(id));
    }

    /** The opaque reference by which the audit log names this client once they are forgotten. */
    public Optional<String> reference(ClientId id) {
        return transaction("read the reference of " + id, rows -> rows.reference(id));
    }

    @Override
    public long version(ClientId id) {
        return read("read the version of " + id, rows -> rows.version(id));
    }

    @Override
    public RecordsVersion recordsVersion(ClientId id) {
        return database.readOne("read the version of " + id,
                handle -> new ClientRows(handle, database.dialect(), vocabulary).recordsVersion(id));
    }

    @Override
    public void rename(ClientId id, String name, long expectedVersion) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: required: the client's name");
        }
        transaction("rename " + id, rows -> {
            rows.lock(id, expectedVersion);
            rows.rename(id, name.strip());
            return null;
        });
    }

    @Override
    public IntakeVersion addIntake(ClientId id, LocalDate recorded, Intake intake) {
        return transaction("add an intake for " + id, rows -> {
            rows.lock(id);
            return addIntake(rows, id, recorded, intake);
        });
    }

    @Override
    public IntakeVersion addIntake(ClientId id, LocalDate recorded, Intake intake, long expectedVersion) {
        return transaction("add an intake for " + id, rows -> {
            rows.lock(id, expectedVersion);
            return addIntake(rows, id, recorded, intake);
        });
    }

    private static IntakeVersion addIntake(ClientRows rows, ClientId id, LocalDate recorded, Intake intake) {
        var version = new IntakeVersion(rows.nextIntakeVersion(id), recorded, intake);
        rows.insert(id, version);
        return version;
    }

    @Override
    public void keepIntakeDraft(IntakeDraft draft) {
        transaction("keep the intake draft of " + draft.client(), rows -> {
            rows.version(draft.client()); // an unknown client is named as such
            rows.drafts.drop(draft.client());
            rows.drafts.insert(draft);
            return null;
        });
    }

    @Override
    public Optional<IntakeDraft> intakeDraft(ClientId id) {
        return transaction("read the intake draft of " + id, rows -> rows.drafts.of(id));
    }

    @Override
    public void dropIntakeDraft(ClientId id) {
        transaction("drop the intake draft of " + id, rows -> {
            rows.drafts.drop(id);
            return null;
        });
    }

    @Override
    public void logSession(ClientId id, SessionLog session) {
        transaction("log the session for " + id, rows -> {
            rows.lock(id);
            rows.sessions.insert(id, session);
            return null;
        });
    }

    @Override
    public void recordMeasure(ClientId id, MeasureEntry measure) {
        transaction("record the " + measure.instrument() + " answers for " + id, rows -> {
            rows.lock(id);
            rows.insert(id, measure);
            return null;
        });
    }

    @Override
    public void voidSession(ClientId id, int number, Voided voided, Instant at) {
        voidRecord(id, "sessions", "session", number, voided, at, null);
    }

    @Override
    public void voidMeasure(ClientId id, int number, Voided voided, Instant at) {
        voidRecord(id, "measures", "questionnaire", number, voided, at, null);
    }

    @Override
    public void voidSession(ClientId id, int number, Voided voided, Instant at, long expectedVersion) {
        voidRecord(id, "sessions", "session", number, voided, at, expectedVersion);
    }

    @Override
    public void voidMeasure(ClientId id, int number, Voided voided, Instant at, long expectedVersion) {
        voidRecord(id, "measures", "questionnaire", number, voided, at, expectedVersion);
    }

    private void voidRecord(ClientId id, String table, String what, int number, Voided voided, Instant at,
            Long expectedVersion) {
        transaction("void " + what + " " + number + " of " + id, rows -> {
            var reference = expectedVersion == null ? rows.lock(id) : rows.lock(id, expectedVersion);
            voided(rows, id, table, what, number, voided);
            rows.insert(new AuditEntry(at, voided.by(), "void " + what, reference));
            return null;
        });
    }

    /** Marks the record voided: its key. */
    private static long voided(ClientRows rows, ClientId id, String table, String what, int number, Voided voided) {
        return rows.voidRecord(id, table, number, voided).orElseThrow(() -> new IllegalArgumentException("number: "
                + id + " has no " + what + " " + number + " that is not voided already"));
    }

    @Override
    public void correctSession(ClientId id, int number, SessionLog corrected, Voided why, Instant at,
            long expectedVersion) {
        transaction("correct session " + number + " of " + id, rows -> {
            var reference = rows.lock(id, expectedVersion);
            long old = voided(rows, id, "sessions", "session", number, why);
            rows.replaces("sessions", rows.sessions.insert(id, corrected), old);
            rows.insert(new AuditEntry(at, why.by(), "correct session", reference));
            return null;
        });
    }

    @Override
    public void correctMeasure(ClientId id, int number, MeasureEntry corrected, Voided why, Instant at,
            long expectedVersion) {
        transaction("correct questionnaire " + number + " of " + id, rows -> {
            var reference = rows.lock(id, expectedVersion);
            long old = voided(rows, id, "measures", "questionnaire", number, why);
            rows.replaces("measures", rows.insert(id, corrected), old);
            rows.insert(new AuditEntry(at, why.by(), "correct questionnaire", reference));
            return null;
        });
    }

    @Override
    public PlanSnapshot keepPlan(ClientId id, LocalDate made, String knowledgeVersion, String planJson) {
        return transaction("keep the plan for " + id, rows -> {
            rows.lock(id);
            if (!Archive.isJson(planJson)) { // so that an archive can carry it as JSON
                throw new StorageException("cannot keep the plan for " + id + ": it is not JSON; nothing was changed");
            }
            var plan = new PlanSnapshot(rows.nextPlanNumber(id), made, knowledgeVersion, planJson);
            rows.insert(id, plan);
            return plan;
        });
    }

    @Override
    public void logHomework(ClientId id, HomeworkDone done) {
        transaction("log the homework of " + id, rows -> {
            rows.lock(id);
            rows.homework.insert(id, done);
            return null;
        });
    }

    @Override
    public List<HomeworkDone> homework(ClientId id) {
        return transaction("read the homework of " + id, rows -> {
            rows.version(id); // an unknown client is named as such, not shown with no homework
            return rows.homework.of(id);
        });
    }

    @Override
    public void forget(ClientId id, String actor, Instant at) {
        transaction("forget " + id, rows -> {
            var reference = rows.lock(id);
            rows.delete(id);
            rows.insert(new AuditEntry(at, actor, FORGET, reference));
            return null;
        });
    }

    @Override
    public void audit(ClientId id, String actor, String action, Instant at) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("actor: required: who read or changed the records");
        }
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("action: required: what they did, such as \"read progress\"");
        }
        database.auditWriter().write(id, actor, action, at);
    }

    @Override
    public List<AuditEntry> auditLog() {
        return transaction("read the audit log", ClientRows::auditLog);
    }

    @Override
    public AuditPage auditTrail(AuditQuery query) {
        return transaction("read the audit log", rows -> rows.pages.auditTrail(query));
    }
}
