package org.backcare.web.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.backcare.accounts.Account;
import org.backcare.accounts.Role;
import org.backcare.accounts.Username;
import org.backcare.booking.Appointment;
import org.backcare.booking.ClinicSettings;
import org.backcare.booking.Equipment;
import org.backcare.booking.Room;
import org.backcare.booking.WeeklyHours;
import org.backcare.clients.ClientId;
import org.backcare.clients.ClientRecord;
import org.backcare.clients.IntakeVersion;
import org.backcare.files.IntakeFile;
import org.backcare.files.KnowledgeFiles;
import org.backcare.mail.CalendarFeeds;
import org.backcare.storage.SqlAppointments;
import org.backcare.web.RunningServer;
import org.backcare.web.access.Passwords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A therapist's private feed, read back with ical4j: a move raises SEQUENCE, a cancellation stays as CANCELLED. */
class CalendarFeedTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Username MIRA = new Username("mira");
    static final String PASSWORD = "a long therapist password";
    static final Pattern ADDRESS = Pattern.compile("value=\"(http://[^\"]+/calendar/([A-Za-z0-9_-]{43})\\.ics)\"");

    RunningServer running;
    SqlAppointments desk;

    @BeforeEach
    void clinic() throws Exception {
        running = new RunningServer();
        running.setUpAdmin();
        var db = running.database;
        db.accounts().add(Account.staff(MIRA, "Mira Shah", Role.THERAPIST), Passwords.hash(PASSWORD));
        var vocabulary = KnowledgeFiles.bundled().vocabulary();
        var intake = IntakeFile.parse(Files.readString(Path.of("examples/chronic-low-back.yaml")),
                vocabulary).intake();
        db.clientBook(vocabulary).add(new ClientRecord(new ClientId("asha-rao"), "Asha Rao", LocalDate.now()),
                new IntakeVersion(1, LocalDate.now(), intake));
        desk = db.appointments(Equipment.neededBy(KnowledgeFiles.bundled()));
        desk.settings(new ClinicSettings(LONDON, Duration.ofMinutes(10), Duration.ofHours(24)));
        desk.hours(MIRA, WeeklyHours.parse("mon-sun 08:00-20:00"));
        desk.addRoom(new Room("Blue", Set.of()));
    }

    @AfterEach
    void stop() {
        running.close();
    }

    Appointment book(LocalDate day, int hour) {
        return desk.book(List.of(Appointment.booked(new ClientId("asha-rao"), MIRA, Optional.of("Blue"), day.atTime(hour, 0),
                60, Optional.empty(), List.of("swedish"), List.of("avoid lower-back"))), "desk", Instant.now()).get(0);
    }

    @Test
    void aTherapistsFeedRoundTripsAMoveAndACancellationAndAnswers304WhileUnchanged() throws Exception {
        var soon = book(LocalDate.now().plusDays(3), 10);
        var later = book(LocalDate.now().plusDays(5), 11);
        book(LocalDate.now().plusDays(200), 9); // beyond 180 days: not in the feed
        var mira = running.signIn("mira", PASSWORD);
        var page = mira.postForm("/calendar/renew", Map.of());
        assertThat(page.statusCode()).isEqualTo(200);
        var address = ADDRESS.matcher(page.body());
        assertThat(address.find()).as(page.body()).isTrue();
        var path = address.group(1).substring(address.group(1).indexOf("/calendar/"));

        var first = running.get(path);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        var calendar = parse(first.body());
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
        var events = calendar.<VEvent>getComponents("VEVENT");
        assertThat(events).extracting(e -> prop(e, "UID")).containsExactly("appointment-" + soon.id() + "@backcare",
                "appointment-" + later.id() + "@backcare");
        assertThat(events).extracting(e -> prop(e, "SUMMARY")).containsOnly("Asha R.");
        assertThat(first.body()).doesNotContain("Rao", "swedish", "lower-back", "avoid");
        var tag = first.headers().firstValue("ETag").orElseThrow();
        var again = running.send(HttpRequest.newBuilder(running.uri(path)).header("If-None-Match", tag).build());
        assertThat(again.statusCode()).isEqualTo(304);

        desk.move(soon.id(), LocalDate.now().plusDays(4).atTime(15, 0), "desk", Instant.now());
        desk.cancel(later.id(), "desk", "client asked", Instant.now());
        var changed = running.send(HttpRequest.newBuilder(running.uri(path)).header("If-None-Match", tag).build());
        assertThat(changed.statusCode()).isEqualTo(200);
        var moved = parse(changed.body()).<VEvent>getComponents("VEVENT");
        var byUid = moved.stream().collect(Collectors.toMap(e -> prop(e, "UID"), e -> e));
        var movedEvent = byUid.get("appointment-" + soon.id() + "@backcare");
        assertThat(prop(movedEvent, "SEQUENCE")).isEqualTo("1");
        assertThat(prop(movedEvent, "DTSTART")).endsWith("T150000");
        assertThat(movedEvent.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Europe/London");
        assertThat(prop(byUid.get("appointment-" + later.id() + "@backcare"), "STATUS")).isEqualTo("CANCELLED");
    }

    @Test
    void behindATlsProxyTheAddressToCopyIsHttpsSoTheTokenNeverTravelsInTheClear() {
        var mira = running.signIn("mira", PASSWORD);
        var page = mira.send(mira.request("/calendar/renew").header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-Proto", "https")
                .POST(BodyPublishers.ofString("_csrf=" + mira.csrf)).build());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("value=\"https://" + running.uri("").getAuthority() + "/calendar/")
                .doesNotContain("http://");
    }

    @Test
    void withAPublicAddressTheAddressToCopyStartsWithItWhereverStaffReachedTheServer() {
        try (var behindTheProxy = RunningServer.reachedAt("https://care.example.org/")) {
            var admin = behindTheProxy.setUpAdmin();
            var page = admin.postForm("/calendar/renew", Map.of());
            assertThat(page.body()).containsPattern("value=\"https://care\\.example\\.org/calendar/[A-Za-z0-9_-]{43}\\.ics\"");
        }
    }

    @Test
    void aWrongOrRenewedOrRevokedAddressIsAClear404() throws Exception {
        var mira = running.signIn("mira", PASSWORD);
        var firstAddress = ADDRESS.matcher(mira.postForm("/calendar/renew", Map.of()).body());
        assertThat(firstAddress.find()).isTrue();
        var old = "/calendar/" + firstAddress.group(2) + ".ics";
        var secondAddress = ADDRESS.matcher(mira.postForm("/calendar/renew", Map.of()).body());
        assertThat(secondAddress.find()).isTrue();

        var renewed = running.get(old);
        assertThat(renewed.statusCode()).isEqualTo(404);
        assertThat(renewed.body()).contains("renewed or turned off");
        var wrongLength = running.get("/calendar/abc.ics");
        assertThat(wrongLength.statusCode()).isEqualTo(404);
        assertThat(wrongLength.body()).contains("43-character token");
        assertThat(running.get("/calendar/" + secondAddress.group(2) + ".ics").statusCode()).isEqualTo(200);

        mira.postForm("/calendar/revoke", Map.of());
        assertThat(running.get("/calendar/" + secondAddress.group(2) + ".ics").statusCode()).isEqualTo(404);
        assertThat(running.database.calendarFeeds().isOn(CalendarFeeds.Owner.of(MIRA))).isFalse();
    }

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static String prop(VEvent event, String name) {
        return event.getProperty(name).orElseThrow().getValue();
    }
}
