package org.backcare.web.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.web.endtoend.People.at;
import static org.backcare.web.endtoend.People.button;
import static org.backcare.web.endtoend.People.exactly;
import static org.backcare.web.endtoend.People.expect;
import static org.backcare.web.endtoend.People.heading;
import static org.backcare.web.endtoend.People.link;
import static org.backcare.web.endtoend.People.row;
import static org.backcare.web.endtoend.People.signIn;

import com.microsoft.playwright.options.AriaRole;
import org.backcare.accounts.Role;
import org.backcare.accounts.Username;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The clinic's first day, in order: the admin account from the setup link, then the admin adds a therapist. */
@TestMethodOrder(OrderAnnotation.class)
class ClinicSetUpTest {
    private static final String ADMIN_PASSWORD = "dana's long admin password";

    @RegisterExtension
    static final BrowserFixture browser = BrowserFixture.onBackcare();

    @Test
    @Order(1)
    void theSetupLinkCreatesTheAdminAccountAfterPointingOutWhatToCorrect() {
        var page = browser.page();
        var setupPath = browser.server().server.setupPath().orElseThrow();
        browser.open(setupPath);
        expect(heading(page, "Set up Backcare")).isVisible();
        browser.screenshot("setup");

        page.getByLabel("Your name").fill("Dana Whitfield");
        page.getByLabel("Username").fill("dana");
        page.getByLabel("Password", exactly()).fill(ADMIN_PASSWORD);
        page.getByLabel("Password again").fill("a different password");
        button(page, "Create the admin account").click();

        expect(page.getByRole(AriaRole.ALERT)).containsText("Please correct 1 field");
        expect(link(page, "The two passwords differ.")).hasAttribute("href", "#password-again");
        expect(page.getByLabel("Password again")).hasAttribute("aria-invalid", "true");
        expect(page.getByLabel("Your name")).hasValue("Dana Whitfield");
        assertThat(browser.server().server.setupPath()).isPresent();

        page.getByLabel("Password", exactly()).fill(ADMIN_PASSWORD);
        page.getByLabel("Password again").fill(ADMIN_PASSWORD);
        button(page, "Create the admin account").click();

        expect(page).hasURL(at("/admin/accounts"));
        expect(heading(page, "Accounts")).isVisible();
        expect(row(page, "Dana Whitfield")).containsText("admin");
        expect(button(page, "Sign out")).isVisible();
        assertThat(browser.server().database.accounts().find(new Username("dana")).orElseThrow().role())
                .isEqualTo(Role.ADMIN);
    }

    @Test
    @Order(2)
    void theSetupLinkOpensNothingOnceTheAdminExists() {
        assertThat(browser.server().server.setupPath()).isEmpty();
        var response = browser.open("/setup?token=anything");

        assertThat(response.status()).isEqualTo(404);
        expect(browser.page().getByRole(AriaRole.MAIN)).containsText("This setup link is not valid");
    }

    @Test
    @Order(3)
    void theAdminAddsATherapistWithAFirstPassword() {
        var page = browser.page();
        browser.open("/login");
        browser.screenshot("login");
        signIn(browser, "dana", ADMIN_PASSWORD);
        browser.open("/admin/accounts");
        expect(heading(page, "Add an account")).isVisible();

        page.getByLabel("Name", exactly()).fill("Maria Lopez");
        page.getByLabel("Username").fill("maria");
        page.getByLabel("Role").selectOption("therapist");
        page.getByLabel("First password").fill("short");
        button(page, "Add the account").click();

        expect(page.getByRole(AriaRole.ALERT)).containsText("Choose a longer first password");
        expect(page.getByLabel("First password")).hasAttribute("aria-invalid", "true");
        expect(page.getByLabel("Username")).hasValue("maria");
        assertThat(browser.server().database.accounts().find(new Username("maria"))).isEmpty();

        page.getByLabel("First password").fill(People.THERAPIST_PASSWORD);
        button(page, "Add the account").click();

        expect(page.getByRole(AriaRole.STATUS)).containsText("Added the account maria");
        expect(row(page, "Maria Lopez")).containsText("therapist");
        browser.screenshot("admin-accounts");
    }

    @Test
    @Order(4)
    void theTherapistSignsInToTheirClientsAndIsKeptOutOfTheAdminPages() {
        var page = browser.page();
        signIn(browser, "maria", People.THERAPIST_PASSWORD);

        expect(page).hasURL(at("/clients"));
        expect(heading(page, "Clients")).isVisible();
        expect(page.getByRole(AriaRole.MAIN)).containsText("No clients in your care yet.");
        expect(link(page, "Accounts")).hasCount(0);
        expect(link(page, "Audit log")).hasCount(0);

        var refused = browser.open("/admin/accounts");
        assertThat(refused.status()).isEqualTo(403);
        expect(page.getByRole(AriaRole.MAIN)).containsText("Your account may not use this page.");
    }

    @Test
    @Order(5)
    void aWrongPasswordIsRefusedWithoutSayingWhichOfTheTwoWasWrong() {
        var page = browser.page();
        browser.open("/login");
        page.getByLabel("Username").fill("maria");
        page.getByLabel("Password").fill("not her password");
        button(page, "Sign in").click();

        expect(page.getByRole(AriaRole.ALERT)).containsText("The username or the password is wrong.");
        expect(page.getByLabel("Username")).hasValue("maria");
        expect(page.getByLabel("Password")).isEmpty();
    }

    @Test
    @Order(6)
    void afterSigningOutAPageAsksForSignInAndThenOpens() {
        var page = browser.page();
        signIn(browser, "dana", ADMIN_PASSWORD);
        browser.open("/admin/accounts");
        button(page, "Sign out").click();
        expect(page).hasURL(at("/login"));

        browser.open("/admin/audit");
        expect(page).hasURL(at("/login"));
        assertThat(page.url()).endsWith("/login?next=%2Fadmin%2Faudit");
        page.getByLabel("Username").fill("dana");
        page.getByLabel("Password").fill(ADMIN_PASSWORD);
        button(page, "Sign in").click();

        expect(page).hasURL(at("/admin/audit"));
        expect(heading(page, "Audit log")).isVisible();
    }
}
