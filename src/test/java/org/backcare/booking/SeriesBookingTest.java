package org.backcare.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.booking.Clinic.ASHA;
import static org.backcare.booking.Clinic.BEN;
import static org.backcare.booking.Clinic.MIRA;
import static org.backcare.booking.Clinic.NOW;
import static org.backcare.booking.Clinic.at;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backcare.AnIntake;
import org.backcare.files.KnowledgeFiles;
import org.backcare.intake.Region;
import org.backcare.planning.CarePlanner;
import org.junit.jupiter.api.Test;

class SeriesBookingTest {
    private final Clinic clinic = new Clinic();
    private final SeriesRequest atTen = new SeriesRequest(ASHA, MIRA, Optional.empty(), LocalTime.of(10, 0),
            Optional.empty(), List.of("pressure at most moderate"));

    private static PlannedVisit weekly(int session, LocalDate date) {
        return new PlannedVisit(session, date, 45, List.of("swedish"), Tolerance.days(7));
    }

    @Test
    void theToleranceFollowsThePhaseInterval() {
        assertThat(Tolerance.days(7)).isEqualTo(2);
        assertThat(Tolerance.days(4)).isEqualTo(2);
        assertThat(Tolerance.days(14)).isEqualTo(4);
        assertThat(Tolerance.days(28)).isEqualTo(7);
    }

    @Test
    void eachSessionIsBookedOnItsDayAtTheWantedTimeWithItsSessionNumberAndCautions() {
        var proposal = SeriesBooking.propose(clinic.book(), List.of(weekly(1, LocalDate.of(2026, 12, 1)),
                weekly(2, LocalDate.of(2026, 12, 8))), atTen, NOW);

        assertThat(proposal.notPlaced()).isEmpty();
        assertThat(proposal.placed()).extracting(p -> p.appointment().start()).containsExactly(at(12, 1, 10, 0), at(12, 8, 10, 0));
        assertThat(proposal.placed()).allSatisfy(p -> {
            assertThat(p.moved()).isFalse();
            assertThat(p.appointment().minutes()).isEqualTo(45);
            assertThat(p.appointment().cautions()).containsExactly("pressure at most moderate");
        });
        assertThat(proposal.placed().get(1).appointment().planSession()).hasValue(2);
    }

    @Test
    void aTakenSlotMovesToTheNearestFreeTimeWithinTheToleranceAndWhatCannotBePlacedSaysWhy() {
        clinic.onFile(BEN, MIRA, null, at(12, 1, 10, 0), 60);
        var off = WorkingWeek.of(Clinic.USUAL).withDaysOff(DaysOff.parse("2026-12-05..2026-12-13"));
        var proposal = SeriesBooking.propose(clinic.week(MIRA, off).book(), List.of(weekly(1, LocalDate.of(2026, 12, 1)),
                weekly(2, LocalDate.of(2026, 12, 8))), atTen, NOW);

        assertThat(proposal.placed()).singleElement().satisfies(p -> {
            assertThat(p.appointment().start()).isEqualTo(at(12, 2, 10, 0));
            assertThat(p.moved()).isTrue();
        });
        assertThat(proposal.notPlaced()).singleElement().satisfies(n -> {
            assertThat(n.visit().session()).isEqualTo(2);
            assertThat(n.why()).isEqualTo("no free time from 2026-12-06 to 2026-12-10; at 2026-12-08T10:00:"
                    + " mira is off on tue 2026-12-08");
        });
    }

    @Test
    void aSessionTheClientIsBookedForAlreadyIsNotPlacedAgainUnlessThatVisitIsOverOrCancelled() {
        var kept = Appointment.booked(ASHA, MIRA, Optional.empty(), at(12, 1, 10, 0), 45, Optional.of(1),
                List.of("swedish"), List.of()).withId(7);
        var visits = List.of(weekly(1, LocalDate.of(2026, 12, 1)), weekly(2, LocalDate.of(2026, 12, 8)));
        var book = new AppointmentBook(Clinic.SETTINGS, Map.of(MIRA, WorkingWeek.of(Clinic.USUAL)), Clinic.ROOMS,
                Clinic.NEEDS, List.of(kept));

        var proposal = SeriesBooking.propose(book, visits, atTen, NOW);

        assertThat(proposal.placed()).extracting(p -> p.visit().session()).containsExactly(2);
        assertThat(proposal.notPlaced()).singleElement().satisfies(n -> {
            assertThat(n.visit().session()).isEqualTo(1);
            assertThat(n.why()).isEqualTo("booked already: appointment 7 on 2026-12-01 at 10:00");
        });
        var afterIt = Clinic.at(12, 2, 8, 0).atZone(Clinic.LONDON).toInstant();
        assertThat(SeriesBooking.propose(book, visits, atTen, afterIt).notPlaced()).as("the visit is in the past")
                .noneMatch(n -> n.why().startsWith("booked already"));
        var noShow = new AppointmentBook(Clinic.SETTINGS, Map.of(MIRA, WorkingWeek.of(Clinic.USUAL)), Clinic.ROOMS,
                Clinic.NEEDS, List.of(kept.withStatus(Status.NO_SHOW)));
        assertThat(SeriesBooking.propose(noShow, visits, atTen, NOW).notPlaced())
                .noneMatch(n -> n.why().startsWith("booked already"));
    }

    @Test
    void thePreferredWeekdayIsTheNearestOneToEachPlannedDay() {
        var onThursdays = new SeriesRequest(ASHA, MIRA, Optional.empty(), LocalTime.of(14, 0),
                Optional.of(DayOfWeek.THURSDAY), List.of());
        var proposal = SeriesBooking.propose(clinic.book(), List.of(weekly(1, LocalDate.of(2026, 12, 1)),
                weekly(2, LocalDate.of(2026, 12, 8))), onThursdays, NOW);

        assertThat(proposal.placed()).extracting(p -> p.appointment().start()).containsExactly(at(12, 3, 14, 0), at(12, 10, 14, 0));
        assertThat(SeriesBooking.nearest(LocalDate.of(2026, 12, 1), DayOfWeek.SATURDAY)).isEqualTo(LocalDate.of(2026, 11, 28));
    }

    @Test
    void aPlansSessionsBecomeVisitsWithTheirPhasesTolerance() {
        var intake = AnIntake.aged(40).hurting(Region.LOWER_BACK, 6, 20, "stiffness").build();
        var plan = new CarePlanner(KnowledgeFiles.bundled()).plan(intake, LocalDate.of(2026, 12, 1));

        var visits = PlanVisits.of(plan);

        assertThat(visits).hasSameSizeAs(plan.schedule().sessions());
        assertThat(visits.get(0).date()).isEqualTo(plan.schedule().sessions().get(0).date());
        assertThat(visits.get(0).minutes()).isEqualTo(plan.schedule().sessions().get(0).minutes());
        for (var visit : visits) {
            var session = plan.schedule().sessions().get(visit.session() - 1);
            var phase = plan.schedule().phases().stream().filter(p -> p.name().equals(session.phase())).findFirst().orElseThrow();
            assertThat(visit.toleranceDays()).isEqualTo(Tolerance.days(phase.gapDays()));
        }
        assertThat(visits).extracting(PlannedVisit::toleranceDays).contains(2);
    }
}
