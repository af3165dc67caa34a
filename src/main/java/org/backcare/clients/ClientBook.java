package org.backcare.clients;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.backcare.intake.Intake;
import org.backcare.progress.SessionLog;

/**
 * Where a practice keeps its clients and their history. Every method is one transaction: it happens whole or not
 * at all. Methods that name a client throw {@link UnknownClientException} when there is none by that id.
 */
public interface ClientBook {
    /** Adds a client with their first intake; fails with {@link ClientExistsException} if the id is taken. */
    void add(ClientRecord client, IntakeVersion firstIntake);

    List<ClientRecord> clients();

    Optional<ClientHistory> history(ClientId id);

    /** Records a new version of the intake; the version number is the next one. */
    IntakeVersion addIntake(ClientId id, java.time.LocalDate recorded, Intake intake);

    void logSession(ClientId id, SessionLog session);

    void recordMeasure(ClientId id, MeasureEntry measure);

    /** Keeps a plan as given; the number is the next one. */
    PlanSnapshot keepPlan(ClientId id, java.time.LocalDate made, String knowledgeVersion, String planJson);

    /** Removes the client and everything about them, leaving an audit entry with no health data. */
    void forget(ClientId id, String actor, Instant at);

    List<AuditEntry> auditLog();
}
