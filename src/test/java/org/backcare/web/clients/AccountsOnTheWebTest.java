package org.backcare.web.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.backcare.web.Clinic;
import org.backcare.web.RunningServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Accounts in daily use: one's own password, the admin giving someone a new one, an admin deactivating an account,
 * one sign-in per client.
 */
class AccountsOnTheWebTest {
    private static final String NEW_PASSWORD = "a brand new password";
    private final Clinic clinic = new Clinic();

    @AfterEach
    void stop() {
        clinic.close();
    }

    @Test
    void anyoneChangesTheirOwnPasswordGivingTheCurrentOne() {
        var tom = clinic.therapist("tom");
        var wrong = tom.postForm("/account/password", Map.of("current", "not my password", "password", NEW_PASSWORD,
                "repeat", NEW_PASSWORD));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("This is not your current password.");
        var differ = tom.postForm("/account/password", Map.of("current", Clinic.PASSWORD, "password", NEW_PASSWORD,
                "repeat", NEW_PASSWORD + "!"));
        assertThat(differ.body()).contains("The two new passwords differ");

        var changed = tom.postForm("/account/password", Map.of("current", Clinic.PASSWORD, "password", NEW_PASSWORD,
                "repeat", NEW_PASSWORD));
        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(tom.page("/account/password?changed").body()).contains("Your password is changed.");
        assertThat(clinic.running.signIn("tom", NEW_PASSWORD)).isNotNull();
        assertThatThrownBy(() -> clinic.running.signIn("tom", Clinic.PASSWORD)).hasMessageContaining("401");
    }

    @Test
    void theAdminGivesSomeoneANewPasswordToHandOverAndTheSignInsMadeWithTheOldOneEnd() {
        var tom = clinic.therapist("tom");
        assertThat(tom.postForm("/admin/accounts/password", Map.of("password-for", "tom", "new-password",
                NEW_PASSWORD)).statusCode()).as("only the admin").isEqualTo(403);
        var weak = clinic.admin.postForm("/admin/accounts/password", Map.of("password-for", "tom", "new-password", "short"));
        assertThat(weak.statusCode()).isEqualTo(422);
        assertThat(weak.body()).contains("Choose a longer password").contains("<option value=\"tom\" selected");
        assertThat(clinic.admin.postForm("/admin/accounts/password", Map.of("password-for", "ghost", "new-password",
                NEW_PASSWORD)).body()).contains("Choose whose password to set from the list.");
        assertThat(clinic.admin.postForm("/admin/accounts/password", Map.of("password-for", "dana", "new-password",
                NEW_PASSWORD)).body()).contains("Change your own password from your name at the top of the page");
        assertThat(tom.get("/api/session").statusCode()).as("nothing changed yet").isEqualTo(200);

        var given = clinic.admin.postForm("/admin/accounts/password", Map.of("password-for", "tom", "new-password",
                NEW_PASSWORD));
        assertThat(given.statusCode()).isEqualTo(303);
        assertThat(clinic.admin.page(given.headers().firstValue("Location").orElseThrow()).body())
                .contains("Gave tom a new password: hand it to them in person.");
        assertThat(tom.get("/api/session").statusCode()).isEqualTo(401);
        assertThat(clinic.running.signIn("tom", NEW_PASSWORD).get("/api/session").statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> clinic.running.signIn("tom", Clinic.PASSWORD)).hasMessageContaining("401");
        assertThat(clinic.admin.get("/api/session").statusCode()).isEqualTo(200);
    }

    @Test
    void aDeactivatedAccountCannotSignInAndItsOpenSessionStopsAtOnce() {
        var tom = clinic.therapist("tom");
        assertThat(tom.get("/api/session").statusCode()).isEqualTo(200);

        var deactivated = clinic.admin.postForm("/admin/accounts/tom/active", Map.of("active", "no"));
        assertThat(deactivated.statusCode()).isEqualTo(303);
        assertThat(clinic.admin.page(deactivated.headers().firstValue("Location").orElseThrow()).body())
                .contains("Deactivated tom: they can no longer sign in");

        assertThat(tom.get("/api/session").statusCode()).isEqualTo(401);
        assertThatThrownBy(() -> clinic.running.signIn("tom", Clinic.PASSWORD)).hasMessageContaining("401");
        assertThat(clinic.admin.postForm("/admin/accounts/tom/active", Map.of("active", "yes")).statusCode()).isEqualTo(303);
        assertThat(clinic.running.signIn("tom", Clinic.PASSWORD).get("/api/session").statusCode()).isEqualTo(200);
    }

    @Test
    void anAdminCannotDeactivateThemselvesAndOthersCannotDeactivateAnyone() {
        var own = clinic.admin.postForm("/admin/accounts/dana/active", Map.of("active", "no"));
        assertThat(own.statusCode()).isEqualTo(422);
        assertThat(own.body()).contains("You cannot deactivate your own account");
        assertThat(clinic.admin.get("/api/session").statusCode()).isEqualTo(200);
        var tom = clinic.therapist("tom");
        clinic.therapist("ann");
        assertThat(tom.postForm("/admin/accounts/ann/active", Map.of("active", "no")).statusCode()).isEqualTo(403);
        assertThat(clinic.running.signIn("ann", Clinic.PASSWORD)).isNotNull();
    }

    @Test
    void aClientGetsOneSignInAndTheAdminSeesItsUsername() {
        var asha = clinic.client("Asha Rao", null);
        clinic.clientSignIn("asha", asha);

        var second = clinic.admin.postForm("/clients/asha-rao/login", Map.of("username", "asha2", "password",
                Clinic.PASSWORD));
        assertThat(second.statusCode()).isEqualTo(422);
        assertThat(second.body()).contains("This client already signs in as asha: a client has one sign-in.");
        var onTheAdminPage = clinic.admin.postForm("/admin/accounts", Map.of("name", "Asha", "username", "asha3",
                "role", "client", "client", "asha-rao", "password", Clinic.PASSWORD));
        assertThat(onTheAdminPage.statusCode()).isEqualTo(422);
        assertThat(onTheAdminPage.body()).contains("asha-rao already signs in as asha");
        assertThat(clinic.running.database.accounts().all()).hasSize(2); // dana and asha

        assertThat(clinic.admin.page("/clients/asha-rao").body()).contains("signs in as asha");
        assertThat(clinic.admin.page("/admin/accounts").body()).contains("<td>asha</td>", "href=\"/clients/asha-rao\"");
        assertThat(RunningServer.json(clinic.admin.get("/api/session").body()).get("username").asText()).isEqualTo("dana");
    }
}
