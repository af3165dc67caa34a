package org.backcare.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.backcare.accounts.Account;
import org.backcare.accounts.Role;
import org.backcare.accounts.Username;
import org.backcare.clients.ClientId;
import org.backcare.clients.ClientRecord;
import org.backcare.clients.Contact;
import org.backcare.clients.IntakeVersion;
import org.backcare.files.IntakeFile;
import org.backcare.files.KnowledgeFiles;
import org.backcare.smtp.MailSettings;
import org.backcare.smtp.MailWorker;
import org.backcare.smtp.Postman;
import org.backcare.web.RunningServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A client's invitation and a password reset, from the mail GreenMail received to signing in. */
class PasswordLinkPagesTest {
    static final Pattern LINK = Pattern.compile("http://\\S+/password\\?token=([A-Za-z0-9_-]+)");
    static final String PASSWORD = "my own long password";

    RunningServer running;
    GreenMail smtp;
    MailWorker worker;

    @BeforeEach
    void clinic() throws Exception {
        running = new RunningServer();
        running.setUpAdmin();
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        var db = running.database;
        var vocabulary = KnowledgeFiles.bundled().vocabulary();
        var intake = IntakeFile.parse(Files.readString(Path.of("examples/chronic-low-back.yaml")),
                vocabulary).intake();
        var asha = new ClientId("asha-rao");
        db.clientBook(vocabulary).add(new ClientRecord(asha, "Asha Rao", LocalDate.now()),
                new IntakeVersion(1, LocalDate.now(), intake), Contact.of(Optional.of("asha@example.org"), Optional.empty()));
        db.accounts().add(Account.client(new Username("asha"), "Asha Rao", asha), Passwords.hash("nobody knows this one"));
        var settings = MailSettings.of("127.0.0.1", smtp.getSmtp().getPort(), "none", Optional.empty(), Optional.empty(),
                "desk@harbour.example");
        worker = new MailWorker(db.jobQueue(), db.outbox(), db.clinic(), new Postman(settings),
                new MailLinks(db.oneTimeLinks(), running.uri("").toString(), Clock.systemUTC()), "test", Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        smtp.stop();
        running.close();
    }

    private String linkInLastMail() {
        var mails = smtp.getReceivedMessages();
        var body = GreenMailUtil.getBody(mails[mails.length - 1]).replace("=\r\n", "");
        var link = LINK.matcher(body);
        assertThat(link.find()).as(body).isTrue();
        return link.group(1);
    }

    @Test
    void anInvitedClientChoosesTheirPasswordOnceAndSignsInWithIt() {
        running.database.outbox().queue("invitation", new Username("asha"), Instant.now());
        assertThat(worker.sendDue()).isEqualTo(1);
        var token = linkInLastMail();

        var page = running.anonymous().page("/password?token=" + token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Hello Asha.").doesNotContain("Rao");
        var mismatch = running.anonymous().postForm("/password", Map.of("token", token, "password", PASSWORD,
                "password-again", "something else entirely"));
        assertThat(mismatch.statusCode()).isEqualTo(422);
        assertThat(mismatch.body()).contains("The two passwords differ.");
        var chosen = running.anonymous().postForm("/password", Map.of("token", token, "password", PASSWORD,
                "password-again", PASSWORD));
        assertThat(chosen.statusCode()).isEqualTo(303);
        running.signIn("asha", PASSWORD);

        var reused = running.anonymous().page("/password?token=" + token);
        assertThat(reused.statusCode()).isEqualTo(404);
        assertThat(reused.body()).contains("used already, it has expired");
        assertThat(running.anonymous().page("/password?token=short").statusCode()).isEqualTo(404);
    }

    @Test
    void aResetIsMailedOnlyToAnAccountOnFileAndThePageSaysTheSameEitherWay() throws Exception {
        var known = running.anonymous().postForm("/password/forgot", Map.of("username", "asha"));
        var unknown = running.anonymous().postForm("/password/forgot", Map.of("username", "nobody"));
        assertThat(known.body()).contains("is on its way");
        assertThat(unknown.body()).contains("is on its way");
        assertThat(worker.sendDue()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()[0].getAllRecipients()[0].toString()).isEqualTo("asha@example.org");

        var token = linkInLastMail();
        assertThat(running.anonymous().postForm("/password", Map.of("token", token, "password", PASSWORD,
                "password-again", PASSWORD)).statusCode()).isEqualTo(303);
        running.signIn("asha", PASSWORD);
    }

    @Test
    void aStaffMemberWithAnAddressOnFileGetsTheResetMailToo() throws Exception {
        var admin = running.signIn("dana", RunningServer.ADMIN_PASSWORD);
        var refused = admin.postForm("/admin/accounts", Map.of("name", "Mira Shah", "username", "mira",
                "role", "therapist", "password", "a first password here", "email", "mira at clinic"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("needs one @ between a name and a domain");
        assertThat(admin.postForm("/admin/accounts", Map.of("name", "Mira Shah", "username", "mira",
                "role", "therapist", "password", "a first password here", "email", "mira@harbour.example"))
                .statusCode()).isEqualTo(303);
        assertThat(admin.page("/admin/accounts").body()).contains("value=\"mira@harbour.example\"");
        assertThat(admin.postForm("/admin/accounts/asha/email", Map.of("email", "asha@example.org")).statusCode())
                .isEqualTo(422);

        running.anonymous().postForm("/password/forgot", Map.of("username", "mira"));
        assertThat(worker.sendDue()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()[0].getAllRecipients()[0].toString()).isEqualTo("mira@harbour.example");
        var token = linkInLastMail();
        assertThat(running.anonymous().postForm("/password", Map.of("token", token, "password", PASSWORD,
                "password-again", PASSWORD)).statusCode()).isEqualTo(303);
        running.signIn("mira", PASSWORD);

        assertThat(admin.postForm("/admin/accounts/mira/email", Map.of("email", "")).statusCode()).isEqualTo(303);
        running.anonymous().postForm("/password/forgot", Map.of("username", "mira"));
        assertThat(worker.sendDue()).as("no address, no mail").isZero();
    }

    @Test
    void theAdminMailsATherapistTheirFirstPasswordLinkAndTheMailSpeaksToStaff() throws Exception {
        var admin = running.signIn("dana", RunningServer.ADMIN_PASSWORD);
        running.database.accounts().add(Account.staff(new Username("mei"), "Mei Lin", Role.THERAPIST),
                Passwords.hash(Passwords.unknowable()));
        var noAddress = admin.postForm("/admin/accounts/mei/invite", Map.of());
        assertThat(noAddress.statusCode()).isEqualTo(422);
        assertThat(noAddress.body()).contains("mei: Save mei's email address first, then mail the link.")
                .doesNotContain("href=\"#account\"");
        assertThat(admin.postForm("/admin/accounts/asha/invite", Map.of()).body())
                .contains("A client is invited from their own page");
        assertThat(worker.sendDue()).isZero();

        admin.postForm("/admin/accounts/mei/email", Map.of("email", "mei@harbour.example"));
        assertThat(admin.page("/admin/accounts").body()).contains("Mail mei a link to choose their password");
        var invited = admin.postForm("/admin/accounts/mei/invite", Map.of());
        assertThat(invited.statusCode()).isEqualTo(303);
        assertThat(admin.page(invited.headers().firstValue("Location").orElseThrow()).body())
                .contains("Mailed mei a link to choose their password: it works once, within 72 hours.");
        assertThat(worker.sendDue()).isEqualTo(1);
        var mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("mei@harbour.example");
        assertThat(GreenMailUtil.getBody(mail).replace("=\r\n", "")).contains("Hello Mei,")
                .contains("a Backcare sign-in for your clients, your day sheet and your calendar")
                .doesNotContain("care plan");

        var token = linkInLastMail();
        assertThat(running.anonymous().postForm("/password", Map.of("token", token, "password", PASSWORD,
                "password-again", PASSWORD)).statusCode()).isEqualTo(303);
        assertThat(running.signIn("mei", PASSWORD).get("/api/session").statusCode()).isEqualTo(200);
    }
}
