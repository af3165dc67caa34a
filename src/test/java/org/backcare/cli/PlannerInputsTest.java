package org.backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.backcare.accounts.Username;
import org.backcare.booking.Appointment;
import org.backcare.booking.Equipment;
import org.backcare.booking.Status;
import org.backcare.clients.ClientId;
import org.backcare.files.KnowledgeFiles;
import org.backcare.scheduling.ClinicWeek;
import org.backcare.scheduling.DaysToPlan;
import org.backcare.scheduling.DueSession;
import org.backcare.scheduling.WeekProposal;
import org.backcare.scheduling.WeeklyWindow;
import org.backcare.storage.ClinicWeeks;
import org.backcare.storage.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the week planner reads from the records: skills, client times, the book, and the plans' due sessions. */
class PlannerInputsTest {
    private static final LocalDate MONDAY = LocalDate.parse("2030-01-07");

    @TempDir
    Path dir;

    private Backcare backcare;

    private ClinicWeek week() {
        return days(new DaysToPlan(MONDAY, 7), Clock.systemUTC());
    }

    private ClinicWeek days(DaysToPlan days, Clock clock) {
        try (var db = Database.open(backcare.db().toString())) {
            return new ClinicWeeks(db, KnowledgeFiles.bundled(), clock).read(days.first(), days.days());
        }
    }

    @BeforeEach
    void aClinic() {
        backcare = new Backcare(dir.resolve("backcare.db"));
        backcare.ok("clinic", "set", "--zone", "Europe/London", "--turnover", "10");
        backcare.ok("therapist", "add", "mira", "--name", "Mira Shah", "--hours", "mon-thu 09:00-17:00 break 12:30-13:15");
        backcare.ok("therapist", "hours", "mira", "--off", "2030-01-09");
        backcare.ok("room", "add", "Blue", "--equipment", "heated-table,stone-heater");
        backcare.ok("client", "add", "--name", "Asha Rao", "--intake", "examples/desk-worker.yaml", "--consent");
        backcare.ok("client", "add", "--name", "Ben Cole", "--intake", "examples/chronic-low-back.yaml", "--consent");
    }

    @Test
    void skillsHoursRoomsAndTimesComeFromTheRecords() {
        assertThat(backcare.ok("therapist", "skills", "mira", "--techniques", "swedish,hot-stone").out())
                .isEqualTo("mira is trained in hot-stone, swedish.\n");
        assertThat(backcare.ok("client", "availability", "asha-rao", "--times", "tue 09:00-12:00; thu 14:00-18:00").out())
                .isEqualTo("asha-rao can come tue 09:00-12:00; thu 14:00-18:00.\n");

        var week = week();
        var mira = week.therapists().get(0);
        assertThat(mira.skills()).containsExactlyInAnyOrder("swedish", "hot-stone");
        assertThat(mira.hours()).contains(new WeeklyWindow(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 30)))
                .noneMatch(w -> w.day() == DayOfWeek.WEDNESDAY); // the day off
        assertThat(mira.weeklyMinutes()).isEqualTo(3 * (8 * 60 - 45));
        assertThat(week.rooms()).singleElement().satisfies(r -> assertThat(r.equipment())
                .containsExactlyInAnyOrder("heated-table", "stone-heater"));
        var asha = week.due().stream().filter(d -> d.client().equals("asha-rao")).findFirst().orElseThrow();
        assertThat(asha.available()).containsExactly(new WeeklyWindow(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new WeeklyWindow(DayOfWeek.THURSDAY, LocalTime.of(14, 0), LocalTime.of(18, 0)));
        assertThat(asha.idealDate()).isEqualTo(MONDAY); // a first session: on the plan's first day
        assertThat(week.due().stream().filter(d -> d.client().equals("ben-cole")).map(DueSession::available))
                .allSatisfy(times -> assertThat(times).isEmpty());
    }

    @Test
    void aHotStoneSessionNeedsWhatTheTechniquesFileSaysAndBookedOnesStandForDueOnes() {
        var ben = week().due().stream().filter(d -> d.client().equals("ben-cole")).toList();
        assertThat(ben).isNotEmpty().first().satisfies(d -> {
            if (d.mainTechnique().equals("hot-stone")) {
                assertThat(d.equipment()).contains("stone-heater");
            }
        });
        backcare.ok("book", "ben-cole", "--date", "2030-01-08", "--at", "10:00", "--therapist", "mira");

        var week = week();
        assertThat(week.booked()).singleElement().satisfies(a -> {
            assertThat(a.client()).isEqualTo("ben-cole");
            assertThat(a.start()).isEqualTo(MONDAY.plusDays(1).atTime(10, 0));
        });
        assertThat(week.due().stream().filter(d -> d.client().equals("ben-cole")).count()).isEqualTo(ben.size() - 1L);
    }

    @Test
    void aVisitBookedBeforeTheWeekStandsForThePlansNextSessionAsIfKeptAndIsNotPlannedAgain() {
        var before = week().due().stream().filter(d -> d.client().equals("asha-rao")).toList();
        assertThat(before).first().satisfies(d -> {
            assertThat(d.planSession()).isEqualTo(1);
            assertThat(d.idealDate()).isEqualTo(MONDAY);
        });

        backcare.ok("book", "asha-rao", "--date", "2030-01-03", "--at", "10:00", "--therapist", "mira");
        var after = week().due().stream().filter(d -> d.client().equals("asha-rao")).toList();

        assertThat(after).extracting(DueSession::planSession).isNotEmpty().doesNotContain(1);
        assertThat(after.get(0).planSession()).isEqualTo(2);
        assertThat(after.get(0).idealDate()).isAfter(LocalDate.parse("2030-01-03")).isAfterOrEqualTo(MONDAY);
        backcare.ok("appointment", "cancel", "1", "--reason", "moved away");
        assertThat(week().due().stream().filter(d -> d.client().equals("asha-rao")).toList())
                .as("a cancelled visit stands for nothing").isEqualTo(before);
    }

    @Test
    void sessionsBookedAheadOfTheWeekAreNotPlannedInItAgainNorAnySessionAfterThem() {
        assertThat(week().due()).filteredOn(d -> d.client().equals("asha-rao")).first()
                .satisfies(d -> assertThat(d.planSession()).isEqualTo(1));
        backcare.ok("book", "asha-rao", "--series", "--next", "1", "--from", "2030-01-14", "--at", "10:00",
                "--therapist", "mira");

        var week = week();
        assertThat(week.due()).as("session 1 is booked on the 14th").noneMatch(d -> d.client().equals("asha-rao"))
                .anyMatch(d -> d.client().equals("ben-cole"));
        assertThat(week.bookedAfter()).as("and the week says so").singleElement().satisfies(held -> {
            assertThat(held.client()).isEqualTo("asha-rao");
            assertThat(held.planSession()).isEqualTo(1);
            assertThat(held.reason()).isEqualTo("not planned: appointment 1 on 2030-01-14 at 10:00, after this week,"
                    + " holds it: move that appointment to bring it forward");
        });
        backcare.ok("appointment", "cancel", "1", "--reason", "moved away");
        assertThat(week().due()).filteredOn(d -> d.client().equals("asha-rao")).first()
                .satisfies(d -> assertThat(d.planSession()).isEqualTo(1));
    }

    @Test
    void ofAWeekUnderWayAVisitKeptTodayAndNotLoggedYetStandsForThePlansNextSessionANoShowForNothing() {
        var tuesdayEvening = Clock.fixed(Instant.parse("2030-01-08T18:00:00Z"), ZoneOffset.UTC); // London's clock
        var tuesday = LocalDate.parse("2030-01-08");
        var rest = DaysToPlan.of(MONDAY, tuesday).orElseThrow();
        backcare.ok("book", "asha-rao", "--date", "2030-01-08", "--at", "10:00", "--therapist", "mira");
        backcare.ok("book", "ben-cole", "--date", "2030-01-08", "--at", "14:00", "--therapist", "mira");
        try (var db = Database.open(backcare.db().toString())) { // marked on tuesday evening: both have begun by then
            var desk = db.appointments(Equipment.neededBy(KnowledgeFiles.bundled()));
            desk.mark(1, Status.ATTENDED, "mira", tuesdayEvening.instant());
            desk.mark(2, Status.NO_SHOW, "mira", tuesdayEvening.instant());
        }

        var week = days(rest, tuesdayEvening);

        assertThat(week.firstDay()).isEqualTo(tuesday.plusDays(1));
        assertThat(week.due()).as("session 1 kept on tuesday, session 2 is due a week after it")
                .noneMatch(d -> d.client().equals("asha-rao"));
        assertThat(week.due()).filteredOn(d -> d.client().equals("ben-cole")).first()
                .satisfies(d -> assertThat(d.planSession()).isEqualTo(1));
        assertThat(week.therapists().get(0).hours()).as("tuesday is not planned, wednesday is mira's day off")
                .extracting(WeeklyWindow::day).containsOnly(DayOfWeek.THURSDAY);
    }

    @Test
    void aSessionPlacedForAClientWithAVisitNotMarkedSaysSoForItMayRepeatOneTheyHad() {
        backcare.ok("therapist", "hours", "mira", "--hours", "mon-sun 00:00-23:59");
        var zone = ZoneId.of("Europe/London");
        var twoDaysAgo = LocalDate.now(zone).minusDays(2);
        var placed = List.of(placed("asha-rao"), placed("ben-cole"));
        try (var db = Database.open(backcare.db().toString())) {
            var visit = db.appointments(Equipment.neededBy(KnowledgeFiles.bundled())).book(List.of(Appointment.booked(
                    new ClientId("asha-rao"), new Username("mira"), Optional.empty(), twoDaysAgo.atTime(10, 0), 45,
                    Optional.of(1), List.of("swedish"), List.of())), "desk",
                    twoDaysAgo.minusDays(7).atStartOfDay(zone).toInstant()).get(0);

            var proposal = new ClinicWeeks(db, KnowledgeFiles.bundled(), Clock.systemUTC())
                    .asBooked(new WeekProposal("0hard/0medium/0soft", true, placed, List.of()));

            assertThat(proposal.sessions().get(0).why()).containsExactly("as last time", "appointment " + visit.id()
                    + " on " + twoDaysAgo + " at 10:00 is not logged or marked: if it took place, log it and plan the"
                    + " week again, or this session repeats one the client had");
            assertThat(proposal.sessions().get(1).why()).containsExactly("as last time");
        }
    }

    private static WeekProposal.Placed placed(String client) {
        return new WeekProposal.Placed(client, "mira", null, MONDAY.atTime(10, 0), MONDAY.atTime(11, 0), 2, true, 0,
                List.of("as last time"));
    }

    @Test
    void unknownTechniquesTimesAndClientsAreRefusedNamingTheOption() {
        var skills = backcare.run("therapist", "skills", "mira", "--techniques", "swedish,reiki");
        assertThat(skills.exitCode()).isEqualTo(2);
        assertThat(skills.err()).contains("--techniques: 'reiki' is not a technique");
        var times = backcare.run("client", "availability", "asha-rao", "--times", "tue 9-12");
        assertThat(times.exitCode()).isEqualTo(2);
        assertThat(times.err()).contains("--times: '9-12' is not a time range");
        assertThat(backcare.run("client", "availability", "nobody", "--times", "tue 09:00-12:00").exitCode()).isEqualTo(2);
    }
}
