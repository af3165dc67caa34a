package org.backcare.web.plans;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.backcare.accounts.Username;
import org.backcare.clients.ClientBook;
import org.backcare.clients.ClientId;
import org.backcare.clients.ClientRecord;
import org.backcare.clients.IntakeVersion;
import org.backcare.files.IntakeFile;
import org.backcare.files.KnowledgeFiles;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.web.RunningServer.Visitor;
import org.backcare.web.RunningServer;

/** A running server with its admin, and clients put on file from the example intakes, in a therapist's care. */
final class PlanFixture implements AutoCloseable {
    static final String PASSWORD = "twelve chars at least";
    static final KnowledgeBase KNOWLEDGE = KnowledgeFiles.bundled();

    final RunningServer running = new RunningServer();
    final Visitor admin = running.setUpAdmin();
    final ClientBook book = running.database.clientBook(KNOWLEDGE.vocabulary());

    /** The server's today: plans start on it. */
    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    Visitor therapist(String username) {
        account(username, "therapist", Map.of());
        return running.signIn(username, PASSWORD);
    }

    /** A client's own sign-in, linked to their record. */
    Visitor clientAccount(String username, String client) {
        account(username, "client", Map.of("client", client));
        return running.signIn(username, PASSWORD);
    }

    /** Puts a client on file with an example intake, in the care of {@code therapist}. */
    ClientId onFile(String id, String example, String therapist) {
        var intake = IntakeFile.read(Path.of("examples", example), KNOWLEDGE.vocabulary()).intake();
        var client = new ClientId(id);
        book.add(new ClientRecord(client, intake.client().name(), today()), new IntakeVersion(1, today(), intake));
        running.database.accounts().assign(client, new Username(therapist));
        return client;
    }

    private void account(String username, String role, Map<String, String> more) {
        var fields = new HashMap<>(Map.of("name", username + " " + role, "username", username, "role", role,
                "password", PASSWORD));
        fields.putAll(more);
        var answer = admin.postForm("/admin/accounts", fields);
        if (answer.statusCode() != 303) {
            throw new IllegalStateException("account not added: " + answer.statusCode() + " " + answer.body());
        }
    }

    @Override
    public void close() {
        running.close();
    }
}
