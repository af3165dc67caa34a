package org.backcare.storage;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.backcare.clients.ClientId;
import org.backcare.clients.IntakeDraft;
import org.backcare.files.IntakeFile;
import org.backcare.intake.Vocabulary;
import org.jdbi.v3.core.Handle;

/** The clients' own intake drafts, one at most per client, kept as intake files are. */
final class DraftRows {
    private final Handle handle;
    private final Dialect dialect;
    private final Vocabulary vocabulary;

    DraftRows(Handle handle, Dialect dialect, Vocabulary vocabulary) {
        this.handle = handle;
        this.dialect = dialect;
        this.vocabulary = vocabulary;
    }

    void insert(IntakeDraft draft) {
        handle.createUpdate("""
                insert into intake_drafts (client_id, consent_given, received, intake_yaml)
                values (:client, :consent, :received, :yaml)""")
                .bind("client", draft.client().value()).bind("consent", dialect.date(draft.consentGiven()))
                .bind("received", draft.received().toEpochMilli()).bind("yaml", IntakeFile.toYaml(draft.intake()))
                .execute();
    }

    /** The newest draft; one that no longer reads with this knowledge base is not offered. */
    Optional<IntakeDraft> of(ClientId client) {
        return handle.createQuery("""
                select consent_given, received, intake_yaml from intake_drafts where client_id = :client
                order by id desc""")
                .bind("client", client.value())
                .map((row, ctx) -> {
                    var read = IntakeFile.parseOnFile(row.getString("intake_yaml"), vocabulary);
                    return read.ok() ? new IntakeDraft(client, dialect.date(row, "consent_given"),
                            Instant.ofEpochMilli(row.getLong("received")), read.intake()) : null;
                })
                .stream().filter(Objects::nonNull).findFirst();
    }

    void drop(ClientId client) {
        handle.createUpdate("delete from intake_drafts where client_id = :client").bind("client", client.value()).execute();
    }
}
