package org.backcare.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.backcare.booking.Clinic.ASHA;
import static org.backcare.booking.Clinic.BEN;
import static org.backcare.booking.Clinic.MIRA;
import static org.backcare.booking.Clinic.NOW;
import static org.backcare.booking.Clinic.TOM;
import static org.backcare.booking.Clinic.appointment;
import static org.backcare.booking.Clinic.at;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.backcare.accounts.Username;
import org.junit.jupiter.api.Test;

/** One test per conflict the book refuses, and the search for the nearest free time. */
class AppointmentBookTest {
    private final Clinic clinic = new Clinic();

    private static List<Clash.Kind> kinds(List<Clash> clashes) {
        return clashes.stream().map(Clash::kind).toList();
    }

    @Test
    void aFreeTimeInsideTheHoursClashesWithNothing() {
        assertThat(clinic.book().clashes(appointment(ASHA, MIRA, "Blue", at(12, 1, 9, 0), 60), NOW)).isEmpty();
    }

    @Test
    void aTherapistInTwoPlacesAtOnceIsRefusedNamingTheOtherAppointment() {
        var other = clinic.onFile(BEN, MIRA, null, at(12, 1, 10, 0), 60);

        var clashes = clinic.book().clashes(appointment(ASHA, MIRA, null, at(12, 1, 10, 30), 60), NOW);

        assertThat(kinds(clashes)).containsExactly(Clash.Kind.THERAPIST_BUSY);
        assertThat(clashes.get(0).message()).isEqualTo("mira is booked 2026-12-01 10:00-11:00 (appointment 1)");
        assertThat(clashes.get(0).with()).hasValue(other.id());
    }

    @Test
    void aTherapistNeedsTheTurnoverGapAfterAClientButAnotherTherapistDoesNot() {
        clinic.onFile(BEN, MIRA, null, at(12, 1, 10, 0), 60);

        assertThat(kinds(clinic.book().clashes(appointment(ASHA, MIRA, null, at(12, 1, 11, 5), 30), NOW)))
                .containsExactly(Clash.Kind.THERAPIST_BUSY);
        assertThat(clinic.book().clashes(appointment(ASHA, MIRA, null, at(12, 1, 11, 10), 30), NOW)).isEmpty();
        assertThat(clinic.book().clashes(appointment(ASHA, TOM, null, at(12, 1, 10, 0), 30), NOW)).isEmpty();
    }

    @Test
    void aRoomInUseIsRefusedAndAClientBookedTwiceAtOnceToo() {
        clinic.onFile(BEN, TOM, "Blue", at(12, 1, 10, 0), 60);
        clinic.onFile(ASHA, TOM, "Green", at(12, 2, 10, 0), 60);

        assertThat(kinds(clinic.book().clashes(appointment(ASHA, MIRA, "Blue", at(12, 1, 10, 0), 60), NOW)))
                .containsExactly(Clash.Kind.ROOM_BUSY);
        var twice = clinic.book().clashes(appointment(ASHA, MIRA, "Blue", at(12, 2, 10, 30), 60), NOW);
        assertThat(kinds(twice)).containsExactly(Clash.Kind.CLIENT_BUSY);
        assertThat(twice.get(0).message()).isEqualTo("asha-rao is already booked 2026-12-02 10:00-11:00 with tom (appointment 2)");
    }

    @Test
    void outsideTheHoursInTheBreakOnADayOffOrWithoutHoursIsRefused() {
        var book = clinic.week(TOM, WorkingWeek.of(Clinic.USUAL).withDaysOff(DaysOff.parse("2026-12-03"))).book();

        assertThat(kinds(book.clashes(appointment(ASHA, MIRA, null, at(12, 1, 16, 30), 60), NOW)))
                .containsExactly(Clash.Kind.OUTSIDE_HOURS);
        var inTheBreak = book.clashes(appointment(ASHA, MIRA, null, at(12, 1, 12, 0), 60), NOW);
        assertThat(inTheBreak.get(0).message())
                .isEqualTo("2026-12-01 12:00-13:00 is outside mira's hours that day (09:00-12:30, 13:15-17:00)");
        assertThat(book.clashes(appointment(ASHA, TOM, null, at(12, 3, 10, 0), 60), NOW))
                .extracting(Clash::message).containsExactly("tom is off on thu 2026-12-03");
        assertThat(book.clashes(appointment(ASHA, TOM, null, at(12, 5, 10, 0), 60), NOW))
                .extracting(Clash::message).containsExactly("tom does not work on sat 2026-12-05");
        assertThat(book.clashes(appointment(ASHA, new Username("nia"), null, at(12, 1, 10, 0), 60), NOW))
                .extracting(Clash::message).containsExactly("nia has no working hours yet");
    }

    @Test
    void aRoomWithoutTheEquipmentATechniqueNeedsIsRefused() {
        var inGreen = clinic.book().clashes(appointment(ASHA, MIRA, "Green", at(12, 1, 10, 0), 60, "swedish", "hot-stone"), NOW);

        assertThat(inGreen).extracting(Clash::message).containsExactly("room Green has no heated-table, stone-heater, which hot-stone needs");
        assertThat(clinic.book().clashes(appointment(ASHA, MIRA, "Blue", at(12, 1, 10, 0), 60, "hot-stone"), NOW)).isEmpty();
        assertThat(clinic.book().clashes(appointment(ASHA, MIRA, "Blue", at(12, 1, 10, 0), 60, "kati-basti"), NOW))
                .extracting(Clash::kind).containsExactly(Clash.Kind.ROOM_LACKS_EQUIPMENT);
    }

    @Test
    void aTimeInThePastIsRefused() {
        assertThat(kinds(clinic.book().clashes(appointment(ASHA, MIRA, null, at(11, 30, 7, 0), 60), NOW)))
                .contains(Clash.Kind.IN_THE_PAST);
    }

    @Test
    void aTimeTheClocksSkipIsRefusedAndTheHourAfterIsNot() {
        var book = clinic.week(MIRA, WorkingWeek.of(WeeklyHours.parse("sun 00:00-06:00"))).book();

        assertThat(book.clashes(appointment(ASHA, MIRA, null, LocalDateTime.of(2027, 3, 28, 1, 30), 30), NOW))
                .extracting(Clash::kind, Clash::message).containsExactly(tuple(Clash.Kind.NOT_ON_THE_CLOCK,
                        "2027-03-28 01:30 does not exist in Europe/London: the clocks go forward from 01:00 to 02:00"));
        assertThat(book.clashes(appointment(ASHA, MIRA, null, LocalDateTime.of(2027, 3, 28, 2, 0), 30), NOW)).isEmpty();
        assertThat(book.clashes(appointment(ASHA, MIRA, null, LocalDateTime.of(2027, 10, 31, 1, 30), 30), NOW))
                .as("the hour the clocks go back happens twice, and is booked the first time").isEmpty();
    }

    @Test
    void aVisitWhileTheClocksGoBackKeepsWithinTheHoursTheOldClockShowed() {
        var untilQuarterToTwo = clinic.week(MIRA, WorkingWeek.of(WeeklyHours.parse("sun 00:00-01:45"))).book();

        assertThat(untilQuarterToTwo.clashes(appointment(ASHA, MIRA, null, LocalDateTime.of(2027, 10, 31, 0, 30), 60),
                NOW)).isEmpty();
        assertThat(untilQuarterToTwo.clashes(appointment(ASHA, MIRA, null, LocalDateTime.of(2027, 10, 31, 0, 30), 120),
                NOW)).as("it ends at 01:30 by the new clock, after the old clock showed 01:45")
                .extracting(Clash::kind).containsExactly(Clash.Kind.OUTSIDE_HOURS);
    }

    @Test
    void aMovedAppointmentDoesNotClashWithItselfAndACancelledOneHoldsNoTime() {
        var kept = clinic.onFile(ASHA, MIRA, "Blue", at(12, 1, 10, 0), 60);
        var cancelled = clinic.onFile(BEN, MIRA, null, at(12, 1, 14, 0), 60);
        var book = new AppointmentBook(Clinic.SETTINGS, Map.of(MIRA, WorkingWeek.of(Clinic.USUAL)), Clinic.ROOMS,
                Clinic.NEEDS, List.of(kept, FrontDesk.cancel(cancelled, "desk", "ill", NOW, Clinic.SETTINGS)));

        assertThat(book.clashes(FrontDesk.move(kept, at(12, 1, 10, 30), "desk", NOW), NOW)).isEmpty();
        assertThat(book.clashes(appointment(ASHA, MIRA, null, at(12, 1, 14, 0), 60), NOW)).isEmpty();
    }

    @Test
    void theNearestFreeTimeKeepsTheWantedTimeOnTheNearestDayFirst() {
        clinic.onFile(BEN, MIRA, null, at(12, 2, 10, 0), 60);
        var wanted = appointment(ASHA, MIRA, null, at(12, 2, 10, 0), 60);

        var found = clinic.book().nearestFree(wanted, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 4), NOW);

        assertThat(found).map(Appointment::start).hasValue(at(12, 3, 10, 0));
    }

    @Test
    void whenTheWantedTimeIsTakenEveryDayTheNearestOtherTimeIsTaken() {
        for (int day = 1; day <= 3; day++) {
            clinic.onFile(BEN, MIRA, null, at(12, day, 10, 0), 60);
        }
        var wanted = appointment(ASHA, MIRA, null, at(12, 2, 10, 0), 60);

        var found = clinic.book().nearestFree(wanted, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3), NOW);

        assertThat(found).map(Appointment::start).hasValue(at(12, 2, 11, 15));
        assertThat(clinic.book().nearestFree(wanted, LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 6), NOW)).isEmpty();
    }

    @Test
    void aTherapistWithoutWorkingHoursHasNoFreeTime() {
        var wanted = appointment(ASHA, new Username("nia"), null, at(12, 2, 10, 0), 60);

        assertThat(clinic.book().nearestFree(wanted, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3), NOW)).isEmpty();
    }

    @Test
    void theOpenWindowsAreTheHoursLessAppointmentsAndTurnover() {
        clinic.onFile(BEN, MIRA, null, at(12, 4, 10, 0), 60);

        assertThat(clinic.book().openWindows(MIRA, LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 5))).containsExactly(
                new Window(at(12, 4, 9, 0), at(12, 4, 10, 0)), new Window(at(12, 4, 11, 10), at(12, 4, 13, 0)));
    }

    @Test
    void aWeeklyVisitKeepsItsClockTimeAcrossTheLastSundaysOfMarchAndOctober() {
        var zone = Clinic.LONDON;
        for (var day : List.of(LocalDate.of(2027, 3, 23), LocalDate.of(2027, 3, 30), LocalDate.of(2027, 10, 26),
                LocalDate.of(2027, 11, 2))) {
            var visit = appointment(ASHA, MIRA, null, day.atTime(10, 0), 60);
            assertThat(clinic.book().clashes(visit, NOW)).isEmpty();
            assertThat(visit.end(zone)).isEqualTo(day.atTime(11, 0));
        }
        var before = LocalDate.of(2027, 3, 23).atTime(10, 0).atZone(zone).toInstant();
        var after = LocalDate.of(2027, 3, 30).atTime(10, 0).atZone(zone).toInstant();
        assertThat(Duration.between(before, after).toHours()).isEqualTo(7 * 24 - 1);
    }

    @Test
    void aVisitAcrossTheChangeOfClockLastsItsMinutesAndEndsByTheNewClock() {
        var night = WeeklyHours.parse("sun 00:00-06:00");
        var book = clinic.week(MIRA, WorkingWeek.of(night)).book();
        var spring = appointment(ASHA, MIRA, null, LocalDateTime.of(2027, 3, 28, 0, 30), 60);
        var autumn = appointment(BEN, MIRA, null, LocalDateTime.of(2027, 10, 31, 0, 30), 120);

        assertThat(spring.end(Clinic.LONDON)).isEqualTo(LocalDateTime.of(2027, 3, 28, 2, 30));
        assertThat(autumn.end(Clinic.LONDON)).isEqualTo(LocalDateTime.of(2027, 10, 31, 1, 30));
        assertThat(book.clashes(spring, NOW)).isEmpty();
        var kept = book.with(spring.withId(7));
        assertThat(kept.clashes(appointment(BEN, MIRA, null, LocalDateTime.of(2027, 3, 28, 2, 30), 30), NOW))
                .extracting(Clash::kind).containsExactly(Clash.Kind.THERAPIST_BUSY);
        assertThat(kept.clashes(appointment(BEN, MIRA, null, LocalDateTime.of(2027, 3, 28, 2, 40), 30), NOW)).isEmpty();
    }
}
