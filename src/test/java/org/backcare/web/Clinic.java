package org.backcare.web;

import java.time.LocalDate;
import java.util.Map;
import org.backcare.AnIntake;
import org.backcare.accounts.Username;
import org.backcare.clients.ClientBook;
import org.backcare.clients.ClientId;
import org.backcare.clients.ClientRecord;
import org.backcare.clients.IntakeVersion;
import org.backcare.files.KnowledgeFiles;
import org.backcare.intake.Region;
import org.backcare.web.RunningServer.Visitor;

/**
 * A running server with its admin, therapists signed in as needed, and clients put on file through the storage port:
 * the clinic the web tests of clients, accounts and intakes work in.
 */
public final class Clinic implements AutoCloseable {
    public static final ClientId ASHA = new ClientId("asha-rao");
    public static final String PASSWORD = "twelve chars at least";
    public static final LocalDate CONSENT = LocalDate.of(2026, 3, 2);

    public final RunningServer running = new RunningServer();
    public final Visitor admin = running.setUpAdmin();
    public final ClientBook book = running.database.clientBook(KnowledgeFiles.bundled().vocabulary());

    /** Adds the account through the admin's form and signs them in. */
    public Visitor staff(String username, String name, String role) {
        var added = admin.postForm("/admin/accounts", Map.of("name", name, "username", username, "role", role,
                "password", PASSWORD));
        if (added.statusCode() != 303) {
            throw new IllegalStateException("could not add " + username + ": " + added.statusCode());
        }
        return running.signIn(username, PASSWORD);
    }

    public Visitor therapist(String username) {
        return staff(username, username.substring(0, 1).toUpperCase() + username.substring(1) + " Therapist", "therapist");
    }

    /** A client's own sign-in, given by the admin. */
    public Visitor clientSignIn(String username, ClientId client) {
        admin.postForm("/admin/accounts", Map.of("name", "Their own", "username", username, "role", "client",
                "client", client.value(), "password", PASSWORD));
        return running.signIn(username, PASSWORD);
    }

    /** On file with a lower-back complaint (pain 6), in the care of the therapist named, if any. */
    public ClientId client(String name, String therapist, String... redFlags) {
        var id = ClientId.fromName(name);
        var intake = AnIntake.aged(44).hurting(Region.LOWER_BACK, 6, 10, "stiffness").withRedFlags(redFlags).build();
        book.add(new ClientRecord(id, name, CONSENT), new IntakeVersion(1, CONSENT, intake));
        if (therapist != null) {
            running.database.accounts().assign(id, new Username(therapist));
        }
        return id;
    }

    public boolean audited(String actor, String action, ClientId client) {
        return running.database.clientBook(KnowledgeFiles.bundled().vocabulary()).auditTrail(0, 200).lines().stream()
                .anyMatch(line -> line.entry().actor().equals(actor) && line.entry().action().equals(action)
                        && line.client().map(client::equals).orElse(false));
    }

    public String name(ClientId client) {
        return book.history(client).orElseThrow().client().name();
    }

    @Override
    public void close() {
        running.close();
    }
}
