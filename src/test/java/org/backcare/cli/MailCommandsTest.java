package org.backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clinic's details, the mail settings of serve, and the outbox's failed mails from the command line. */
class MailCommandsTest {
    @TempDir
    Path dir;

    private Cli run(String... args) {
        return new Backcare(dir.resolve("clinic.db")).run(args);
    }

    @Test
    void theClinicsDetailsAreSetAndShown() {
        var set = run("clinic", "set", "--name", "Harbour Massage", "--address", "1 Quay Street\\nBristol", "--phone",
                "+44 117 496 0000", "--self-booking", "on", "--second-reminder-hours", "2");
        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(run("clinic", "show").out()).contains("Name: Harbour Massage", "Address: 1 Quay Street, Bristol",
                "Self-booking: on", "Reminder: 24 h before, and again 2 h before");

        var bad = run("clinic", "set", "--self-booking", "maybe", "--phone", "ring us");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--self-booking: 'maybe' is not on or off", "--phone: 'ring us' is not a phone number");
        var tooLong = run("clinic", "set", "--reminder-hours", "400");
        assertThat(tooLong.err()).contains("--reminder-hours: from 1 to 336 hours before the appointment (was 400)");
        assertThat(run("clinic", "show").out()).contains("Self-booking: on", "Reminder: 24 h before");
    }

    @Test
    void badMailSettingsAreRefusedByOptionBeforeTheServerStarts() throws Exception {
        var bad = run("serve", "--port", "0", "--smtp-host", "smtp.example.org", "--smtp-tls", "none",
                "--mail-from", "desk-at-clinic");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--smtp-tls: none is only for a relay on this machine",
                "--mail-from: 'desk-at-clinic' is not an email address");

        var settings = dir.resolve("mail.properties");
        Files.writeString(settings, "smtp-host=smtp.example.org\nsmtp-pasword=secret\n");
        var unknown = run("serve", "--port", "0", "--mail-settings", settings.toString());
        assertThat(unknown.err()).contains("--mail-settings: " + settings + ": unknown key smtp-pasword");
        var noPort = run("serve", "--port", "0", "--smtp-host", "smtp.example.org", "--smtp-port", "70000",
                "--mail-from", "desk@clinic.example", "--smtp-password-file", dir.resolve("missing").toString());
        assertThat(noPort.err()).contains("--smtp-port: from 1 to 65535 (was 70000)", "--smtp-password-file: cannot read");
        assertThat(bad.err() + unknown.err() + noPort.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void withNoFailedMailTheOutboxSaysSoAndAnUnknownRetryIsAClearMessage() {
        assertThat(run("mail", "failed").out()).contains("No failed mail");
        var retry = run("mail", "retry", "42");
        assertThat(retry.exitCode()).isEqualTo(2);
        assertThat(retry.err()).contains("ID: no failed mail 42");
    }
}
