package org.backcare.smtp;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import org.backcare.mail.Letter;
import org.backcare.report.AppointmentCalendar;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;

/** Hands letters to the clinic's SMTP server through Jakarta Mail (Eclipse Angus): text, HTML and the .ics. */
public final class Postman {
    /** The server refused the recipient for good (5xx): the address is marked, and the mail is not tried again. */
    public static final class Bounced extends Exception {
        Bounced(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final MailSettings settings;
    private final Session session;

    public Postman(MailSettings settings) {
        this.settings = settings;
        this.session = Session.getInstance(properties(settings));
    }

    private static Properties properties(MailSettings settings) {
        var protocol = settings.tls() == MailSettings.Tls.SMTPS ? "smtps" : "smtp";
        var p = new Properties();
        p.put("mail.transport.protocol", protocol);
        p.put("mail." + protocol + ".host", settings.host());
        p.put("mail." + protocol + ".port", String.valueOf(settings.port()));
        p.put("mail." + protocol + ".auth", String.valueOf(settings.user().isPresent()));
        p.put("mail." + protocol + ".connectiontimeout", "10000");
        p.put("mail." + protocol + ".timeout", "20000");
        p.put("mail." + protocol + ".writetimeout", "20000");
        if (settings.tls() == MailSettings.Tls.STARTTLS) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (settings.tls() != MailSettings.Tls.NONE) {
            p.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        return p;
    }

    /** Sends it, signed by the clinic's name; fails with the server's answer, or {@link Bounced} for a refused address. */
    public void send(Letter letter, String clinicName, Instant now) throws MessagingException, Bounced {
        var message = message(letter, clinicName, now);
        try (var transport = session.getTransport()) {
            transport.connect(settings.host(), settings.port(), settings.user().orElse(null),
                    settings.password().orElse(null));
            transport.sendMessage(message, message.getAllRecipients());
        } catch (SendFailedException e) {
            if (permanent(e)) {
                throw new Bounced(e.getMessage(), e);
            }
            throw e;
        }
    }

    private static boolean permanent(SendFailedException e) {
        for (Exception next = e; next != null; next = next instanceof MessagingException m ? m.getNextException() : null) {
            if (next instanceof SMTPAddressFailedException failed && failed.getReturnCode() >= 500) {
                return true;
            }
        }
        return false;
    }

    MimeMessage message(Letter letter, String clinicName, Instant now) throws MessagingException {
        var message = new MimeMessage(session);
        try {
            message.setFrom(new InternetAddress(settings.from(), clinicName.isEmpty() ? null : clinicName, "UTF-8"));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always there", e);
        }
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(letter.to(), true));
        message.setSubject(letter.subject(), "UTF-8");
        message.setSentDate(Date.from(now));
        var words = new MimeMultipart("alternative");
        words.addBodyPart(part(letter.text(), "text/plain; charset=UTF-8"));
        words.addBodyPart(part(letter.html(), "text/html; charset=UTF-8"));
        if (letter.calendar().isEmpty()) {
            message.setContent(words);
        } else {
            var visit = letter.calendar().get();
            var method = visit.cancelled() ? "CANCEL" : "REQUEST";
            var ics = AppointmentCalendar.invitation(visit, title(visit.therapistFirstName(), clinicName),
                    new AppointmentCalendar.Parties(settings.from(), clinicName, letter.to()), now);
            var whole = new MimeMultipart("mixed");
            var body = new MimeBodyPart();
            body.setContent(words);
            whole.addBodyPart(body);
            var attachment = new MimeBodyPart();
            attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(ics.getBytes(StandardCharsets.UTF_8),
                    "text/calendar; charset=UTF-8; method=" + method)));
            attachment.setFileName("appointment.ics");
            whole.addBodyPart(attachment);
            message.setContent(whole);
        }
        message.saveChanges();
        return message;
    }

    private static String title(String therapist, String clinicName) {
        return "Appointment with " + therapist + (clinicName.isEmpty() ? "" : " at " + clinicName);
    }

    private static MimeBodyPart part(String content, String type) throws MessagingException {
        var part = new MimeBodyPart();
        part.setContent(content, type);
        return part;
    }
}
