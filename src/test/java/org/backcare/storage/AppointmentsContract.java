package org.backcare.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.backcare.storage.OnFile.VOCABULARY;
import static org.backcare.storage.OnFile.client;
import static org.backcare.storage.OnFile.firstIntake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import org.backcare.accounts.Account;
import org.backcare.accounts.Role;
import org.backcare.accounts.UnknownAccountException;
import org.backcare.accounts.Username;
import org.backcare.booking.Appointment;
import org.backcare.booking.BookingRefusedException;
import org.backcare.booking.Clash;
import org.backcare.booking.ClinicSettings;
import org.backcare.booking.DaysOff;
import org.backcare.booking.Equipment;
import org.backcare.booking.ExtraDay;
import org.backcare.booking.Room;
import org.backcare.booking.Status;
import org.backcare.booking.TimeRange;
import org.backcare.booking.WeeklyHours;
import org.backcare.clients.ClientId;
import org.backcare.clients.UnknownClientException;
import org.backcare.files.KnowledgeFiles;
import org.backcare.scheduling.WeekProposal;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The appointment book on SQLite and on a real PostgreSQL server: the same tests. */
abstract class AppointmentsContract extends DatabaseContract {
    static final ClientId ASHA = new ClientId("asha-rao");
    static final ClientId BEN = new ClientId("ben-cole");
    static final Username MIRA = new Username("mira");
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final WeeklyHours USUAL = WeeklyHours.parse("mon-fri 09:00-17:00 break 12:30-13:15");
    static final Instant NOW = LocalDateTime.of(2026, 11, 30, 8, 0).atZone(LONDON).toInstant();

    SqlAppointments appointments;
    SqlClientBook book;

    @BeforeEach
    void openTheBook() {
        appointments = open(database);
    }

    SqlAppointments open(Database db) {
        return db.appointments(Equipment.neededBy(KnowledgeFiles.bundled()));
    }

    void setUpTheClinic(Database db) {
        book = db.clientBook(VOCABULARY);
        book.add(client("Asha Rao"), firstIntake());
        book.add(client("Ben Cole"), firstIntake());
        db.accounts().add(Account.staff(MIRA, "Mira Shah", Role.THERAPIST), "hash");
        var desk = open(db);
        desk.settings(new ClinicSettings(LONDON, Duration.ofMinutes(10), Duration.ofHours(24)));
        desk.hours(MIRA, USUAL);
        desk.addRoom(new Room("Blue", Set.of("heated-table", "stone-heater")));
    }

    /** A visit for the plan session numbered as its day of the month: a session is booked once. */
    static Appointment visit(ClientId client, LocalDateTime start, String room, String... techniques) {
        return session(start.getDayOfMonth(), client, start, room, techniques);
    }

    static Appointment session(int number, ClientId client, LocalDateTime start, String room, String... techniques) {
        return Appointment.booked(client, MIRA, Optional.ofNullable(room), start, 60, Optional.of(number),
                List.of(techniques), List.of("pressure at most moderate", "avoid lower-back"));
    }

    static LocalDateTime at(int day, int hour) {
        return LocalDate.of(2026, 12, day).atTime(hour, 0);
    }

    @Test
    void theSettingsAreTheMachinesZoneAndTheDefaultsUntilSet() {
        assertThat(appointments.settings()).isEqualTo(ClinicSettings.defaults(ZoneId.systemDefault()));
        var set = new ClinicSettings(ZoneId.of("Europe/Paris"), Duration.ofMinutes(15), Duration.ofHours(48));
        appointments.settings(set);
        assertThat(appointments.settings()).isEqualTo(set);
    }

    @Test
    void workingWeeksWithDaysOffAndExtraDaysAndRoomsAreKept() {
        setUpTheClinic(database);
        appointments.daysOff(MIRA, DaysOff.parse("2026-12-24..2026-12-26"));
        appointments.extraDay(MIRA, new ExtraDay(LocalDate.of(2026, 12, 5), List.of(TimeRange.parse("10:00-14:00"))));
        appointments.addRoom(new Room("Green", Set.of()));

        var week = appointments.weeks().get(MIRA);
        assertThat(week.usual()).isEqualTo(USUAL);
        assertThat(week.daysOff()).containsExactly(DaysOff.parse("2026-12-24..2026-12-26"));
        assertThat(week.hoursOn(LocalDate.of(2026, 12, 5))).containsExactly(TimeRange.parse("10:00-14:00"));
        assertThat(appointments.rooms()).containsExactly(new Room("Blue", Set.of("heated-table", "stone-heater")),
                new Room("Green", Set.of()));
        assertThatThrownBy(() -> appointments.addRoom(new Room("green", Set.of()))).hasMessage("name: there is already a room named green");
        assertThatThrownBy(() -> appointments.hours(new Username("nobody"), USUAL)).isInstanceOf(UnknownAccountException.class);
    }

    @Test
    void daysOffAreTakenBackAsGivenAndARoomsEquipmentChangesUnlessABookedVisitNeedsWhatItLoses() {
        setUpTheClinic(database);
        appointments.daysOff(MIRA, DaysOff.parse("2026-12-24..2026-12-26"));
        appointments.daysOff(MIRA, DaysOff.parse("2026-12-31"));

        appointments.takeBackDaysOff(MIRA, DaysOff.parse("2026-12-24..2026-12-26"));

        assertThat(appointments.weeks().get(MIRA).daysOff()).containsExactly(DaysOff.parse("2026-12-31"));
        assertThatThrownBy(() -> appointments.takeBackDaysOff(MIRA, DaysOff.parse("2026-12-30..2026-12-31")))
                .hasMessage("off: mira has no days off 2026-12-30..2026-12-31 on file");
        assertThat(appointments.weeks().get(MIRA).daysOff()).containsExactly(DaysOff.parse("2026-12-31"));

        var stones = appointments.book(List.of(visit(ASHA, at(1, 10), "Blue", "hot-stone")), "desk", NOW).get(0);
        assertThatThrownBy(() -> appointments.equipRoom(new Room("blue", Set.of("heated-table")), NOW))
                .hasMessage("equipment: appointment " + stones.id() + " on 2026-12-01 at 10:00 needs it (room Blue would"
                        + " have no stone-heater, which hot-stone needs)");
        assertThatThrownBy(() -> appointments.equipRoom(new Room("Red", Set.of()), NOW))
                .hasMessage("name: there is no room named Red (rooms: Blue)");
        assertThat(appointments.rooms()).containsExactly(new Room("Blue", Set.of("heated-table", "stone-heater")));

        appointments.cancel(stones.id(), "desk", "ill", NOW);
        appointments.equipRoom(new Room("blue", Set.of("heated-table")), NOW);
        assertThat(appointments.rooms()).containsExactly(new Room("Blue", Set.of("heated-table")));
    }

    @Test
    void skillsClientTimesAndWeekProposalsAreKept() {
        setUpTheClinic(database);
        appointments.skills(MIRA, Set.of("swedish", "kati-basti"));
        appointments.clientTimes(ASHA, WeeklyHours.parse("tue 09:00-12:00; thu 14:00-18:00"));
        assertThat(appointments.skills()).containsEntry(MIRA, Set.of("swedish", "kati-basti"));
        assertThat(appointments.clientTimes()).containsOnlyKeys(ASHA)
                .containsEntry(ASHA, WeeklyHours.parse("tue 09:00-12:00; thu 14:00-18:00"));
        assertThatThrownBy(() -> appointments.clientTimes(new ClientId("nobody"), USUAL))
                .isInstanceOf(UnknownClientException.class);

        var proposals = new SqlWeekProposals(database);
        var session = new SqlWeekProposals.Session("asha-rao", "mira", "Blue", at(1, 10), 45, 2,
                List.of("Tue 10:00 with mira", "the usual therapist"));
        var unplanned = new WeekProposal.Unplanned("ben-cole", 1, "not planned: see the screening (refer)");
        long id = proposals.keep(LocalDate.of(2026, 11, 30), 7, List.of("appointment 1: ben-cole"), "0hard/0medium/-5soft",
                List.of(session), List.of(unplanned), NOW);
        assertThat(proposals.find(id)).hasValue(new SqlWeekProposals.Kept(id, LocalDate.of(2026, 11, 30), 7,
                List.of("appointment 1: ben-cole"), "0hard/0medium/-5soft", List.of(session), List.of(unplanned)));
        proposals.remove(id);
        assertThat(proposals.find(id)).isEmpty();
    }

    @Test
    void anAppointmentIsKeptWhole() {
        setUpTheClinic(database);
        var version = book.version(ASHA);

        var booked = appointments.book(List.of(visit(ASHA, at(1, 10), "Blue", "swedish", "hot-stone")), "desk", NOW);

        var kept = appointments.find(booked.get(0).id()).orElseThrow();
        assertThat(kept).isEqualTo(booked.get(0));
        assertThat(kept.id()).isPositive();
        assertThat(kept.techniques()).containsExactly("swedish", "hot-stone");
        assertThat(kept.cautions()).containsExactly("pressure at most moderate", "avoid lower-back");
        assertThat(appointments.between(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), Optional.of(MIRA))).containsExactly(kept);
        assertThat(appointments.ofClient(ASHA)).containsExactly(kept);
        assertThat(book.version(ASHA)).isEqualTo(version + 1);
        assertThat(book.auditLog()).extracting(e -> e.action()).contains("book appointment");
    }

    @Test
    void aClashIsRefusedNamingItAndNothingOfTheBatchIsWritten() {
        setUpTheClinic(database);
        var first = appointments.book(List.of(visit(BEN, at(2, 10), null)), "desk", NOW).get(0);

        assertThatThrownBy(() -> appointments.book(List.of(visit(ASHA, at(1, 10), null), visit(ASHA, at(2, 10), null)), "desk", NOW))
                .isInstanceOfSatisfying(BookingRefusedException.class, e -> assertThat(e.clashes())
                        .extracting(Clash::kind, c -> c.with().orElse(0))
                        .containsExactly(tuple(Clash.Kind.THERAPIST_BUSY, first.id())));
        assertThatThrownBy(() -> appointments.book(List.of(visit(ASHA, at(3, 10), "Nowhere")), "desk", NOW))
                .hasMessageStartingWith("room: there is no room named Nowhere");
        assertThat(appointments.ofClient(ASHA)).isEmpty();
        assertThat(rows("appointments")).isEqualTo(1);
    }

    @Test
    void moveCancelMarkAndReviewAreKeptWithTheirHistory() {
        setUpTheClinic(database);
        var booked = appointments.book(List.of(visit(ASHA, at(1, 10), null), visit(ASHA, at(8, 10), null),
                visit(ASHA, at(15, 10), null)), "desk", NOW);

        appointments.move(booked.get(0).id(), at(1, 14), "desk", NOW);
        var moved = appointments.move(booked.get(0).id(), at(2, 11), "desk", NOW);
        var late = LocalDateTime.of(2026, 12, 7, 20, 0).atZone(LONDON).toInstant();
        appointments.cancel(booked.get(1).id(), "asha", "work", late);
        appointments.mark(booked.get(0).id(), Status.ARRIVED, "desk", at(2, 11).atZone(LONDON).toInstant());
        appointments.flagForReview(ASHA, "mira", NOW);

        var kept = appointments.ofClient(ASHA);
        assertThat(kept.get(0)).satisfies(a -> {
            assertThat(a.start()).isEqualTo(at(2, 11));
            assertThat(a.status()).isEqualTo(Status.ARRIVED);
            assertThat(a.moves()).isEqualTo(moved.moves());
            assertThat(a.moves()).extracting(m -> m.to()).containsExactly(at(1, 14), at(2, 11));
            assertThat(a.needsReview()).isTrue();
        });
        assertThat(kept.get(1).cancellation()).hasValueSatisfying(c -> {
            assertThat(c.late()).isTrue();
            assertThat(c.reason()).isEqualTo("work");
            assertThat(c.at()).isEqualTo(late);
        });
        assertThat(kept.get(1).needsReview()).isFalse();
        assertThat(kept.get(2).needsReview()).isTrue();
        assertThatThrownBy(() -> appointments.move(booked.get(2).id(), at(5, 10), "desk", NOW))
                .isInstanceOfSatisfying(BookingRefusedException.class, e -> assertThat(e.clashes())
                        .extracting(Clash::kind).containsExactly(Clash.Kind.DAY_OFF));
        assertThat(book.auditLog()).extracting(e -> e.action()).contains("move appointment", "cancel appointment late",
                "mark appointment arrived", "flag appointment for review");
    }

    @Test
    void aForgottenClientsAppointmentsGoWithThem() {
        setUpTheClinic(database);
        var booked = appointments.book(List.of(visit(ASHA, at(1, 10), null)), "desk", NOW).get(0);
        appointments.move(booked.id(), at(1, 14), "desk", NOW);

        book.forget(ASHA, "admin", NOW);

        assertThat(rows("appointments")).isZero();
        assertThat(rows("appointment_moves")).isZero();
    }

    @Test
    void ofTwoPeopleBookingTheSameTimeAtOnceExactlyOneWinsEveryRound() throws Exception {
        setUpTheClinic(database);
        var rivals = List.of(open(open(location)), open(open(location)));
        for (int round = 0; round < 20; round++) {
            var slot = LocalDate.of(2026, 12, 1).plusDays(round % 4).atTime(LocalTime.parse(List.of("09:00", "10:15", "11:30", "13:15", "14:30").get(round / 4)));
            int session = round + 1;
            var clients = List.of(ASHA, BEN);
            var outcome = atOnce(List.of(0, 1).stream().<Callable<Long>>map(i -> () -> rivals.get(i)
                    .book(List.of(session(session, clients.get(i), slot, null)), "desk", NOW).get(0).id()).toList());
            var won = outcome.won();
            var refused = outcome.refused();
            assertThat(won).as("round %d", round).hasSize(1);
            assertThat(refused).singleElement().isInstanceOf(BookingRefusedException.class);
            assertThat(appointments.between(slot.toLocalDate(), slot.toLocalDate(), Optional.of(MIRA)))
                    .filteredOn(a -> a.start().equals(slot)).hasSize(1);
        }
    }

    @Test
    void aPlanSessionIsBookedOnceUntilItsAppointmentIsCancelledOrLeftInThePast() {
        setUpTheClinic(database);
        var held = appointments.book(List.of(session(2, ASHA, at(8, 10), null)), "desk", NOW).get(0);

        assertThatThrownBy(() -> appointments.book(List.of(session(2, ASHA, at(9, 10), null)), "desk", NOW))
                .isInstanceOfSatisfying(BookingRefusedException.class, e -> assertThat(e.clashes())
                        .extracting(Clash::kind, Clash::message, c -> c.with().orElse(0))
                        .containsExactly(tuple(Clash.Kind.SESSION_BOOKED, "session 2 is booked already: " + held.named(),
                                held.id())));
        assertThatThrownBy(() -> appointments.book(List.of(session(3, ASHA, at(9, 10), null),
                session(3, ASHA, at(10, 10), null)), "desk", NOW))
                .isInstanceOfSatisfying(BookingRefusedException.class, e -> assertThat(e.clashes())
                        .extracting(Clash::message).containsExactly("session 3 is asked for twice"));
        assertThat(appointments.book(List.of(session(2, BEN, at(9, 10), null)), "desk", NOW))
                .as("another client's session 2").hasSize(1);

        appointments.cancel(held.id(), "asha", "work", NOW);
        var again = appointments.book(List.of(session(2, ASHA, at(10, 10), null)), "desk", NOW).get(0);
        var afterTheVisit = LocalDateTime.of(2026, 12, 11, 8, 0).atZone(LONDON).toInstant();
        assertThat(appointments.book(List.of(session(2, ASHA, at(14, 10), null)), "desk", afterTheVisit))
                .as("the visit of the 10th was never marked: it holds nothing now").hasSize(1);
        assertThat(appointments.ofClient(ASHA)).extracting(Appointment::id).contains(again.id()).hasSize(3);
    }

    @Test
    void ofTwoWindowsBookingTheSameSessionAtOnceExactlyOneWinsEveryRound() throws Exception {
        setUpTheClinic(database);
        var windows = List.of(open(open(location)), open(open(location)));
        for (int round = 0; round < 10; round++) {
            int number = round + 1;
            var time = LocalTime.parse(List.of("09:00", "10:15", "11:30").get(round / 4));
            var days = List.of(at(1 + round % 4, 0).with(time), at(7 + round % 4, 0).with(time));
            var outcome = atOnce(List.of(0, 1).stream().<Callable<Appointment>>map(i -> () -> windows.get(i)
                    .book(List.of(session(number, ASHA, days.get(i), null)), "asha", NOW).get(0)).toList());
            var won = outcome.won();
            var refused = outcome.refused();
            assertThat(won).as("round %d", round).hasSize(1);
            assertThat(refused).singleElement().isInstanceOfSatisfying(BookingRefusedException.class,
                    e -> assertThat(e.clashes()).extracting(c -> c.with().orElse(0))
                            .containsExactly(won.get(0).id()));
            assertThat(appointments.ofClient(ASHA)).filteredOn(a -> a.planSession().equals(Optional.of(number)))
                    .hasSize(1);
        }
    }

    /** What rivals started at the same moment, each on its own thread, returned or threw. */
    record Outcome<T>(List<T> won, List<Throwable> refused) {
    }

    static <T> Outcome<T> atOnce(List<Callable<T>> rivals) throws InterruptedException {
        var start = new CyclicBarrier(rivals.size());
        var won = new ConcurrentLinkedQueue<T>();
        var refused = new ConcurrentLinkedQueue<Throwable>();
        var threads = rivals.stream().map(rival -> new Thread(() -> {
            try {
                start.await();
                won.add(rival.call());
            } catch (Exception e) {
                refused.add(e);
            }
        })).toList();
        threads.forEach(Thread::start);
        for (var thread : threads) {
            thread.join();
        }
        return new Outcome<>(List.copyOf(won), List.copyOf(refused));
    }

    @Test
    void aDatabaseMadeByTheCurrentReleaseGetsTheBookAndKeepsItsRecords() {
        var old = newLocation();
        var place = Place.of(old);
        Flyway.configure().dataSource(place.writer()).locations(place.dialect().migrations()).target("2").load().migrate();
        Jdbi.create(place.writer()).useHandle(h -> {
            h.createUpdate("insert into clients (id, name, consent_given, reference) values ('asha-rao', 'Asha Rao', :day, 'a1b2c3d4e5f60718')")
                    .bind("day", place.dialect().date(OnFile.DAY_ONE)).execute();
            h.createUpdate("insert into accounts (username, name, role, password_hash, created) values ('mira', 'Mira Shah', 'therapist', 'h', :at)")
                    .bind("at", place.dialect().time(NOW)).execute();
        });

        var upgraded = open(old);
        var desk = open(upgraded);
        desk.hours(MIRA, USUAL);
        var booked = desk.book(List.of(visit(ASHA, at(1, 10), null)), "desk", NOW);

        assertThat(upgraded.clientBook(VOCABULARY).clients()).extracting(c -> c.id()).containsExactly(ASHA);
        assertThat(upgraded.accounts().find(MIRA)).isPresent();
        assertThat(desk.ofClient(ASHA)).isEqualTo(booked);
    }

    @Test
    void appointmentsTravelInTheArchiveAndComeBackTheSame() throws Exception {
        setUpTheClinic(database);
        var booked = appointments.book(List.of(visit(ASHA, at(1, 10), "Blue", "hot-stone"), visit(ASHA, at(8, 10), null)), "desk", NOW);
        appointments.move(booked.get(0).id(), at(2, 11), "desk", NOW);
        appointments.cancel(booked.get(1).id(), "asha", "work", NOW);
        var archive = new Archive(database, VOCABULARY).export(Optional.empty());
        assertThat(archive).startsWith("{\n  \"backcareArchive\" : 3,").contains("\"appointments\" : [ {");

        var copy = open(newLocation());
        new Archive(copy, VOCABULARY).importJson(archive, "the archive");

        assertThat(new Archive(copy, VOCABULARY).export(Optional.empty())).isEqualTo(archive);
        assertThat(open(copy).ofClient(ASHA)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id")
                .containsExactlyElementsOf(appointments.ofClient(ASHA));
    }

    @Test
    void anArchiveOfVersion2WithoutAppointmentsStillImports() throws Exception {
        setUpTheClinic(database);
        appointments.book(List.of(visit(ASHA, at(1, 10), null)), "desk", NOW);
        var tree = (ObjectNode) Archive.JSON.readTree(
                new Archive(database, VOCABULARY).export(Optional.empty()));
        tree.put("backcareArchive", 2);
        tree.get("clients").forEach(c -> ((ObjectNode) c).remove("appointments"));

        var copy = open(newLocation());
        new Archive(copy, VOCABULARY).importJson(Archive.text(tree), "a version 2 archive");

        assertThat(copy.clientBook(VOCABULARY).clients()).hasSize(2);
        assertThat(open(copy).ofClient(ASHA)).isEmpty();
    }

    @Test
    void clientTimesAndTherapistSkillsTravelInTheArchiveAndOlderArchivesWithoutThemStillImport() throws Exception {
        setUpTheClinic(database);
        appointments.skills(MIRA, Set.of("swedish", "kati-basti"));
        appointments.clientTimes(ASHA, WeeklyHours.parse("tue 09:00-12:00; thu 14:00-18:00"));
        var archive = new Archive(database, VOCABULARY).export(Optional.empty());
        assertThat(archive).contains("\"times\" : \"tue 09:00-12:00; thu 14:00-18:00\"", "\"times\" : null",
                "\"therapistSkills\" : {\n    \"mira\" : [ \"kati-basti\", \"swedish\" ]");

        var copy = open(newLocation());
        copy.accounts().add(Account.staff(MIRA, "Mira Shah", Role.THERAPIST), "hash");
        new Archive(copy, VOCABULARY).importJson(archive, "the archive");
        assertThat(open(copy).clientTimes()).containsOnlyKeys(ASHA)
                .containsEntry(ASHA, WeeklyHours.parse("tue 09:00-12:00; thu 14:00-18:00"));
        assertThat(open(copy).skills()).containsEntry(MIRA, Set.of("swedish", "kati-basti"));
        assertThat(new Archive(copy, VOCABULARY).export(Optional.empty())).isEqualTo(archive);

        var tree = (ObjectNode) Archive.JSON.readTree(archive);
        tree.remove("therapistSkills");
        tree.get("clients").forEach(c -> ((ObjectNode) c).remove("times"));
        var older = open(newLocation());
        new Archive(older, VOCABULARY).importJson(Archive.text(tree), "an archive made before times and skills");
        assertThat(older.clientBook(VOCABULARY).clients()).hasSize(2);
        assertThat(open(older).clientTimes()).isEmpty();

        ((ObjectNode) tree.get("clients").get(0)).put("times", "someday 9-5");
        assertThatThrownBy(() -> new Archive(open(newLocation()), VOCABULARY)
                .importJson(Archive.text(tree), "a bad archive")).isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.details()).anySatisfy(p -> assertThat(p).startsWith("clients[0].times: ")));
    }
}
