package org.backcare.web.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.web.endtoend.People.THERAPIST_PASSWORD;
import static org.backcare.web.endtoend.People.button;
import static org.backcare.web.endtoend.People.expect;
import static org.backcare.web.endtoend.People.exactly;
import static org.backcare.web.endtoend.People.signIn;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Pattern;
import org.backcare.accounts.Username;
import org.backcare.booking.ClinicSettings;
import org.backcare.booking.Equipment;
import org.backcare.booking.WeeklyHours;
import org.backcare.files.KnowledgeFiles;
import org.backcare.mail.ClinicProfile;
import org.backcare.smtp.MailSettings;
import org.backcare.smtp.MailWorker;
import org.backcare.smtp.Postman;
import org.backcare.web.RunningServer;
import org.backcare.web.access.MailLinks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reaching a client: the admin saves their address and invites them; the client opens the link from the mail
 * GreenMail received, chooses a password, signs in on a phone-size page, books their plan's next session, and the
 * confirmation mail arrives.
 */
class ReachingClientsInTheBrowserTest {
    private static final Pattern LINK = Pattern.compile("http://\\S+/password\\?token=[A-Za-z0-9_-]+");
    private static final String PASSWORD = "asha's own long password";

    @RegisterExtension
    static final BrowserFixture browser = BrowserFixture.onBackcare();
    static GreenMail smtp;
    static MailWorker worker;

    @BeforeAll
    static void openTheClinic() {
        var server = browser.server();
        People.openClinicWithAshaInMariasCare(server);
        var db = server.database;
        var desk = db.appointments(Equipment.neededBy(KnowledgeFiles.bundled()));
        desk.settings(new ClinicSettings(ZoneId.of("Europe/London"), Duration.ofMinutes(10), Duration.ofHours(24)));
        desk.hours(new Username("maria"), WeeklyHours.parse("mon-sun 08:00-20:00"));
        db.clinic().profile(new ClinicProfile("Harbour Massage", "1 Quay Street", "+44 117 496 0000", true,
                Duration.ofHours(24), Optional.empty()));
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        var settings = MailSettings.of("127.0.0.1", smtp.getSmtp().getPort(), "none", Optional.empty(),
                Optional.empty(), "desk@harbour.example");
        worker = new MailWorker(db.jobQueue(), db.outbox(), db.clinic(), new Postman(settings),
                new MailLinks(db.oneTimeLinks(), server.uri("").toString(), Clock.systemUTC()), "browser-test",
                Clock.systemUTC());
    }

    @AfterAll
    static void stopMail() {
        smtp.stop();
    }

    @Test
    void anInvitedClientChoosesTheirPasswordAndBooksTheirNextSession() throws Exception {
        var page = browser.page();
        signIn(browser, "dana", RunningServer.ADMIN_PASSWORD);
        browser.open("/clients/asha-rao");
        page.getByLabel("Email", exactly()).fill("asha@example.org");
        button(page, "Save the contact details").click();
        expect(page.getByText("Saved the contact details.")).isVisible();
        page.getByLabel("Their username", exactly()).last().fill("asha");
        button(page, "Invite to sign in").click();
        expect(page.getByText("The invitation is queued")).isVisible();
        button(page, "Sign out").click();

        assertThat(worker.sendDue()).isEqualTo(1);
        var body = GreenMailUtil.getBody(smtp.getReceivedMessages()[0]).replace("=\r\n", "").replace("=3D", "=");
        var link = LINK.matcher(body);
        assertThat(link.find()).as(body).isTrue();

        page.setViewportSize(375, 740);
        page.navigate(link.group());
        page.getByLabel("Password", exactly()).fill(PASSWORD);
        page.getByLabel("Password again", exactly()).fill(PASSWORD);
        button(page, "Keep my password").click();
        signIn(browser, "asha", PASSWORD);
        browser.open("/me/appointments");
        expect(page.getByText("Book session 1 of your plan")).isVisible();
        browser.screenshot("self-booking-phone");
        page.locator("details[open] form[action='/me/appointments'] button").first().click();
        expect(page.getByText("Booked.")).isVisible();
        expect(button(page, "Cancel this appointment").or(page.getByText("call the clinic on")).first()).isVisible();
        assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")).intValue())
                .isLessThanOrEqualTo(0);

        var jobs = browser.server().database.outbox();
        assertThat(worker.sendDue()).as(() -> "failed: " + jobs.failed()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()[1].getSubject()).startsWith("Your appointment on");
    }
}
