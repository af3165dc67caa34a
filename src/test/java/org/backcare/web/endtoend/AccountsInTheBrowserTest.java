package org.backcare.web.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import org.backcare.web.RunningServer.Visitor;
import org.backcare.web.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Accounts in chromium: the admin clicks "Deactivate" and the account's open session ends at once; anyone changes
 * their own password with the form, giving the current one.
 */
class AccountsInTheBrowserTest {
    @RegisterExtension
    static final BrowserFixture browser = BrowserFixture.onBackcare();

    private static final String PASSWORD = "twelve chars at least";
    private static final String NEW_PASSWORD = "a brand new password";
    private static Visitor admin;

    @Test
    void theAdminDeactivatesAnAccountWithOneClickAndItsOpenSessionEnds() {
        var tom = therapist("tom");
        assertThat(tom.get("/api/session").statusCode()).isEqualTo(200);
        admin();
        signIn("dana", RunningServer.ADMIN_PASSWORD);
        var page = browser.page();

        browser.open("/admin/accounts");
        page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Deactivate tom")).click();
        page.waitForURL(url -> !url.endsWith("/admin/accounts"));
        PlaywrightAssertions.assertThat(page.locator(".notice")).containsText("Deactivated tom");
        PlaywrightAssertions.assertThat(page.locator("tr.inactive")).containsText("tom");
        browser.screenshot("accounts-deactivated");

        assertThat(tom.get("/api/session").statusCode()).isEqualTo(401);
        assertThatThrownBy(() -> browser.server().signIn("tom", PASSWORD)).hasMessageContaining("401");
    }

    @Test
    void aTherapistChangesTheirOwnPasswordGivingTheCurrentOne() {
        therapist("ann");
        signIn("ann", PASSWORD);
        var page = browser.page();

        browser.open("/account/password");
        page.locator("#current").fill("not my password");
        page.locator("#password").fill(NEW_PASSWORD);
        page.locator("#repeat").fill(NEW_PASSWORD);
        page.locator("button[type=submit].primary").click();
        PlaywrightAssertions.assertThat(page.locator("body")).containsText("This is not your current password.");
        assertThatThrownBy(() -> browser.server().signIn("ann", NEW_PASSWORD)).hasMessageContaining("401");

        page.locator("#current").fill(PASSWORD);
        page.locator("#password").fill(NEW_PASSWORD);
        page.locator("#repeat").fill(NEW_PASSWORD);
        page.locator("button[type=submit].primary").click();
        page.waitForURL("**/account/password?changed");
        PlaywrightAssertions.assertThat(page.locator("p.notice")).containsText("Your password is changed.");
        browser.screenshot("accounts-password-changed");

        assertThat(browser.server().signIn("ann", NEW_PASSWORD).get("/api/session").statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> browser.server().signIn("ann", PASSWORD)).hasMessageContaining("401");
    }

    /** The admin, set up once for the server that the tests share. */
    private static synchronized Visitor admin() {
        if (admin == null) {
            admin = browser.server().setUpAdmin();
        }
        return admin;
    }

    /** A therapist added through the admin's form, signed in over HTTP. */
    private static Visitor therapist(String username) {
        var added = admin().postForm("/admin/accounts", Map.of("name", username + " Therapist", "username", username,
                "role", "therapist", "password", PASSWORD));
        assertThat(added.statusCode()).isEqualTo(303);
        return browser.server().signIn(username, PASSWORD);
    }

    private static void signIn(String username, String password) {
        browser.open("/login");
        browser.page().locator("#username").fill(username);
        browser.page().locator("#password").fill(password);
        browser.page().locator("button[type=submit].primary").click();
        browser.page().waitForURL(url -> !url.contains("/login"));
    }
}
