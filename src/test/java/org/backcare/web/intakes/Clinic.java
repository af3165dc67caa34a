package org.backcare.web.intakes;

import java.util.Map;
import org.backcare.clients.ClientBook;
import org.backcare.clients.ClientId;
import org.backcare.files.KnowledgeFiles;
import org.backcare.web.RunningServer;
import org.backcare.web.RunningServer.Visitor;

/** A running server with its admin and Tom, a therapist, signed in to take intakes; what they store is in the book. */
final class Clinic implements AutoCloseable {
    static final ClientId ASHA = new ClientId("asha-rao");
    static final String PASSWORD = "twelve chars at least";

    final RunningServer running = new RunningServer();
    final Visitor admin = running.setUpAdmin();
    final Visitor tom = therapist("tom");
    final ClientBook book = running.database.clientBook(KnowledgeFiles.bundled().vocabulary());

    /** Adds a therapist through the admin's form and signs them in. */
    Visitor therapist(String username) {
        admin.postForm("/admin/accounts", Map.of("name", username, "username", username, "role", "therapist",
                "password", PASSWORD));
        return running.signIn(username, PASSWORD);
    }

    @Override
    public void close() {
        running.close();
    }
}
