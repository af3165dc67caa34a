package org.backcare.web.progress;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.backcare.accounts.Username;
import org.backcare.clients.ClientHistory;
import org.backcare.clients.ClientId;
import org.backcare.clients.ClientRecord;
import org.backcare.clients.IntakeVersion;
import org.backcare.files.IntakeFile;
import org.backcare.files.KnowledgeFiles;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.storage.SqlClientBook;
import org.backcare.web.RunningServer;
import org.backcare.web.RunningServer.Visitor;

/**
 * The server with its admin and two therapists, Tess and Theo; {@link #newClient} adds a Daniel Okafor (chronic low
 * back, on file for a month) in Tess's care, a new one for each test. One team serves a test class: accounts are slow
 * to make on purpose (Argon2id).
 */
public final class CareTeam implements AutoCloseable {
    public static final KnowledgeBase KNOWLEDGE = KnowledgeFiles.bundled();
    /** The server's today: it runs on UTC. */
    public static final LocalDate CONSENT = today().minusMonths(1);

    public final RunningServer running;
    public final Visitor admin;
    public final Visitor tess;
    public final Visitor theo;

    private final AtomicInteger clients = new AtomicInteger();
    private ClientSignIn clientAccount;

    /** The server's date (UTC) when asked, not when the class was loaded: a test run may cross midnight. */
    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public CareTeam() {
        this(new RunningServer());
    }

    /** The team on this server, such as one serving a clinic's questionnaire wording. */
    public CareTeam(RunningServer running) {
        this.running = running;
        this.admin = running.setUpAdmin();
        this.tess = staff("tess", "Tess Moreau");
        this.theo = staff("theo", "Theo Lind");
    }

    /** A client signed in, and their own record. */
    public record ClientSignIn(Visitor visitor, ClientId client) {}

    /** A client in Tess's care, such as daniel-okafor-3, with the intake of examples/chronic-low-back.yaml. */
    public ClientId newClient() {
        var id = new ClientId("daniel-okafor-" + clients.incrementAndGet());
        var intake = IntakeFile.read(Path.of("examples", "chronic-low-back.yaml"), KNOWLEDGE.vocabulary()).intake();
        book().add(new ClientRecord(id, "Daniel Okafor", CONSENT), new IntakeVersion(1, CONSENT, intake));
        running.database.accounts().assign(id, new Username("tess"));
        return id;
    }

    /** The client's ETag as the API gives it now. */
    public String etag(ClientId client) {
        return "\"v" + book().version(client) + "\"";
    }

    public SqlClientBook book() {
        return running.database.clientBook(KNOWLEDGE.vocabulary());
    }

    public ClientHistory history(ClientId client) {
        return book().history(client).orElseThrow();
    }

    /** A client's own sign-in, which shows them their plan and nothing of the therapists' pages. */
    public synchronized ClientSignIn clientAccount() {
        if (clientAccount == null) {
            var client = newClient();
            added(admin.postForm("/admin/accounts", Map.of("name", "Daniel Okafor", "username", "daniel", "role",
                    "client", "client", client.value(), "password", "twelve chars at least")));
            clientAccount = new ClientSignIn(running.signIn("daniel", "twelve chars at least"), client);
        }
        return clientAccount;
    }

    private Visitor staff(String username, String name) {
        added(admin.postForm("/admin/accounts", Map.of("name", name, "username", username, "role", "therapist",
                "password", "twelve chars at least")));
        return running.signIn(username, "twelve chars at least");
    }

    private static void added(HttpResponse<String> answer) {
        if (answer.statusCode() != 303) {
            throw new IllegalStateException("account not added: " + answer.statusCode() + " " + answer.body());
        }
    }

    @Override
    public void close() {
        running.close();
    }
}
