package org.backcare.clients;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.backcare.intake.Intake;
import org.backcare.progress.HomeworkDone;
import org.backcare.progress.SessionLog;
import org.backcare.progress.Voided;

/**
 * Where a practice keeps its clients and their history. Every method is one transaction: it happens whole or not
 * at all. Methods that name a client throw {@link UnknownClientException} when there is none by that id.
 * Every write about a client raises the client's {@link #version} by one; the writes that take the version the
 * writer saw refuse with {@link ClientChangedException}, writing nothing, when someone else changed the client since.
 */
public interface ClientBook {
    /** Adds a client with their first intake (version 1); fails with {@link ClientExistsException} if the id is taken. */
    void add(ClientRecord client, IntakeVersion firstIntake);

    /** As {@link #add(ClientRecord, IntakeVersion)}, with how to reach them. */
    void add(ClientRecord client, IntakeVersion firstIntake, Contact contact);

    /** How to reach the client ({@link Contact#NONE} when nothing is on file). */
    Contact contact(ClientId id);

    /** Keeps the client's contact details in place of those on file. */
    void contact(ClientId id, Contact contact);

    /** As {@link #contact(ClientId, Contact)}, only if the client is still at the version the writer saw. */
    void contact(ClientId id, Contact contact, long expectedVersion);

    List<ClientRecord> clients();

    /** One page of the clients the query asks for, by name then id, with how many there are in all. */
    ClientPage clients(ClientQuery query);

    Optional<ClientHistory> history(ClientId id);

    /** How many times the client has been written, counting their addition as the first. */
    long version(ClientId id);

    /** The client's version with their opaque reference, read together; {@link UnknownClientException} if there is none. */
    RecordsVersion recordsVersion(ClientId id);

    /** Changes the name the client is kept under (not their id); the name must not be blank. */
    void rename(ClientId id, String name, long expectedVersion);

    /** Records a new version of the intake; the version number is the next one. */
    IntakeVersion addIntake(ClientId id, LocalDate recorded, Intake intake);

    /** As {@link #addIntake(ClientId, LocalDate, Intake)}, only if the client is still at the version the writer saw. */
    IntakeVersion addIntake(ClientId id, LocalDate recorded, Intake intake, long expectedVersion);

    /** Keeps the client's own intake draft in place of any earlier one; it changes nothing else of theirs. */
    void keepIntakeDraft(IntakeDraft draft);

    /** The client's intake draft waiting for review, if any. */
    Optional<IntakeDraft> intakeDraft(ClientId id);

    /** Removes the client's intake draft, if any: it was accepted or discarded. */
    void dropIntakeDraft(ClientId id);

    void logSession(ClientId id, SessionLog session);

    void recordMeasure(ClientId id, MeasureEntry measure);

    /**
     * Voids the client's session with this number (1 for the oldest, in the order {@link #history} gives them): it
     * stays on file, marked, out of the review; the audit log notes who did it and when.
     *
     * @throws IllegalArgumentException when there is no such session or it is voided already
     */
    void voidSession(ClientId id, int number, Voided voided, Instant at);

    /** As {@link #voidSession}, for the client's questionnaire with this number. */
    void voidMeasure(ClientId id, int number, Voided voided, Instant at);

    /** As {@link #voidSession}, only if the client is still at the version the writer saw. */
    void voidSession(ClientId id, int number, Voided voided, Instant at, long expectedVersion);

    /** As {@link #voidMeasure}, only if the client is still at the version the writer saw. */
    void voidMeasure(ClientId id, int number, Voided voided, Instant at, long expectedVersion);

    /**
     * Replaces the client's session with this number by a corrected one, in one step and only if the client is still
     * at the version the writer saw: the old one stays on file, voided ({@code why}) and marked replaced, out of the
     * review; the new one is kept in its place and names it; the audit log notes "correct session".
     *
     * @throws IllegalArgumentException when there is no such session or it is voided already
     */
    void correctSession(ClientId id, int number, SessionLog corrected, Voided why, Instant at, long expectedVersion);

    /** As {@link #correctSession}, for the client's questionnaire with this number. */
    void correctMeasure(ClientId id, int number, MeasureEntry corrected, Voided why, Instant at, long expectedVersion);

    /** Keeps a plan as given; the number is the next one. */
    PlanSnapshot keepPlan(ClientId id, LocalDate made, String knowledgeVersion, String planJson);

    void logHomework(ClientId id, HomeworkDone done);

    /** The client's homework log, oldest first (in the order logged when on the same day). */
    List<HomeworkDone> homework(ClientId id);

    /** Removes the client and everything about them, leaving an audit entry with no health data. */
    void forget(ClientId id, String actor, Instant at);

    /**
     * Notes that someone read or changed the client's records (through the web), such as "read progress": the
     * action names what was done, never health data. The client is named in the log by their opaque reference.
     */
    void audit(ClientId id, String actor, String action, Instant at);

    /** The whole audit log, oldest first. */
    List<AuditEntry> auditLog();

    /** One page of the audit log, newest first, each entry with the client's id while they are on file. */
    default AuditPage auditTrail(int offset, int limit) {
        return auditTrail(AuditQuery.all(offset, limit));
    }

    /** The entries the query asks for, newest first, each with the client's id while they are on file. */
    AuditPage auditTrail(AuditQuery query);
}
