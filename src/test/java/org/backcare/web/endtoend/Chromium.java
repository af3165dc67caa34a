package org.backcare.web.endtoend;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType.LaunchOptions;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Playwright.CreateOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Debian's chromium, headless, driven by Playwright without downloading anything: Playwright's own browsers are never
 * fetched, and the flags keep chromium off the network (no updates, sync or background requests).
 * <p>
 * Each start is a clean run: Playwright gives chromium a new, empty profile (it deletes it on close), and chromium's
 * config and cache folders (crash-report settings, dconf) go to a temporary home rather than the user's own.
 */
final class Chromium implements AutoCloseable {
    static final Path DEBIAN = Path.of("/usr/bin/chromium");
    /** Also set in Surefire's environment: Playwright reads it from either place. */
    static final Map<String, String> NO_DOWNLOADS = Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
    private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private final Path home;
    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Path home, Playwright playwright, Browser browser) {
        this.home = home;
        this.playwright = playwright;
        this.browser = browser;
    }

    static Chromium start() {
        requireInstalled(DEBIAN);
        var home = temporaryHome();
        Playwright playwright = null;
        try {
            playwright = Playwright.create(new CreateOptions().setEnv(NO_DOWNLOADS));
            return new Chromium(home, playwright, playwright.chromium().launch(new LaunchOptions()
                    .setExecutablePath(DEBIAN).setHeadless(true).setArgs(FLAGS).setEnv(environment(home))));
        } catch (RuntimeException e) {
            if (playwright != null) {
                playwright.close();
            }
            delete(home);
            throw e;
        }
    }

    static void requireInstalled(Path executable) {
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("The browser tests need Debian's chromium at " + executable
                    + ", which is not there: install it with `apt-get install -y chromium` (.ci/run does).");
        }
    }

    /** A new context: its own cookies, storage and cache, shared with no other. */
    BrowserContext newContext() {
        return browser.newContext();
    }

    /** Closes chromium, the Playwright driver and deletes the temporary home. */
    @Override
    public void close() {
        try {
            playwright.close();
        } finally {
            delete(home);
        }
    }

    private static Path temporaryHome() {
        try {
            return Files.createTempDirectory("backcare-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> environment(Path home) {
        var environment = new HashMap<>(System.getenv());
        environment.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        environment.put("XDG_CACHE_HOME", home.resolve("cache").toString());
        return environment;
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            System.err.println("could not delete " + folder + ": " + e.getMessage());
        }
    }
}
