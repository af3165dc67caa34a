package org.backcare.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import org.backcare.booking.ClinicClock;
import org.backcare.booking.Equipment;
import org.backcare.files.QuestionnaireTextsFile;
import org.backcare.mail.ClientReach;
import org.backcare.measures.QuestionnaireWording;
import org.backcare.report.PlanHandout;
import org.backcare.smtp.MailWorker;
import org.backcare.smtp.Postman;
import org.backcare.web.BackcareServer;
import org.backcare.web.Operations;
import org.backcare.web.access.ClientAddress;
import org.backcare.web.access.MailLinks;
import org.backcare.web.access.SignInRecords;
import org.backcare.web.booking.WeekPlanning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve Backcare's JSON API over HTTP until Ctrl-C or SIGTERM.",
                "Listens on this machine only unless --host says otherwise. GET /openapi.json describes the API."})
final class ServeCommand implements Runnable {
    /** How often the worker looks for mail that is due. */
    static final Duration MAIL_EVERY = Duration.ofSeconds(5);
    /** Listening on every address: the server's own address is then no address a client could open. */
    private static final Set<String> ANY_ADDRESS = Set.of("0.0.0.0", "::", "[::]");

    @Option(names = "--port", defaultValue = "8080", description = "The port (default: 8080; 0 takes a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: 127.0.0.1, this machine only).")
    String host;

    @Option(names = "--trusted-proxy", paramLabel = "ADDRESS",
            description = "The reverse proxy's IP address: X-Forwarded-For is believed from it only (for the sign-in throttle).")
    String trustedProxy;

    @Option(names = "--metrics-from", paramLabel = "ADDRESS", split = ",",
            description = "IP addresses that may read /metrics (default: 127.0.0.1,::1, this machine only).")
    List<String> metricsFrom = Operations.LOOPBACK;

    @Mixin
    KnowledgeOption knowledge;

    @Mixin
    DatabaseOption database;

    @Mixin
    MailOptions mail;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "The address clients open, for links in mails and the links pages show to be copied"
                    + " (default: in mails the address it listens on, on pages the one staff reached it at).")
    String publicUrl;

    @Option(names = "--questionnaire-texts", paramLabel = "FILE",
            description = "The wording of licensed questionnaires (ODI, RMDQ, STarT Back), which the clinic supplies"
                    + " under its own licence (YAML; see the README). Without it their forms show item numbers and scales.")
    Path questionnaireTexts;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        var from = clientAddress();
        var mailSettings = mail.settings(System.getenv());
        checkPublicUrl(mailSettings.isPresent());
        var wording = questionnaireWording();
        var kb = knowledge.load();
        var db = database.open();
        var desk = db.appointments(Equipment.neededBy(kb));
        var server = new BackcareServer(kb, db.clientBook(kb.vocabulary()), db.accounts(), desk,
                new SignInRecords(db.signIns(), db.oneTimeLinks(), db.failedSignIns()), operations(from, db::answers),
                Clock.systemUTC(), Optional.of(new ClientReach(db.calendarFeeds(), db.outbox(), db.clinic())),
                new WeekPlanning(db, kb, Clock.systemUTC()), wording);
        db.observeAuditBatches(server.metrics()::auditBatch);
        server.start(host, port);
        PlanHandout.warmUpInTheBackground();
        var out = spec.commandLine().getOut();
        var address = "http://" + host + ":" + server.port();
        out.println("Backcare serves on " + address + "/ (records: " + db.shown() + "); Ctrl-C stops it.");
        server.setupPath().ifPresent(path -> out.println("No admin yet: create the clinic's admin account at "
                + address + path + " (this link works once, within 24 hours)."));
        var worker = mailSettings.map(settings -> {
            out.println("Mail goes out through " + settings + ".");
            var links = new MailLinks(db.oneTimeLinks(), publicUrl != null ? publicUrl : address, Clock.systemUTC());
            return new MailWorker(db.jobQueue(), db.outbox(), db.clinic(), new Postman(settings), links,
                    "serve-" + ProcessHandle.current().pid(), ClinicClock.of(desk, Clock.systemUTC())).start(MAIL_EVERY);
        });
        if (worker.isEmpty()) {
            out.println("No email is sent: give --smtp-host and --mail-from (or --mail-settings FILE) to send"
                    + " confirmations and reminders; they wait in the outbox until then.");
        }
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop(); // requests in flight finish first
            worker.ifPresent(MailWorker::close);
            db.close();
            out.println("Backcare stopped.");
            stopped.countDown();
        }, "backcare-stop"));
        awaitUninterruptibly(stopped);
    }

    private QuestionnaireWording questionnaireWording() {
        if (questionnaireTexts == null) {
            return QuestionnaireWording.bundled();
        }
        var read = QuestionnaireTextsFile.read(questionnaireTexts);
        if (!read.problems().isEmpty()) {
            throw new BadInputException("--questionnaire-texts " + questionnaireTexts + " cannot be used",
                    read.problems());
        }
        return read.wording();
    }

    private Operations operations(ClientAddress from, BooleanSupplier databaseAnswers) {
        try {
            var operations = Operations.of(from, metricsFrom, databaseAnswers);
            return publicUrl == null ? operations : operations.reachedAt(publicUrl);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--metrics-from: " + e.getMessage());
        }
    }

    /** Links in mails and on pages start with it, so a mistake would only show when a client's link fails to open. */
    private void checkPublicUrl(boolean mailGoesOut) {
        if (publicUrl == null) {
            if (mailGoesOut && ANY_ADDRESS.contains(host)) {
                throw new ParameterException(spec.commandLine(), "--public-url: needed when mail goes out and --host is "
                        + host + ": links in mails must name an address clients can open, like https://care.example.org");
            }
            return;
        }
        URI url;
        try {
            url = new URI(publicUrl);
        } catch (URISyntaxException e) {
            url = null;
        }
        if (url == null || !("https".equals(url.getScheme()) || "http".equals(url.getScheme())) || url.getHost() == null
                || url.getUserInfo() != null || url.getQuery() != null || url.getFragment() != null) {
            throw new ParameterException(spec.commandLine(), "--public-url: '" + publicUrl + "' is not an address like"
                    + " https://care.example.org (http or https, a host, optionally a port and a path)");
        }
    }

    private ClientAddress clientAddress() {
        try {
            return new ClientAddress(Optional.ofNullable(trustedProxy));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--trusted-proxy: " + e.getMessage());
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        while (latch.getCount() > 0) {
            try {
                latch.await();
            } catch (InterruptedException e) {
                // keep serving: only the shutdown hook ends the server
            }
        }
    }
}
