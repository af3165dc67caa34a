package org.backcare.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.util.JavalinBindException;
import java.time.Duration;
import java.util.List;
import org.backcare.knowledge.KnowledgeBase;
import org.eclipse.jetty.server.handler.GracefulHandler;

/** Backcare over HTTP: every route, the error format and the request log, wired here in plain sight. */
public final class BackcareServer {
    /** How long a stop waits for requests in flight to finish. */
    static final Duration GRACE = Duration.ofSeconds(10);

    private final Javalin app;

    public BackcareServer(KnowledgeBase knowledge) {
        this.app = Javalin.create(config -> configure(config, knowledge));
    }

    private static void configure(JavalinConfig config, KnowledgeBase knowledge) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = PlanFromIntake.MAX_BODY_BYTES;
        config.http.prefer405over404 = true;
        config.jetty.modifyServer(server -> {
            server.insertHandler(new GracefulHandler());
            server.setStopTimeout(GRACE.toMillis());
        });
        RequestLog.register(config);
        Problems.register(config.routes);

        config.routes.get("/health", new Health(knowledge));
        config.routes.post("/api/plan", new PlanFromIntake(knowledge));
        config.routes.get("/openapi.json", new OpenApiDocument());
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

    public int port() {
        return app.port();
    }

    /** Stops taking requests and lets those in flight finish, for up to {@link #GRACE}. */
    public void stop() {
        app.stop();
    }

    /** Every HTTP route as "METHOD /path", from Javalin's own router. */
    List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(route -> route.endpoint.method.name() + " " + route.endpoint.path)
                .toList();
    }
}
