package org.backcare.web.endtoend;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Pattern;
import org.backcare.accounts.Username;
import org.backcare.clients.ClientId;
import org.backcare.clients.ClientRecord;
import org.backcare.clients.IntakeVersion;
import org.backcare.files.IntakeFile;
import org.backcare.files.KnowledgeFiles;
import org.backcare.web.RunningServer;

/**
 * What people do in Backcare's pages, as they would with a mouse and a keyboard, found by what the page says
 * (labels, roles, names): a control a person cannot find by its label cannot be found here either.
 */
final class People {
    static final String THERAPIST_PASSWORD = "maria's long first password";

    private People() {
    }

    /** Playwright's waiting assertions, named as in its JavaScript tests. */
    static LocatorAssertions expect(Locator locator) {
        return PlaywrightAssertions.assertThat(locator);
    }

    static PageAssertions expect(Page page) {
        return PlaywrightAssertions.assertThat(page);
    }

    /** Any address on this server with this path, with or without a query (written for JavaScript's RegExp). */
    static Pattern at(String path) {
        return Pattern.compile("^http://[^/]+" + path.replaceAll("[.*+?^${}()|\\[\\]\\\\/]", "\\\\$0") + "(\\?.*)?$");
    }

    static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    static Page.GetByLabelOptions exactly() {
        return new Page.GetByLabelOptions().setExact(true);
    }

    static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, named(name));
    }

    static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, named(name));
    }

    static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, named(name));
    }

    /** The table row that mentions this text. */
    static Locator row(Page page, String text) {
        return page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(text));
    }

    /** On the intake form, a region's symptoms, how long and cause: the details its summary names. */
    static Locator region(Page page, String name) {
        return page.locator("details").filter(new Locator.FilterOptions()
                .setHas(page.getByText(name + ": symptoms, how long, cause", new Page.GetByTextOptions().setExact(true))));
    }

    /** Signs in through the sign-in form and waits until the page it leads to has opened. */
    static void signIn(BrowserFixture browser, String username, String password) {
        var page = browser.page();
        browser.open("/login");
        page.getByLabel("Username", exactly()).fill(username);
        page.getByLabel("Password", exactly()).fill(password);
        button(page, "Sign in").click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    /** The admin set up through the setup link, then signed in through the sign-in form. */
    static void signInAsAdmin(BrowserFixture browser) {
        browser.server().setUpAdmin();
        signIn(browser, "dana", RunningServer.ADMIN_PASSWORD);
    }

    /** A client put on file from an example intake, consent given today, in a therapist's care: someone else's client. */
    static ClientId putOnFile(RunningServer server, String id, String example, String therapist) {
        var client = putOnFile(server, id, example, LocalDate.now(ZoneOffset.UTC));
        server.database.accounts().assign(client, new Username(therapist));
        return client;
    }

    /** A client put on file from an example intake, consent given on that day, in no therapist's care. */
    static ClientId putOnFile(RunningServer server, String id, String example, LocalDate consent) {
        var knowledge = KnowledgeFiles.bundled();
        var intake = IntakeFile.read(Path.of("examples", example), knowledge.vocabulary()).intake();
        var client = new ClientId(id);
        server.database.clientBook(knowledge.vocabulary())
                .add(new ClientRecord(client, intake.client().name(), consent), new IntakeVersion(1, consent, intake));
        return client;
    }

    /** The admin set up and a therapist added over HTTP, for journeys that begin after that. */
    static void openClinicWithTherapist(RunningServer server, String username, String name) {
        var admin = server.setUpAdmin();
        var added = admin.postForm("/admin/accounts", Map.of("name", name, "username", username, "role", "therapist",
                "password", THERAPIST_PASSWORD));
        if (added.statusCode() != 303) {
            throw new IllegalStateException("could not add " + username + ": " + added.statusCode() + " " + added.body());
        }
    }

    /** The clinic opened with Maria Lopez, a therapist, and Asha Rao, a desk worker, on file in her care. */
    static ClientId openClinicWithAshaInMariasCare(RunningServer server) {
        openClinicWithTherapist(server, "maria", "Maria Lopez");
        return putOnFile(server, "asha-rao", "desk-worker.yaml", "maria");
    }
}
