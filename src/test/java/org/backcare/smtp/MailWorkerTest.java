package org.backcare.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.intake.Region.LOWER_BACK;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.backcare.AnIntake;
import org.backcare.MovingClock;
import org.backcare.accounts.Account;
import org.backcare.accounts.Role;
import org.backcare.accounts.Username;
import org.backcare.booking.Appointment;
import org.backcare.booking.BookingRefusedException;
import org.backcare.booking.ClinicSettings;
import org.backcare.booking.Equipment;
import org.backcare.booking.Room;
import org.backcare.booking.WeeklyHours;
import org.backcare.clients.ClientId;
import org.backcare.clients.ClientRecord;
import org.backcare.clients.Contact;
import org.backcare.clients.IntakeVersion;
import org.backcare.files.KnowledgeFiles;
import org.backcare.intake.Intake;
import org.backcare.mail.ClinicProfile;
import org.backcare.storage.Database;
import org.backcare.storage.SqlAppointments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox sent to a real SMTP server in this process (GreenMail): once each, whole, and with no health data. */
class MailWorkerTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ClientId ASHA = new ClientId("asha-rao");
    static final Username MIRA = new Username("mira");
    static final Instant NOW = LocalDateTime.of(2026, 11, 30, 8, 0).atZone(LONDON).toInstant();
    static final Intake INTAKE = AnIntake.aged(42).hurting(LOWER_BACK, 7, 14, "stiffness", "side-tightness")
            .causedBy("lifting").withConditions("osteoporosis").living("desk-work").wanting("pain-relief").build();
    static final ClinicProfile CLINIC = new ClinicProfile("Harbour Massage", "1 Quay Street\nBristol BS1 4DJ",
            "+44 117 496 0000", false, Duration.ofHours(24), Optional.of(Duration.ofHours(2)));

    @TempDir
    Path folder;
    GreenMail smtp;
    Database db;
    SqlAppointments desk;
    final MovingClock clock = new MovingClock(NOW);

    String location;

    /** Where the clinic's records are: a SQLite file here, a PostgreSQL database in {@code MailWorkerOnPostgresqlTest}. */
    String newLocation() {
        return folder.resolve("backcare.db").toString();
    }

    @BeforeEach
    void openTheClinic() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        location = newLocation();
        db = Database.open(location);
        db.clinic().profile(CLINIC);
        var book = db.clientBook(KnowledgeFiles.bundled().vocabulary());
        book.add(new ClientRecord(ASHA, "Asha Rao", LocalDate.of(2026, 11, 1)), new IntakeVersion(1, LocalDate.of(2026, 11, 1), INTAKE),
                Contact.of(Optional.of("asha@example.org"), Optional.empty()));
        db.accounts().add(Account.staff(MIRA, "Mira Shah", Role.THERAPIST), "hash");
        desk = db.appointments(Equipment.neededBy(KnowledgeFiles.bundled()));
        desk.settings(new ClinicSettings(LONDON, Duration.ofMinutes(10), Duration.ofHours(24)));
        desk.hours(MIRA, WeeklyHours.parse("mon-fri 09:00-17:00"));
        desk.addRoom(new Room("Blue", Set.of()));
    }

    @AfterEach
    void close() {
        smtp.stop();
        db.close();
    }

    MailWorker worker(Database on, String name) {
        var settings = MailSettings.of("127.0.0.1", smtp.getSmtp().getPort(), "none", Optional.empty(), Optional.empty(),
                "desk@harbour.example");
        return new MailWorker(on.jobQueue(), on.outbox(), on.clinic(), new Postman(settings),
                (purpose, account) -> "http://127.0.0.1:8080/" + purpose + "?token=x", name, clock);
    }

    /** A visit for a plan session of its own (a session is booked once), numbered by its day and hour. */
    Appointment book(int day, int hour) {
        return desk.book(List.of(Appointment.booked(ASHA, MIRA, Optional.of("Blue"), LocalDate.of(2026, 12, day).atTime(hour, 0),
                60, Optional.of(day * 100 + hour), List.of("swedish", "myofascial-release"), List.of("pressure at most light",
                        "avoid lower-back: osteoporosis"))), "desk", clock.instant()).get(0);
    }

    @Test
    void aConfirmationArrivesOnceWithTextHtmlAndACalendarAndNoHealthData() throws Exception {
        var booked = book(3, 10);

        assertThat(worker(db, "one").sendDue()).isEqualTo(1);
        assertThat(worker(db, "one").sendDue()).isZero();

        var mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(1);
        var mail = mails[0];
        assertThat(mail.getFrom()[0].toString()).isEqualTo("Harbour Massage <desk@harbour.example>");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("asha@example.org");
        assertThat(mail.getSubject()).isEqualTo("Your appointment on Thursday 3 December 2026");
        var text = part(mail, "text/plain");
        assertThat(text).contains("Hello Asha,", "Date: Thursday 3 December 2026", "Time: 10:00 to 11:00 (Europe/London)",
                "Therapist: Mira", "Room: Blue", "Harbour Massage\n1 Quay Street\nBristol BS1 4DJ\nPhone: +44 117 496 0000")
                .doesNotContain("Shah", "Rao");
        assertThat(part(mail, "text/html")).contains("<p>Hello Asha,</p>", "<th align=\"left\">Therapist</th><td>Mira</td>");
        var event = event(mail);
        assertThat(prop(event, "UID")).isEqualTo("appointment-" + booked.id() + "@backcare");
        assertThat(prop(event, "SEQUENCE")).isEqualTo("0");
        assertThat(prop(event, "DTSTART")).isEqualTo("20261203T100000");
        assertThat(event.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/London");
        assertNoHealthData();
    }

    @Test
    void aMoveAndACancellationAreMailedAndTheirCalendarsUpdateTheSameEvent() throws Exception {
        var booked = book(3, 10);
        desk.move(booked.id(), LocalDate.of(2026, 12, 4).atTime(14, 0), "desk", clock.instant());
        desk.cancel(booked.id(), "desk", "client asked", clock.instant());

        assertThat(worker(db, "one").sendDue()).isEqualTo(3);

        var mails = smtp.getReceivedMessages();
        // each mail says how things stand when it is sent: the confirmation, sent after the move, gives the new day
        assertThat(mails).extracting(MimeMessage::getSubject).containsExactly("Your appointment on Friday 4 December 2026",
                "Your appointment has moved to Friday 4 December 2026", "Your appointment on Friday 4 December 2026 is cancelled");
        assertThat(part(mails[1], "text/plain")).contains("Your appointment of Thursday 3 December 2026 at 10:00 has moved.",
                "Time: 14:00 to 15:00");
        assertThat(prop(event(mails[1]), "SEQUENCE")).isEqualTo("1");
        assertThat(prop(event(mails[2]), "STATUS")).isEqualTo("CANCELLED");
        assertThat(calendar(mails[2]).getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        assertThat(prop(event(mails[2]), "UID")).isEqualTo(prop(event(mails[0]), "UID"));
        assertNoHealthData();
    }

    @Test
    void remindersGoAtTheirHourOnlyForTheTimeStillBookedAndNotAfterAnOptOut() throws Exception {
        var booked = book(3, 10);
        var worker = worker(db, "one");
        worker.sendDue(); // the confirmation
        clock.at(LocalDateTime.of(2026, 12, 2, 9, 0).atZone(LONDON).toInstant());
        assertThat(worker.sendDue()).isZero();
        clock.at(LocalDateTime.of(2026, 12, 2, 10, 0).atZone(LONDON).toInstant());
        assertThat(worker.sendDue()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()[1].getSubject())
                .isEqualTo("Reminder: your appointment on Thursday 3 December 2026 at 10:00");

        desk.move(booked.id(), LocalDate.of(2026, 12, 3).atTime(15, 0), "desk", clock.instant());
        clock.at(LocalDateTime.of(2026, 12, 3, 8, 0).atZone(LONDON).toInstant()); // the old second reminder is due
        assertThat(worker.sendDue()).isEqualTo(2); // the change, and the new time's first reminder
        assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject).containsExactly(
                "Your appointment on Thursday 3 December 2026",
                "Reminder: your appointment on Thursday 3 December 2026 at 10:00",
                "Your appointment has moved to Thursday 3 December 2026",
                "Reminder: your appointment on Thursday 3 December 2026 at 15:00");
        var book = db.clientBook(KnowledgeFiles.bundled().vocabulary());
        book.contact(ASHA, book.contact(ASHA).remindersOff(Optional.of(LocalDate.of(2026, 12, 3))));
        clock.at(LocalDateTime.of(2026, 12, 3, 13, 0).atZone(LONDON).toInstant()); // the second reminder's hour
        assertThat(worker.sendDue()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(4);
    }

    @Test
    void aRefusedBookingOrAClientWithoutAnAddressQueuesNothing() {
        book(3, 10);
        try {
            book(3, 10);
        } catch (BookingRefusedException expected) {
            // the same time twice: refused
        }
        var book = db.clientBook(KnowledgeFiles.bundled().vocabulary());
        book.contact(ASHA, Contact.NONE);
        book(4, 10);
        assertThat(worker(db, "one").sendDue()).isEqualTo(0);
        assertThat(db.jobQueue().waiting("mail")).isEqualTo(2); // the first booking's reminders: no address now, dropped when due
    }

    @Test
    void whenTheServerIsDownTheMailWaitsWithItsErrorForTheAdminAndIsSentOnceWhenRetried() throws Exception {
        book(3, 10);
        var worker = worker(db, "one");
        int port = smtp.getSmtp().getPort();
        smtp.stop();

        assertThat(worker.sendDue()).isZero();
        var failed = db.outbox().failed();
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).what()).startsWith("confirmation ");
        assertThat(failed.get(0).error()).contains("Couldn't connect to host");
        assertThat(failed.get(0).nextTry()).hasValue(clock.instant().plusSeconds(30));
        assertThat(worker.sendDue()).isZero(); // not due again yet

        smtp = new GreenMail(ServerSetupTest.SMTP.port(port));
        smtp.start();
        assertThat(db.outbox().retry(failed.get(0).id(), clock.instant())).isTrue();
        assertThat(worker.sendDue()).isEqualTo(1);
        clock.at(clock.instant().plus(Duration.ofHours(1)));
        var restarted = worker(Database.open(location), "after-restart");
        assertThat(restarted.sendDue()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(db.outbox().failed()).isEmpty();
    }

    @Test
    void twoWorkersOnTwoConnectionsSendEachMailExactlyOnce() throws Exception {
        for (int day = 1; day <= 4; day++) {
            for (int hour = 9; hour < 16; hour += 2) {
                if (day > 1) {
                    book(day, hour);
                }
            }
        }
        int booked = 12;
        var other = Database.open(location);
        var pool = Executors.newFixedThreadPool(2);
        var first = pool.submit(() -> worker(db, "server-a").sendDue());
        var second = pool.submit(() -> worker(other, "server-b").sendDue());
        int sent = first.get(60, TimeUnit.SECONDS) + second.get(60, TimeUnit.SECONDS);
        pool.shutdown();
        other.close();

        assertThat(sent).isEqualTo(booked);
        assertThat(smtp.getReceivedMessages()).hasSize(booked);
        assertThat(List.of(smtp.getReceivedMessages()).stream().map(m -> GreenMailUtil.getBody(m)).distinct()).hasSize(booked);
    }

    @Test
    void anAddressTheServerRefusesForGoodIsMarkedBouncedAndGetsNothingMore() throws Exception {
        try (var refusing = new RefusingSmtpServer()) {
            var settings = MailSettings.of("127.0.0.1", refusing.port(), "none", Optional.empty(), Optional.empty(),
                    "desk@harbour.example");
            var worker = new MailWorker(db.jobQueue(), db.outbox(), db.clinic(), new Postman(settings),
                    (purpose, account) -> "http://127.0.0.1:8080/", "one", clock);
            book(3, 10);

            assertThat(worker.sendDue()).isZero();

            var book = db.clientBook(KnowledgeFiles.bundled().vocabulary());
            assertThat(book.contact(ASHA).bounced()).hasValue(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
            assertThat(book.contact(ASHA).mailable()).isEmpty();
            assertThat(db.outbox().failed()).singleElement()
                    .satisfies(f -> assertThat(f.error()).contains("marked as bounced").contains("550"));
            assertThat(refusing.recipientsRefused()).isEqualTo(1);
            book(4, 10);
            clock.at(clock.instant().plus(Duration.ofHours(2)));
            assertThat(worker(db, "two").sendDue()).as("nothing more to a bounced address").isZero();
            assertThat(smtp.getReceivedMessages()).isEmpty();
        }
    }

    /** Every word of the intake and of the appointment's health side, searched for in every mail sent. */
    private void assertNoHealthData() throws Exception {
        var words = new ArrayList<String>(List.of("pain", "screening", "refer", "urgent", "caution", "red flag",
                "osteoporosis", "swedish", "myofascial", "pressure", "avoid", "lifting", "stiffness", "tightness",
                "lower-back", "lower back", "desk-work", "intake", "plan"));
        INTAKE.complaints().forEach(c -> {
            words.add(c.region().id());
            words.addAll(c.symptoms());
        });
        INTAKE.conditions().forEach(n -> words.add(n.id()));
        for (var mail : smtp.getReceivedMessages()) {
            var whole = (GreenMailUtil.getWholeMessage(mail) + part(mail, "text/plain") + part(mail, "text/html")
                    + calendarText(mail)).toLowerCase(Locale.ROOT);
            for (var word : words) {
                assertThat(whole).as("a mail contains '%s'", word).doesNotContain(word.toLowerCase(Locale.ROOT));
            }
        }
    }

    static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return ((String) part.getContent()).replace("\r\n", "\n");
        }
        if (part.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                var found = part(parts.getBodyPart(i), type);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return "";
    }

    static String calendarText(Part mail) throws Exception {
        if (mail.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                var p = parts.getBodyPart(i);
                if (p.isMimeType("text/calendar")) {
                    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        return "";
    }

    static Calendar calendar(MimeMessage mail) throws Exception {
        return new CalendarBuilder().build(new StringReader(calendarText(mail)));
    }

    static VEvent event(MimeMessage mail) throws Exception {
        return calendar(mail).<VEvent>getComponents("VEVENT").get(0);
    }

    static String prop(VEvent event, String name) {
        return event.getProperty(name).orElseThrow().getValue();
    }
}
