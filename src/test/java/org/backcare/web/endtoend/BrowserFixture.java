package org.backcare.web.endtoend;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Page.ScreenshotOptions;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.backcare.web.RunningServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Backcare server on a free loopback port and a real chromium to use it, for end-to-end tests:
 * {@code @RegisterExtension static final BrowserFixture browser = BrowserFixture.onBackcare();}
 * <p>
 * One server, Playwright and chromium per test class (chromium takes about a second to start); a fresh browser
 * context (no cookies, no storage) and page for every test. When a test fails, the page as it was is kept in
 * {@code target/screenshots/failures/}: a full-page screenshot and its HTML.
 */
final class BrowserFixture implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Path FAILURES = SCREENSHOTS.resolve("failures");

    private final Supplier<RunningServer> newServer;
    private RunningServer server;
    private Chromium chromium;
    private BrowserContext context;
    private Page page;

    /** @param newServer starts a server; the fixture stops it after the class */
    BrowserFixture(Supplier<RunningServer> newServer) {
        this.newServer = newServer;
    }

    /** The server as {@code backcare serve} runs it, with the bundled knowledge and a fresh SQLite file. */
    static BrowserFixture onBackcare() {
        return new BrowserFixture(RunningServer::new);
    }

    /** That server with the clinic open: Maria Lopez, a therapist, and Asha Rao, a desk worker, on file in her care. */
    static BrowserFixture onClinicWithAshaInMariasCare() {
        return new BrowserFixture(() -> {
            var server = new RunningServer();
            People.openClinicWithAshaInMariasCare(server);
            return server;
        });
    }

    @Override
    public void beforeAll(ExtensionContext test) {
        chromium = Chromium.start();
        server = newServer.get();
    }

    @Override
    public void beforeEach(ExtensionContext test) {
        context = chromium.newContext();
        page = context.newPage();
    }

    @Override
    public void afterEach(ExtensionContext test) {
        if (context == null) {
            return; // chromium could not open one
        }
        try {
            test.getExecutionException().ifPresent(failure -> keepFailingPage(test, failure));
        } finally {
            context.close();
            context = null;
        }
    }

    @Override
    public void afterAll(ExtensionContext test) {
        try {
            if (chromium != null) {
                chromium.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    /** The server under test, with its database and HTTP clients for setting things up. */
    RunningServer server() {
        return server;
    }

    /** This test's page, in its own fresh context. */
    Page page() {
        return page;
    }

    /** The address of a path on the server under test, e.g. {@code url("/health")}. */
    String url(String pathAndQuery) {
        return server.uri(pathAndQuery).toString();
    }

    /** Opens a path of the server in this test's page, as typing its address would. */
    Response open(String pathAndQuery) {
        return page.navigate(url(pathAndQuery));
    }

    /** Saves the whole page, not only what fits the window, to {@code target/screenshots/NAME.png}. */
    Path screenshot(String name) {
        return screenshot(SCREENSHOTS.resolve(name + ".png"));
    }

    private Path screenshot(Path file) {
        page.screenshot(new ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    private void keepFailingPage(ExtensionContext test, Throwable failure) {
        var name = test.getRequiredTestClass().getSimpleName() + "." + test.getRequiredTestMethod().getName();
        try {
            screenshot(FAILURES.resolve(name + ".png"));
            Files.writeString(FAILURES.resolve(name + ".html"), page.content());
        } catch (PlaywrightException | IOException e) {
            failure.addSuppressed(e);
        }
    }
}
