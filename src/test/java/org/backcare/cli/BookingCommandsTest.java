package org.backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.backcare.accounts.Username;
import org.backcare.booking.Appointment;
import org.backcare.booking.Equipment;
import org.backcare.clients.ClientId;
import org.backcare.files.KnowledgeFiles;
import org.backcare.storage.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The front desk's commands: therapists, rooms, settings, booking, changing and listing appointments. */
class BookingCommandsTest {
    /** A Tuesday well ahead, so that nothing is in the past. */
    private static final String FROM = "2030-01-08";

    @TempDir
    Path dir;

    private Backcare backcare;

    @BeforeEach
    void aClinic() {
        backcare = new Backcare(dir.resolve("backcare.db"));
        backcare.ok("clinic", "set", "--zone", "Europe/London", "--turnover", "10", "--notice", "24h");
        backcare.ok("therapist", "add", "mira", "--name", "Mira Shah",
                "--hours", "mon-thu 09:00-17:00 break 12:30-13:15; fri 09:00-13:00");
        backcare.ok("client", "add", "--name", "Asha Rao", "--intake", "examples/desk-worker.yaml", "--consent");
        backcare.ok("client", "add", "--name", "Ben Cole", "--intake", "examples/newcomer.yaml", "--consent");
    }

    @Test
    void therapistsRoomsAndSettingsAreKeptAndListed() {
        backcare.ok("therapist", "hours", "mira", "--off", "2030-01-14..2030-01-18", "--extra", "2030-01-19=10:00-14:00");
        backcare.ok("room", "add", "Blue", "--equipment", "heated-table,stone-heater");

        assertThat(backcare.ok("therapist", "list").out()).contains("mira", "Mira Shah",
                "mon-thu 09:00-17:00 break 12:30-13:15; fri 09:00-13:00; off 2030-01-14..2030-01-18");
        assertThat(backcare.ok("room", "list").out()).contains("Blue", "heated-table, stone-heater");
        assertThat(backcare.ok("clinic", "show").out()).isEqualTo("The clinic books with zone Europe/London, turnover 10 min,"
                + " late-cancellation notice 24h.\nName: Your clinic\nAddress: \nPhone: \nSelf-booking: off\nReminder: 24 h before\n");
    }

    @Test
    void daysOffAreTakenBackAndARoomReequippedAndAMistakeIsRefusedNamingTheOption() {
        backcare.ok("therapist", "hours", "mira", "--off", "2030-01-14..2030-01-18", "--off", "2030-02-01");
        backcare.ok("room", "add", "Blue", "--equipment", "heated-table");

        assertThat(backcare.ok("therapist", "hours", "mira", "--take-back-off", "2030-01-14..2030-01-18").out())
                .isEqualTo("mira is no longer off 2030-01-14..2030-01-18.\n");
        assertThat(backcare.ok("room", "equip", "Blue", "--equipment", "heated-table,stone-heater").out())
                .isEqualTo("Room Blue is equipped with heated-table, stone-heater.\n");
        assertThat(backcare.ok("therapist", "list").out()).contains("; off 2030-02-01").doesNotContain("2030-01-14");
        assertThat(backcare.ok("room", "list").out()).contains("heated-table, stone-heater");

        var neverOff = backcare.run("therapist", "hours", "mira", "--take-back-off", "2030-01-15");
        var notADay = backcare.run("therapist", "hours", "mira", "--take-back-off", "soon");
        var noRoom = backcare.run("room", "equip", "Red", "--equipment", "none");
        var jacuzzi = backcare.run("room", "equip", "Blue", "--equipment", "jacuzzi");
        assertThat(neverOff.exitCode()).isEqualTo(2);
        assertThat(neverOff.err()).contains("--take-back-off: mira has no days off 2030-01-15 on file");
        assertThat(notADay.err()).contains("--take-back-off: 'soon' is not a day or days like 2026-12-24..2026-12-26");
        assertThat(noRoom.err()).contains("NAME: there is no room named Red (rooms: Blue)");
        assertThat(jacuzzi.err()).contains("--equipment: 'jacuzzi' is not equipment any technique needs; known: ");
        assertThat(backcare.run("room", "add", "blue").err()).contains("NAME: there is already a room named blue");
        assertThat(backcare.run("room", "add", "Blue?").err()).contains("NAME: 1 to 40 letters");
        assertThat(backcare.run("room", "add", "Green", "--equipment", "sauna").err())
                .contains("--equipment: 'sauna' is not equipment any technique needs; known: ");
        assertThat(backcare.ok("room", "list").out()).contains("heated-table, stone-heater");
    }

    @Test
    void badHoursZonesAndNamesAreRefusedNamingTheOption() {
        var hours = backcare.run("therapist", "hours", "mira", "--hours", "mon-thu 9-5");
        assertThat(hours.exitCode()).isEqualTo(2);
        assertThat(hours.err()).contains("--hours: '9-5' is not a time range like 09:00-17:00");
        assertThat(backcare.run("therapist", "hours", "mira", "--extra", "2030-01-19=18:00-09:00").err())
                .contains("--extra: 18:00-09:00 ends before it starts");
        assertThat(backcare.run("therapist", "hours", "mira", "--extra", "2030-01-19=ten-two").err())
                .contains("--extra: 'ten-two' is not a time range like 09:00-17:00");
        assertThat(backcare.run("clinic", "set", "--zone", "Mars/Olympus").err())
                .contains("--zone: 'Mars/Olympus' is not a time zone id");
        assertThat(backcare.run("clinic", "set", "--turnover", "500").err()).contains("--turnover: from 0 to 120 minutes");
        assertThat(backcare.ok("clinic", "set", "--notice", "90m").out()).contains("late-cancellation notice 90m.");
        backcare.ok("clinic", "set", "--notice", "24h");
        assertThat(backcare.run("therapist", "add", "mira", "--name", "Again").err()).contains("there is already an account named mira");
        assertThat(backcare.run("therapist", "hours", "nobody", "--hours", "mon 09:00-12:00").err())
                .contains("there is no account named nobody");
        assertThat(backcare.run("book", "asha-rao", "--series", "--at", "10:00", "--therapist", "mira", "--weekday", "tuesday").err())
                .contains("--weekday: 'tuesday' is not a day");
        assertThat(backcare.run("book", "asha-rao", "--date", "2030-01-08", "--at", "10:00", "--therapist", "nobody").err())
                .contains("--therapist: there is no therapist named nobody");
    }

    @Test
    void aSeriesDryRunBooksNothingAndThenTheSeriesIsBookedWithIds() {
        var dry = backcare.ok("book", "asha-rao", "--series", "--next", "3", "--from", FROM, "--at", "10:00", "--weekday", "tue",
                "--therapist", "mira", "--dry-run");
        assertThat(dry.out()).startsWith("Would book 3 of 3 plan sessions for asha-rao with mira (dry run: nothing was booked):")
                .contains("tue 2030-01-08 10:00", "session 3");
        assertThat(backcare.ok("schedule", "--week", FROM).out()).contains("none");

        var booked = backcare.ok("book", "asha-rao", "--series", "--next", "3", "--from", FROM, "--at", "10:00", "--weekday", "tue",
                "--therapist", "mira");
        assertThat(booked.out()).contains("#1  tue 2030-01-08 10:00", "#2  tue 2030-01-15 10:00", "#3  tue 2030-01-22 10:00");
    }

    @Test
    void aSessionThatCannotBePlacedIsListedWithWhy() {
        backcare.ok("therapist", "hours", "mira", "--off", "2030-01-13..2030-01-19");

        var booked = backcare.ok("book", "asha-rao", "--series", "--next", "2", "--from", FROM, "--at", "10:00", "--therapist", "mira");

        assertThat(booked.out()).contains("Booked 1 of 2", "Could not place:", "session 2 (planned 2030-01-15):",
                "mira is off on tue 2030-01-15");
    }

    @Test
    void aClashIsRefusedWithExit2NamingWhatItClashesWithAndWritingNothing() {
        backcare.ok("book", "asha-rao", "--date", FROM, "--at", "10:00", "--minutes", "60", "--therapist", "mira");

        var clash = backcare.run("book", "ben-cole", "--date", FROM, "--at", "10:30", "--therapist", "mira");
        var outside = backcare.run("book", "ben-cole", "--date", FROM, "--at", "18:00", "--therapist", "mira");
        var past = backcare.run("book", "ben-cole", "--date", "2020-01-07", "--at", "10:00", "--therapist", "mira");

        assertThat(clash.exitCode()).isEqualTo(2);
        assertThat(clash.err()).contains("therapist-busy: mira is booked 2030-01-08 10:00-11:00 (appointment 1)");
        assertThat(outside.err()).contains("outside-hours: 2030-01-08 18:00-");
        assertThat(past.err()).contains("in-the-past: 2020-01-07T10:00 is in the past");
        assertThat(backcare.ok("schedule", "--day", FROM).out()).contains("#1").doesNotContain("ben-cole");
    }

    @Test
    void aReferClientIsNotBookedAndIsToldWhatToDoInstead() {
        backcare.ok("client", "add", "--name", "Red Flag", "--intake", "examples/red-flags.yaml", "--consent");

        var refused = backcare.run("book", "red-flag", "--series", "--from", FROM, "--at", "10:00", "--therapist", "mira");

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).startsWith("backcare: screening says urgent: massage is not booked.");
        assertThat(backcare.ok("schedule", "--week", FROM).out()).contains("none");
    }

    @Test
    void appointmentsAreMovedCancelledAndMarkedAndTheScheduleJsonIsTheContract() throws Exception {
        backcare.ok("room", "add", "Blue");
        backcare.ok("book", "asha-rao", "--series", "--next", "2", "--from", FROM, "--at", "10:00", "--therapist", "mira",
                "--room", "Blue");
        backcare.ok("book", "ben-cole", "--date", "2030-01-09", "--at", "09:00", "--therapist", "mira");

        assertThat(backcare.ok("appointment", "move", "1", "--date", "2030-01-10", "--at", "14:00").out())
                .contains("thu 2030-01-10 14:00");
        assertThat(backcare.ok("appointment", "cancel", "2", "--reason", "work").out()).startsWith("cancelled: asha-rao");
        assertThat(backcare.run("appointment", "no-show", "3").err())
                .contains("appointment 3 on 2030-01-09 at 09:00 has not begun: mark a no-show once it has");
        assertThat(backcare.run("appointment", "arrived", "3").err())
                .contains("appointment 3 on 2030-01-09 at 09:00 is not today: mark it arrived on its day");
        assertThat(backcare.run("appointment", "arrived", "2").err())
                .contains("appointment 2 is cancelled and cannot be marked arrived");
        assertThat(backcare.run("appointment", "move", "99", "--date", FROM, "--at", "10:00").err())
                .contains("there is no appointment 99");

        var json = new ObjectMapper().readTree(backcare.ok("schedule", "--week", FROM, "--format", "json").out());
        assertThat(json.get("appointments")).hasSize(2);
        var first = json.get("appointments").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("id", "client", "therapist", "room", "start", "end",
                "status", "planSession", "cautions");
        assertThat(first.get("start").asText()).isEqualTo("2030-01-09T09:00");
        assertThat(first.get("status").asText()).isEqualTo("booked");
        assertThat(first.get("room").isNull()).isTrue();
        var moved = json.get("appointments").get(1);
        assertThat(moved.get("start").asText()).isEqualTo("2030-01-10T14:00");
        assertThat(moved.get("room").asText()).isEqualTo("Blue");
        assertThat(moved.get("planSession").asInt()).isEqualTo(1);
        assertThat(backcare.ok("schedule", "--week", FROM, "--therapist", "nobody", "--format", "json").out())
                .isEqualTo("{\n  \"appointments\" : [ ]\n}\n");
    }

    @Test
    void aCancellationInsideTheNoticeIsLate() {
        backcare.ok("clinic", "set", "--notice", "14d");
        backcare.ok("therapist", "hours", "mira", "--hours", "mon-sun 00:00-23:59");
        var soon = LocalDate.now(ZoneId.of("Europe/London")).plusDays(2).toString();
        backcare.ok("book", "ben-cole", "--date", soon, "--at", "10:00", "--therapist", "mira");

        assertThat(backcare.ok("appointment", "cancel", "1").out()).startsWith("cancelled (late: inside the notice period): ben-cole");
    }

    @Test
    void aSessionLoggedFromTodaysAppointmentMarksItAttendedAndANewRedFlagMarksTheRestForReview() throws Exception {
        backcare.ok("therapist", "hours", "mira", "--hours", "mon-sun 00:00-23:59");
        var zone = ZoneId.of("Europe/London");
        var today = LocalDate.now(zone);
        try (var db = Database.open(backcare.db().toString())) { // today's first visit, booked the day before
            db.appointments(Equipment.neededBy(KnowledgeFiles.bundled())).book(List.of(visit("asha-rao",
                    today.atTime(0, 30))), "desk", today.minusDays(1).atStartOfDay(zone).toInstant());
        }
        backcare.ok("book", "asha-rao", "--date", today.plusDays(8).toString(), "--at", "10:00", "--therapist", "mira");
        // Dated by the machine's clock, as session log checks it; the visit's day is the clinic's (London).
        var session = new String[] {"session", "log", "asha-rao", "--date", LocalDate.now().toString(), "--minutes", "45",
                "--pain-before", "5", "--pain-after", "3", "--pressure", "light", "--therapist", "mira"};

        var wrong = backcare.run(Stream.concat(Arrays.stream(session), Stream.of("--appointment", "99")).toArray(String[]::new));
        assertThat(wrong.err()).contains("--appointment: no appointment 99 of asha-rao still to happen");
        var ahead = backcare.run(Stream.concat(Arrays.stream(session), Stream.of("--appointment", "2")).toArray(String[]::new));
        assertThat(ahead.err()).contains("the session was not logged", "--appointment: appointment 2 on " + today.plusDays(8)
                + " at 10:00 is not today: log it on its day, or move it first");
        var logged = backcare.ok(Stream.concat(Arrays.stream(session), Stream.of("--appointment", "1", "--after-effects", "numbness"))
                .toArray(String[]::new));

        assertThat(logged.out()).contains("A new red flag: 1 appointment of asha-rao to come needs review before the visit.");
        var week = backcare.ok("schedule", "--week", today.plusDays(8).toString()).out();
        assertThat(week).contains("NEEDS REVIEW BEFORE THE VISIT");
        assertThat(backcare.ok("schedule", "--day", today.toString()).out()).contains("attended");
        assertThat(backcare.ok("progress", "asha-rao", "--as-of", today.plusDays(1).toString()).out())
                .contains("Appointments: kept 1 of 1 booked.");
    }

    @Test
    void aGapLeftByCancelledVisitsRestartsTheInitialPhaseAndProgressSaysWhy() throws Exception {
        backcare.ok("therapist", "hours", "mira", "--hours", "mon-sun 00:00-23:59");
        var today = LocalDate.now(); // the machine's day, as session log checks it
        backcare.ok("session", "log", "asha-rao", "--date", today.toString(), "--minutes", "45", "--pain-before", "5",
                "--pain-after", "3", "--pressure", "light", "--therapist", "mira");
        for (int week = 1; week <= 3; week++) {
            backcare.ok("book", "asha-rao", "--date", today.plusWeeks(week).toString(), "--at", "10:00", "--therapist", "mira");
            backcare.ok("appointment", "cancel", Integer.toString(week), "--reason", "away");
        }

        var asOf = today.plusWeeks(3).plusDays(1).toString();
        var progress = backcare.ok("progress", "asha-rao", "--as-of", asOf).out();
        var json = backcare.ok("progress", "asha-rao", "--as-of", asOf, "--format", "json").out();

        assertThat(progress).contains("Appointments: kept 0 of 0 booked, 3 cancelled with notice.")
                .contains("Decision: RESTART AFTER A LAPSE").contains("22 days since the last session");
        assertThat(new ObjectMapper().readTree(json).at("/nextSessions/0/number").asInt()).isEqualTo(1);
    }

    @Test
    void visitsOverAndNeitherLoggedNorMarkedAreListedUntilTheDeskClearsThem() throws Exception {
        backcare.ok("therapist", "hours", "mira", "--hours", "mon-sun 00:00-23:59");
        var zone = ZoneId.of("Europe/London");
        var today = LocalDate.now(zone);
        try (var db = Database.open(backcare.db().toString())) { // booked a week ago, as the desk did then
            db.appointments(Equipment.neededBy(KnowledgeFiles.bundled())).book(List.of(
                    visit("asha-rao", today.minusDays(2).atTime(10, 0)), visit("ben-cole", today.minusDays(1).atTime(10, 0))),
                    "desk", today.minusDays(7).atStartOfDay(zone).toInstant());
        }

        assertThat(backcare.ok("schedule", "unmarked").out()).contains("#1  ", "asha-rao with mira  booked", "#2  ",
                "ben-cole with mira  booked", "backcare appointment attended|no-show ID");
        var json = new ObjectMapper().readTree(backcare.ok("schedule", "unmarked", "--format", "json").out());
        assertThat(json.get("appointments")).extracting(a -> a.get("id").asLong()).containsExactly(1L, 2L);
        backcare.ok("appointment", "no-show", "2");
        assertThat(backcare.ok("schedule", "unmarked", "--therapist", "mira").out()).contains("#1  ").doesNotContain("#2  ");
        backcare.ok("appointment", "attended", "1");
        assertThat(backcare.ok("schedule", "unmarked").out()).contains("  none");
        assertThat(backcare.run("schedule", "unmarked", "--therapist", "Not A Name").exitCode()).isEqualTo(2);
        assertThat(backcare.run("schedule", "unmarked", "--format", "csv").err()).contains("--format: 'csv': use text or json");
    }

    private static Appointment visit(String client, LocalDateTime start) {
        return Appointment.booked(new ClientId(client), new Username("mira"), Optional.empty(), start, 45,
                Optional.empty(), List.of("swedish"), List.of());
    }
}
