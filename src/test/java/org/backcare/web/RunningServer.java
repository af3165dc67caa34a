package org.backcare.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.backcare.booking.ClinicSettings;
import org.backcare.booking.Equipment;
import org.backcare.files.KnowledgeFiles;
import org.backcare.mail.ClientReach;
import org.backcare.measures.QuestionnaireWording;
import org.backcare.storage.Database;
import org.backcare.web.access.ClientAddress;
import org.backcare.web.access.SignInRecords;
import org.backcare.web.booking.WeekPlanning;

/**
 * The server on a free loopback port over a fresh SQLite file, as `backcare serve` runs it, and real HTTP clients to
 * talk to it: {@link #anonymous()} or signed in as someone ({@link #signIn}), each with their own cookies.
 */
public final class RunningServer implements AutoCloseable {
    public static final ObjectMapper JSON = new ObjectMapper();
    public static final String ADMIN_PASSWORD = "correct horse battery staple";

    public final Path folder;
    /** Where its records are, for another server on the same ones. */
    public final String location;
    public final Database database;
    public final BackcareServer server;
    /** Kept from the start: a stopped server's address still refuses connections, as a real one would. */
    private final int port;
    private final Visitor anonymous;

    public RunningServer() {
        this(newFolder(), null, ClientAddress.direct(), Operations.LOOPBACK, null);
    }

    /** A server showing the questionnaires in this wording, as {@code serve --questionnaire-texts} does. */
    public RunningServer(QuestionnaireWording wording) {
        this(newFolder(), null, ClientAddress.direct(), Operations.LOOPBACK, null, wording, null);
    }

    /** A server whose clinic is in this time zone. */
    public RunningServer(ZoneId clinicZone) {
        this(newFolder(), null, ClientAddress.direct(), Operations.LOOPBACK, clinicZone);
    }

    /** Another server on the same records: an SQLite file or a PostgreSQL address. */
    public RunningServer(String location) {
        this(newFolder(), location, ClientAddress.direct(), Operations.LOOPBACK, null);
    }

    public RunningServer(String location, ClientAddress address) {
        this(newFolder(), location, address, Operations.LOOPBACK, null);
    }

    public RunningServer(String location, ClientAddress address, List<String> metricsFrom) {
        this(newFolder(), location, address, metricsFrom, null);
    }

    /** {@code clinicZone}: the clinic's time zone to set, or null to leave the clinic's settings as they are. */
    private RunningServer(Path folder, String location, ClientAddress address, List<String> metricsFrom,
            ZoneId clinicZone) {
        this(folder, location, address, metricsFrom, clinicZone, QuestionnaireWording.bundled(), null);
    }

    /** A server started with {@code --public-url}: links shown to be copied start with it. */
    public static RunningServer reachedAt(String publicUrl) {
        return new RunningServer(newFolder(), null, ClientAddress.direct(), Operations.LOOPBACK, null,
                QuestionnaireWording.bundled(), publicUrl);
    }

    private RunningServer(Path folder, String location, ClientAddress address, List<String> metricsFrom,
            ZoneId clinicZone, QuestionnaireWording wording, String publicUrl) {
        this.folder = folder;
        this.location = location == null ? folder.resolve("backcare.db").toString() : location;
        this.database = Database.open(this.location);
        var knowledge = KnowledgeFiles.bundled();
        var desk = database.appointments(Equipment.neededBy(knowledge));
        if (clinicZone != null) {
            desk.settings(ClinicSettings.defaults(clinicZone));
        }
        var operations = Operations.of(address, metricsFrom, database::answers);
        this.server = new BackcareServer(knowledge, database.clientBook(knowledge.vocabulary()), database.accounts(), desk,
                new SignInRecords(database.signIns(), database.oneTimeLinks(), database.failedSignIns()),
                publicUrl == null ? operations : operations.reachedAt(publicUrl), Clock.systemUTC(),
                Optional.of(new ClientReach(database.calendarFeeds(), database.outbox(), database.clinic())),
                new WeekPlanning(database, knowledge, Clock.systemUTC()), wording);
        database.observeAuditBatches(server.metrics()::auditBatch);
        server.start("127.0.0.1", 0);
        this.port = server.port();
        this.anonymous = new Visitor(this, "");
    }

    private static Path newFolder() {
        try {
            return Files.createTempDirectory("backcare-web");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    /** Someone with no session: the client every existing API test uses. */
    public Visitor anonymous() {
        return anonymous;
    }

    public HttpResponse<String> get(String path) {
        return anonymous.get(path);
    }

    public HttpResponse<String> post(String path, String contentType, String body) {
        return anonymous.post(path, contentType, body);
    }

    public HttpResponse<String> send(HttpRequest request) {
        return anonymous.send(request);
    }

    /** Creates the admin account through the one-time setup link, as the person who started the server would. */
    public Visitor setUpAdmin() {
        var admin = new Visitor(this, "");
        var path = server.setupPath().orElseThrow(() -> new IllegalStateException("already set up"));
        var token = path.substring(path.indexOf("token=") + "token=".length());
        var created = admin.postForm("/setup", Map.of("token", token, "name", "Dana Admin", "username", "dana",
                "password", ADMIN_PASSWORD, "password-again", ADMIN_PASSWORD));
        if (created.statusCode() != 303) {
            throw new IllegalStateException("setup failed: " + created.statusCode() + " " + created.body());
        }
        return signIn("dana", ADMIN_PASSWORD);
    }

    /** Signs in through the JSON API and keeps the session cookie and CSRF token. */
    public Visitor signIn(String username, String password) {
        var visitor = new Visitor(this, "");
        var answer = visitor.post("/api/session", "application/json",
                json(Map.of("username", username, "password", password)));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("sign-in failed: " + answer.statusCode() + " " + answer.body());
        }
        return visitor.withCsrf(json(answer.body()).get("csrfToken").asText());
    }

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An example intake file, YAML, as the JSON a program would send. */
    public static String exampleAsJson(String name) {
        try {
            return JSON.writeValueAsString(new YAMLMapper().readTree(Path.of("examples", name).toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    @Override
    public void close() {
        server.stop();
        database.close();
    }

    /** One person's HTTP client: their own cookie jar, and the CSRF token their session was given. */
    public static final class Visitor {
        private final RunningServer running;
        private final HttpClient client;
        private final CookieManager cookies;
        public final String csrf;

        private Visitor(RunningServer running, String csrf) {
            this(running, new CookieManager(), csrf);
        }

        private Visitor(RunningServer running, CookieManager cookies, String csrf) {
            this.running = running;
            this.cookies = cookies;
            this.csrf = csrf;
            this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        }

        Visitor withCsrf(String token) {
            return new Visitor(running, cookies, token);
        }

        /** The same person (cookie and CSRF token) sending their requests to another server. */
        public Visitor on(RunningServer other) {
            return new Visitor(other, cookies, csrf);
        }

        public HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(running.uri(path)).header("Accept", "application/json").GET().build());
        }

        /** As a browser asks for a page. */
        public HttpResponse<String> page(String path) {
            return send(HttpRequest.newBuilder(running.uri(path)).header("Accept", "text/html").GET().build());
        }

        public HttpResponse<String> post(String path, String contentType, String body) {
            return send(request(path).header("Content-Type", contentType).POST(BodyPublishers.ofString(body)).build());
        }

        public HttpResponse<String> postJson(String path, Object body) {
            return post(path, "application/json", json(body));
        }

        /** A JSON body sent with this method, with {@code If-Match} when given (a client's ETag, such as "v3"). */
        public HttpResponse<String> sendJson(String method, String path, Object body, String ifMatch) {
            var request = request(path).header("Content-Type", "application/json")
                    .method(method, BodyPublishers.ofString(json(body)));
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            return send(request.build());
        }

        /** A form as a page submits it, with the CSRF token the page carried. */
        public HttpResponse<String> postForm(String path, Map<String, String> fields) {
            var withToken = new LinkedHashMap<>(fields);
            withToken.putIfAbsent("_csrf", csrf);
            return send(HttpRequest.newBuilder(running.uri(path)).header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(BodyPublishers.ofString(form(withToken))).build());
        }

        /** A request to this path carrying the CSRF header, for any method. */
        public HttpRequest.Builder request(String path) {
            var builder = HttpRequest.newBuilder(running.uri(path)).header("Accept", "application/json");
            return csrf.isEmpty() ? builder : builder.header("X-CSRF-Token", csrf);
        }

        public HttpResponse<String> send(HttpRequest request) {
            try {
                return client.send(request, BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
