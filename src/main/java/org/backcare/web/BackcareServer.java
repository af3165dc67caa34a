package org.backcare.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import io.javalin.util.JavalinBindException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.backcare.accounts.Accounts;
import org.backcare.booking.AppointmentDesk;
import org.backcare.booking.ClinicClock;
import org.backcare.clients.ClientBook;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.mail.ClientReach;
import org.backcare.mail.ClinicProfile;
import org.backcare.measures.QuestionnaireWording;
import org.backcare.progress.ProgressOverview;
import org.backcare.screening.Screening;
import org.backcare.web.access.Access;
import org.backcare.web.access.AccessControl;
import org.backcare.web.access.PasswordLinkPages;
import org.backcare.web.access.SignInRecords;
import org.backcare.web.access.Visit;
import org.backcare.web.admin.AccountPages;
import org.backcare.web.admin.AuditPages;
import org.backcare.web.admin.ClinicPages;
import org.backcare.web.admin.PasswordChangePages;
import org.backcare.web.booking.BookingRoutes;
import org.backcare.web.booking.SchedulePages;
import org.backcare.web.booking.WeekPlanRoutes;
import org.backcare.web.booking.WeekPlanning;
import org.backcare.web.calendar.CalendarFeedPages;
import org.backcare.web.clients.ClientPages;
import org.backcare.web.intakes.IntakeDraftFlags;
import org.backcare.web.intakes.IntakeRoutes;
import org.backcare.web.plans.MyAppointments;
import org.backcare.web.plans.Plans;
import org.backcare.web.progress.ProgressPages;
import org.backcare.web.progress.ProgressViews;
import org.backcare.web.sessions.SessionPages;
import org.eclipse.jetty.server.handler.GracefulHandler;

/** Backcare over HTTP: every route, the error format and the request log, wired here in plain sight. */
public final class BackcareServer {
    /** How long a stop waits for requests in flight to finish. */
    static final Duration GRACE = Duration.ofSeconds(10);

    private final Javalin app;

    private final KnowledgeBase knowledge;
    private final ClientBook clients;
    private final Accounts accounts;
    private final AccessControl access;
    private final Clock clock;
    private final Operations operations;
    private final ServerMetrics metrics;
    private final AppointmentDesk desk;
    private final Optional<ClientReach> reach;
    private final SignInRecords signIns;
    private final WeekPlanning planning;
    private final QuestionnaireWording wording;

    /**
     * Calendar feeds and the mail outbox (invitations, password resets) come with a {@code reach}; the questionnaire
     * wording is what the clinic supplies ({@code serve --questionnaire-texts}) or the bundled free texts.
     */
    public BackcareServer(KnowledgeBase knowledge, ClientBook clients, Accounts accounts, AppointmentDesk desk,
            SignInRecords signIns, Operations operations, Clock clock, Optional<ClientReach> reach, WeekPlanning planning,
            QuestionnaireWording wording) {
        this.wording = wording;
        this.desk = desk;
        this.planning = planning;
        this.reach = reach;
        this.signIns = signIns;
        this.knowledge = knowledge;
        this.clients = clients;
        this.accounts = accounts;
        this.clock = ClinicClock.of(desk, clock);
        this.access = new AccessControl(accounts, desk, signIns, operations.clientAddress(), this.clock);
        this.operations = operations;
        this.metrics = new ServerMetrics(operations.metricsFrom());
        reach.ifPresent(r -> metrics.watch(r.outbox(), clock));
        this.app = Javalin.create(this::configure);
    }

    private void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = PlanFromIntake.MAX_BODY_BYTES;
        config.http.prefer405over404 = true;
        // Javalin copies each answer to Jetty through a new buffer of this size; its default (Jetty's 32 KiB output
        // buffer) made that copy, not the page, the dearest part of a small answer. Jetty's own buffer is unchanged.
        config.http.responseBufferSize = 4096;
        config.jetty.modifyServer(server -> {
            server.insertHandler(new GracefulHandler());
            server.setStopTimeout(GRACE.toMillis());
            server.setErrorHandler(new JettyErrors());
        });
        RequestLog.register(config, metrics);
        config.staticFiles.add(assets -> {
            assets.hostedPath = "/assets";
            assets.directory = "/web/assets";
            assets.location = Location.CLASSPATH;
        });
        config.staticFiles.enableWebjars();
        Problems.register(config.routes, Visit::frame);
        access.register(config.routes);

        var health = new Health(knowledge, operations.databaseAnswers());
        config.routes.get("/health", health::ready, Access.ANYONE);
        config.routes.get("/health/live", health::live, Access.ANYONE);
        metrics.register(config.routes);
        config.routes.post("/api/plan", new PlanFromIntake(knowledge), Access.ANYONE);
        config.routes.get("/openapi.json", new OpenApiDocument(), Access.ANYONE);
        config.routes.head("/health", health::ready, Access.ANYONE); // for monitors; Jetty sends no body
        config.routes.head("/openapi.json", new OpenApiDocument(), Access.ANYONE);
        new AccountPages(accounts, access::signOutEverywhere, reach.map(ClientReach::outbox), clock)
                .register(config.routes);
        new PasswordChangePages(accounts).register(config.routes);
        new ClinicPages(accounts, desk, reach.map(ClientReach::clinic), knowledge, clock).register(config.routes);
        new AuditPages(clients, () -> desk.settings().zone()).register(config.routes);
        new Plans(knowledge, clients, access.caseloads(), clock).register(config.routes);
        new IntakeRoutes(knowledge, clients, accounts, access.caseloads(), signIns.links(), reach.map(ClientReach::outbox),
                operations.site(), clock).register(config.routes);
        // after the intake pages: routes match in the order added, and /clients/{id} would take /clients/new
        var progressViews = new ProgressViews(clients, new ProgressOverview(knowledge));
        new ClientPages(knowledge, clients, accounts, desk, progressViews, access.caseloads(),
                reach.map(ClientReach::outbox), clock).register(config.routes);
        new SessionPages(knowledge, clients, desk, access.caseloads(), clock).register(config.routes);
        new ProgressPages(progressViews, clients, desk, access.caseloads(), clock, wording).register(config.routes);
        new BookingRoutes(knowledge, clients, accounts, desk, access.caseloads(), clock).register(config.routes);
        var draftFlags = new IntakeDraftFlags(clients, new Screening(knowledge));
        new SchedulePages(desk, clients, progressViews, draftFlags::stopsMassage, clock).register(config.routes);
        new WeekPlanRoutes(planning, desk, clients).register(config.routes);
        Supplier<ClinicProfile> clinic = () -> reach.map(r -> r.clinic().profile()).orElse(ClinicProfile.UNNAMED);
        new MyAppointments(knowledge, clients, accounts, desk, clinic, clock).register(config.routes);
        reach.ifPresent(r -> new CalendarFeedPages(r.feeds(), operations.site(), clock).register(config.routes));
        reach.ifPresent(r -> new PasswordLinkPages(accounts, signIns.links(), r.outbox(), clock)
                .register(config.routes));
    }

    /** Listens on this address; port 0 takes any free port ({@link #port()} tells which). */
    public BackcareServer start(String host, int port) {
        try {
            app.start(host, port);
        } catch (JavalinBindException e) {
            throw new CannotListenException(host + ":" + port + ": " + e.getMessage(), e);
        }
        return this;
    }

    /** The one-time link that creates the admin account, while there is none. */
    public Optional<String> setupPath() {
        return access.setupLink().path();
    }

    /** The metrics this server keeps, for the database to report its audit batches to. */
    public ServerMetrics metrics() {
        return metrics;
    }

    public int port() {
        return app.port();
    }

    /** Stops taking requests and lets those in flight finish, for up to {@link #GRACE}. */
    public void stop() {
        app.stop();
        planning.close();
    }

    /** Every HTTP route as "METHOD /path", from Javalin's own router. */
    List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(route -> route.endpoint.method.name() + " " + route.endpoint.path)
                .toList();
    }
}
