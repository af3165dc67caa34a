package org.backcare.web.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.backcare.accounts.Username;
import org.backcare.smtp.MailSettings;
import org.backcare.smtp.MailWorker;
import org.backcare.smtp.Postman;
import org.backcare.web.Clinic;
import org.backcare.web.access.MailLinks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client's contact details on their page, and the "Invite to sign in" button that mails a one-time link. */
class ContactPagesTest {
    private final Clinic clinic = new Clinic();
    private GreenMail smtp;

    @BeforeEach
    void mail() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
        clinic.close();
    }

    private String version(String page) {
        var at = page.indexOf("name=\"version\" value=\"") + "name=\"version\" value=\"".length();
        return page.substring(at, page.indexOf('"', at));
    }

    private Map<String, String> contact(String version, String email, String phone, boolean noReminders) {
        return noReminders ? Map.of("version", version, "email", email, "phone", phone, "no-reminders", "yes")
                : Map.of("version", version, "email", email, "phone", phone);
    }

    @Test
    void aMalformedAddressIsShownBackWithWhatIsAllowedAndNothingIsSaved() {
        var asha = clinic.client("Asha Rao", null);
        var page = clinic.admin.page("/clients/asha-rao").body();
        var refused = clinic.admin.postForm("/clients/asha-rao/contact", contact(version(page), "asha at example",
                "12", false));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("needs one @ between a name and a domain")
                .contains("is not a phone number").contains("value=\"asha at example\"");
        assertThat(clinic.book.contact(asha).email()).isEmpty();
    }

    @Test
    void theDetailsAndTheReminderOptOutAreSavedWithTheDayItWasAsked() {
        var asha = clinic.client("Asha Rao", null);
        var page = clinic.admin.page("/clients/asha-rao").body();
        var saved = clinic.admin.postForm("/clients/asha-rao/contact", contact(version(page), " asha@example.org ",
                "+44 117 496 0001", true));
        assertThat(saved.statusCode()).isEqualTo(303);
        var onFile = clinic.book.contact(asha);
        assertThat(onFile.email()).contains("asha@example.org");
        assertThat(onFile.phone()).contains("+44 117 496 0001");
        assertThat(onFile.remindersOff()).contains(LocalDate.now());
        assertThat(clinic.admin.page("/clients/asha-rao?done=contact").body()).contains("Saved the contact details.")
                .contains("off since " + LocalDate.now()).contains("value=\"asha@example.org\"");
        assertThat(clinic.audited("dana", "change contact details", asha)).isTrue();

        var stale = clinic.admin.postForm("/clients/asha-rao/contact", contact(version(page), "", "", false));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(clinic.book.contact(asha).email()).contains("asha@example.org");
    }

    @Test
    void theInviteButtonMailsAOneTimeLinkToTheAddressOnFile() {
        var asha = clinic.client("Asha Rao", null);
        assertThat(clinic.admin.page("/clients/asha-rao").body()).doesNotContain("Invite to sign in");
        assertThat(clinic.admin.postForm("/clients/asha-rao/invite", Map.of("invite-username", "asha")).body())
                .contains("no email address that works");
        var page = clinic.admin.page("/clients/asha-rao").body();
        clinic.admin.postForm("/clients/asha-rao/contact", contact(version(page), "asha@example.org", "", false));
        assertThat(clinic.admin.page("/clients/asha-rao").body()).contains("Invite to sign in");

        var bad = clinic.admin.postForm("/clients/asha-rao/invite", Map.of("invite-username", "A"));
        assertThat(bad.statusCode()).isEqualTo(422);
        var invited = clinic.admin.postForm("/clients/asha-rao/invite", Map.of("invite-username", "asha"));
        assertThat(invited.statusCode()).isEqualTo(303);
        assertThat(clinic.running.database.accounts().signInOf(asha)).contains(new Username("asha"));
        assertThat(clinic.admin.page("/clients/asha-rao").body()).doesNotContain("Invite to sign in");

        var db = clinic.running.database;
        var settings = MailSettings.of("127.0.0.1", smtp.getSmtp().getPort(), "none", Optional.empty(),
                Optional.empty(), "desk@harbour.example");
        var worker = new MailWorker(db.jobQueue(), db.outbox(), db.clinic(), new Postman(settings),
                new MailLinks(db.oneTimeLinks(), clinic.running.uri("").toString(), Clock.systemUTC()), "test",
                Clock.systemUTC());
        assertThat(worker.sendDue()).isEqualTo(1);
        var mail = smtp.getReceivedMessages()[0];
        assertThat(GreenMailUtil.getBody(mail).replace("=\r\n", "")).contains("/password?token=");
        assertThat(clinic.audited("dana", "invite to sign in", asha)).isTrue();
    }
}
