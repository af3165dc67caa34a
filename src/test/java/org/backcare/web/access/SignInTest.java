package org.backcare.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Files;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backcare.accounts.Account;
import org.backcare.accounts.Role;
import org.backcare.accounts.Username;
import org.backcare.storage.Database;
import org.backcare.web.RunningServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The first-run setup link, signing in, the session cookie, CSRF and the security headers, over real HTTP. */
class SignInTest {
    private RunningServer running;

    @BeforeEach
    void start() {
        running = new RunningServer();
    }

    @AfterEach
    void stop() {
        running.close();
    }

    @Test
    void theSetupLinkCreatesTheAdminOnceAndThenStopsWorking() {
        var path = running.server.setupPath().orElseThrow();
        assertThat(running.anonymous().page(path).body()).contains("Create the admin account");
        running.setUpAdmin();
        assertThat(running.server.setupPath()).isEmpty();
        assertThat(running.anonymous().page(path).statusCode()).isEqualTo(404);
        var again = running.anonymous().postForm("/setup", Map.of("token", path.substring(path.indexOf('=') + 1),
                "name", "Mallory", "username", "mallory", "password", "a long enough password", "password-again",
                "a long enough password"));
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(running.database.accounts().find(new Username("mallory"))).isEmpty();
    }

    @Test
    void aClinicWhoseTherapistsWereAddedBeforeTheSetUpGetsItsAdminThroughTheLink() throws Exception {
        var location = Files.createTempDirectory("clinic").resolve("backcare.db").toString();
        try (var db = Database.open(location)) {
            db.accounts().add(Account.staff(new Username("mei"), "Mei Lin", Role.THERAPIST), Passwords.hash("a long therapist password"));
        }
        try (var clinic = new RunningServer(location)) {
            var path = clinic.server.setupPath().orElseThrow();
            var token = path.substring(path.indexOf('=') + 1);
            var clash = clinic.anonymous().postForm("/setup", Map.of("token", token, "name", "Mei Admin",
                    "username", "mei", "password", "a long enough password", "password-again", "a long enough password"));
            assertThat(clash.statusCode()).isEqualTo(422);
            assertThat(clash.body()).contains("A therapist added before the set-up signs in as mei")
                    .contains("value=\"Mei Admin\"");
            assertThat(clinic.database.accounts().find(new Username("mei")).orElseThrow().role()).isEqualTo(Role.THERAPIST);

            var admin = clinic.setUpAdmin(); // the same link: the clash did not use it up
            assertThat(clinic.server.setupPath()).isEmpty();
            assertThat(admin.page("/admin/accounts").body()).contains("Mei Lin");
        }
    }

    @Test
    void aWrongSetupTokenOpensNothing() {
        assertThat(running.anonymous().page("/setup?token=guess").statusCode()).isEqualTo(404);
        assertThat(running.anonymous().page("/setup").statusCode()).isEqualTo(404);
    }

    @Test
    void setupRefusesAShortPasswordAndKeepsWhatWasTyped() {
        var path = running.server.setupPath().orElseThrow();
        var answer = running.anonymous().postForm("/setup", Map.of("token", path.substring(path.indexOf('=') + 1),
                "name", "Dana Admin", "username", "dana", "password", "short", "password-again", "short"));
        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("at least 12 characters").contains("value=\"Dana Admin\"");
        assertThat(running.server.setupPath()).isPresent();
    }

    @Test
    void passwordsAreKeptAsArgon2idHashesOnly() {
        running.setUpAdmin();
        var hash = running.database.accounts().passwordHash(new Username("dana")).orElseThrow();
        assertThat(hash).startsWith("$argon2id$").doesNotContain(RunningServer.ADMIN_PASSWORD);
    }

    @Test
    void aPageAskedForBeforeSigningInLeadsToTheSignInFormAndBack() {
        var answer = running.anonymous().page("/admin/accounts");
        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue("/login?next=%2Fadmin%2Faccounts");
        assertThat(running.anonymous().get("/api/audit").statusCode()).isEqualTo(401);
    }

    @Test
    void signingInWithTheFormSetsAStrictHttpOnlyCookieAndGoesWhereThePersonWasHeading() {
        running.setUpAdmin();
        var answer = running.anonymous().postForm("/login", Map.of("username", "dana",
                "password", RunningServer.ADMIN_PASSWORD, "next", "/admin/audit"));
        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue("/admin/audit");
        var cookie = answer.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith(Gate.COOKIE + "=").contains("HttpOnly").contains("SameSite=Strict")
                .contains("Path=/").doesNotContain("Secure");
    }

    @Test
    void behindATlsProxyTheCookieIsSecure() {
        running.setUpAdmin();
        var answer = running.anonymous().send(running.anonymous().request("/api/session")
                .header("Content-Type", "application/json").header("X-Forwarded-Proto", "https")
                .POST(BodyPublishers.ofString(RunningServer.json(Map.of("username", "dana",
                        "password", RunningServer.ADMIN_PASSWORD)))).build());
        assertThat(answer.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure");
    }

    @Test
    void aLinkCannotSendSomeoneToAnotherSiteAfterSigningIn() {
        running.setUpAdmin();
        for (var next : new String[] {"//evil.example/", "https://evil.example/", "/\\evil.example"}) {
            var answer = running.anonymous().postForm("/login", Map.of("username", "dana",
                    "password", RunningServer.ADMIN_PASSWORD, "next", next));
            assertThat(answer.headers().firstValue("Location")).as(next).hasValue("/clients");
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
        running.setUpAdmin();
        var wrongPassword = running.anonymous().postForm("/login", Map.of("username", "dana", "password", "nope nope nope"));
        var noSuchUser = running.anonymous().postForm("/login", Map.of("username", "zed", "password", "nope nope nope"));
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(noSuchUser.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.body()).contains("The username or the password is wrong.");
        assertThat(noSuchUser.body()).contains("The username or the password is wrong.");
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordWaits() {
        running.setUpAdmin();
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            running.anonymous().postJson("/api/session", Map.of("username", "dana", "password", "guess number " + i));
        }
        var answer = running.anonymous().postJson("/api/session",
                Map.of("username", "dana", "password", RunningServer.ADMIN_PASSWORD));
        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        assertThat(RunningServer.json(answer.body()).get("detail").asText()).contains("try again in");
    }

    @Test
    void aLockedAccountNeverBlocksAnotherAccountsRightPassword() {
        var admin = running.setUpAdmin();
        admin.postForm("/admin/accounts", Map.of("name", "Tom Berg", "username", "tom", "role", "therapist",
                "password", "tom's long password"));
        for (int i = 0; i <= LoginThrottle.FREE_FAILURES; i++) {
            running.anonymous().postJson("/api/session", Map.of("username", "dana", "password", "guess number " + i));
        }
        assertThat(running.anonymous().postJson("/api/session", Map.of("username", "dana",
                "password", RunningServer.ADMIN_PASSWORD)).statusCode()).isEqualTo(429);
        assertThat(running.anonymous().postJson("/api/session", Map.of("username", "tom",
                "password", "tom's long password")).statusCode()).isEqualTo(200);
    }

    @Test
    void theAddressAProxyNamesIsBelievedOnlyFromTheTrustedProxy() {
        try (var behindProxy = new RunningServer(running.location, new ClientAddress(Optional.of("127.0.0.1")));
                var notTrusted = new RunningServer(running.location, new ClientAddress(Optional.of("10.9.9.9")))) {
            for (var server : List.of(behindProxy, notTrusted)) {
                var answer = server.anonymous().send(server.anonymous().request("/api/session")
                        .header("Content-Type", "application/json").header("X-Forwarded-For", "198.51.100.1, 203.0.113.7")
                        .POST(BodyPublishers.ofString(RunningServer.json(Map.of("username", "zed", "password", "nope nope")))).build());
                assertThat(answer.statusCode()).isEqualTo(401);
            }
            var failures = running.database.failedSignIns();
            assertThat(failures.since("address:203.0.113.7", Instant.EPOCH).failures())
                    .as("the proxy's own entry, the last one, from the trusted proxy").isEqualTo(1);
            assertThat(failures.since("address:198.51.100.1", Instant.EPOCH).failures())
                    .as("what the browser wrote itself").isZero();
            assertThat(failures.since("address:127.0.0.1", Instant.EPOCH).failures())
                    .as("from a proxy not trusted: the connection's address").isEqualTo(1);
        }
    }

    @Test
    void aChangeWithoutTheFormTokenIsRefused() {
        var admin = running.setUpAdmin();
        var fields = Map.of("name", "Tom Therapist", "username", "tom", "role", "therapist",
                "password", "twelve chars at least");
        var withoutToken = new LinkedHashMap<>(fields);
        withoutToken.put("_csrf", "forged");
        assertThat(admin.postForm("/admin/accounts", withoutToken).statusCode()).isEqualTo(403);
        assertThat(running.database.accounts().find(new Username("tom"))).isEmpty();
        assertThat(admin.postForm("/admin/accounts", fields).statusCode()).isEqualTo(303);
        assertThat(running.database.accounts().find(new Username("tom"))).isPresent();
    }

    @Test
    void aChangeFromAnotherSiteIsRefused() {
        var admin = running.setUpAdmin();
        var answer = admin.send(admin.request("/api/session").header("Origin", "https://evil.example").DELETE().build());
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(admin.get("/api/session").statusCode()).isEqualTo(200);
        var fromNoSite = admin.send(admin.request("/api/session").header("Origin", "null").DELETE().build());
        assertThat(fromNoSite.statusCode()).isEqualTo(403);
        assertThat(admin.get("/api/session").statusCode()).isEqualTo(200);
        var otherScheme = running.uri("/").toString().replaceFirst("^http:", "https:").replaceFirst("/$", "");
        var fromHttps = admin.send(admin.request("/api/session").header("Origin", otherScheme).DELETE().build());
        assertThat(fromHttps.statusCode()).as("our host under another scheme is another site").isEqualTo(403);
        assertThat(admin.get("/api/session").statusCode()).isEqualTo(200);
        var ours = running.uri("/").toString().replaceFirst("/$", "");
        assertThat(admin.send(admin.request("/api/session").header("Origin", ours).DELETE().build()).statusCode())
                .isEqualTo(204);
    }

    @Test
    void ourOwnPagesNameTheirOriginInFormPostsAndEveryoneGetsTheStylesheetAndScripts() {
        var page = running.anonymous().page("/login");
        assertThat(page.headers().firstValue("Referrer-Policy")).as("no-referrer makes browsers send Origin: null")
                .hasValue("same-origin");
        for (var asset : new String[] {"/assets/backcare.css", "/assets/backcare.js",
                "/webjars/htmx.org/2.0.10/dist/htmx.min.js"}) {
            assertThat(running.anonymous().page(asset).statusCode()).as(asset).isEqualTo(200);
        }
    }

    @Test
    void signingOutEndsTheSession() {
        var admin = running.setUpAdmin();
        assertThat(admin.send(admin.request("/api/session").DELETE().build()).statusCode()).isEqualTo(204);
        assertThat(admin.get("/api/session").statusCode()).isEqualTo(401);
    }

    @Test
    void everyAnswerForbidsFramingInlineScriptsAndCaching() {
        var page = running.anonymous().page("/login");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'").contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.body()).doesNotContain("<script>").doesNotContain("style=\"");
    }

    @Test
    void staffAndClientsStayInTheirLanes() {
        var admin = running.setUpAdmin();
        admin.postForm("/admin/accounts", Map.of("name", "Tom Therapist", "username", "tom", "role", "therapist",
                "password", "twelve chars at least"));
        var tom = running.signIn("tom", "twelve chars at least");
        assertThat(tom.page("/admin/accounts").statusCode()).isEqualTo(403);
        assertThat(tom.get("/api/audit").statusCode()).isEqualTo(403);
        assertThat(admin.get("/api/audit").statusCode()).isEqualTo(200);
    }
}
