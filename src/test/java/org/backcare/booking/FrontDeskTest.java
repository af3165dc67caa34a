package org.backcare.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.backcare.booking.Clinic.ASHA;
import static org.backcare.booking.Clinic.LONDON;
import static org.backcare.booking.Clinic.MIRA;
import static org.backcare.booking.Clinic.SETTINGS;
import static org.backcare.booking.Clinic.appointment;
import static org.backcare.booking.Clinic.at;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrontDeskTest {
    private final Appointment tuesday = appointment(ASHA, MIRA, null, at(12, 8, 10, 0), 60).withId(4);

    @Test
    void aCancellationInsideTheNoticePeriodIsLateAndOneBeforeItIsNot() {
        var early = FrontDesk.cancel(tuesday, "desk", "holiday", at(12, 7, 9, 59).atZone(LONDON).toInstant(), SETTINGS);
        var late = FrontDesk.cancel(tuesday, "asha", "work", at(12, 7, 10, 1).atZone(LONDON).toInstant(), SETTINGS);

        assertThat(early.status()).isEqualTo(Status.CANCELLED);
        assertThat(early.cancellation()).hasValueSatisfying(c -> {
            assertThat(c.late()).isFalse();
            assertThat(c.by()).isEqualTo("desk");
            assertThat(c.reason()).isEqualTo("holiday");
        });
        assertThat(late.cancellation().orElseThrow().late()).isTrue();
        assertThatThrownBy(() -> FrontDesk.cancel(late, "desk", "", Clinic.NOW, SETTINGS))
                .hasMessage("appointment 4 is cancelled and cannot be cancelled");
    }

    @Test
    void aMoveKeepsTheHistoryAndOnlyABookedAppointmentMoves() {
        var moved = FrontDesk.move(tuesday, at(12, 9, 11, 0), "desk", Clinic.NOW);
        var again = FrontDesk.move(moved, at(12, 10, 11, 0), "desk", Clinic.NOW);

        assertThat(again.start()).isEqualTo(at(12, 10, 11, 0));
        assertThat(again.moves()).extracting(Move::from, Move::to).containsExactly(
                tuple(at(12, 8, 10, 0), at(12, 9, 11, 0)),
                tuple(at(12, 9, 11, 0), at(12, 10, 11, 0)));
        assertThatThrownBy(() -> FrontDesk.move(mark(tuesday, Status.ARRIVED), at(12, 9, 11, 0), "d", Clinic.NOW))
                .hasMessage("appointment 4 is arrived: only a booked appointment can be moved");
    }

    /** Marked as the visit begins. */
    private static Appointment mark(Appointment appointment, Status status) {
        return FrontDesk.mark(appointment, status, appointment.startsAt(LONDON), LONDON);
    }

    @Test
    void arrivedThenAttendedOrNoShowAndNothingAfterThat() {
        var attended = mark(mark(tuesday, Status.ARRIVED), Status.ATTENDED);

        assertThat(attended.status()).isEqualTo(Status.ATTENDED);
        assertThat(mark(tuesday, Status.NO_SHOW).status()).isEqualTo(Status.NO_SHOW);
        assertThatThrownBy(() -> mark(attended, Status.NO_SHOW)).hasMessageContaining("is attended and cannot be marked no-show");
        assertThatThrownBy(() -> mark(tuesday, Status.CANCELLED)).hasMessageStartingWith("status: ");
    }

    @Test
    void aClientArrivesAndTheVisitIsLoggedOnItsDayAndIsANoShowOnlyOnceItHasBegun() {
        var dayBefore = at(12, 7, 18, 0).atZone(LONDON).toInstant();
        var thatMorning = at(12, 8, 8, 0).atZone(LONDON).toInstant();
        var begun = at(12, 8, 10, 0).atZone(LONDON).toInstant();

        assertThatThrownBy(() -> FrontDesk.mark(tuesday, Status.ARRIVED, dayBefore, LONDON))
                .hasMessage("status: appointment 4 on 2026-12-08 at 10:00 is not today: mark it arrived on its day, or"
                        + " move it first");
        assertThatThrownBy(() -> FrontDesk.mark(tuesday, Status.ATTENDED, dayBefore, LONDON))
                .hasMessage("status: appointment 4 on 2026-12-08 at 10:00 is not today: log it on its day, or move it"
                        + " first");
        assertThatThrownBy(() -> FrontDesk.mark(tuesday, Status.NO_SHOW, thatMorning, LONDON))
                .hasMessage("status: appointment 4 on 2026-12-08 at 10:00 has not begun: mark a no-show once it has");
        assertThat(FrontDesk.mark(tuesday, Status.ARRIVED, thatMorning, LONDON).status()).isEqualTo(Status.ARRIVED);
        assertThat(FrontDesk.mark(tuesday, Status.ATTENDED, thatMorning, LONDON).status()).isEqualTo(Status.ATTENDED);
        assertThat(FrontDesk.mark(tuesday, Status.NO_SHOW, begun, LONDON).status()).isEqualTo(Status.NO_SHOW);

        assertThat(FrontDesk.markable(tuesday, dayBefore, LONDON)).isEmpty();
        assertThat(FrontDesk.markable(tuesday, thatMorning, LONDON)).containsExactly(Status.ARRIVED, Status.ATTENDED);
        assertThat(FrontDesk.markable(tuesday, begun, LONDON))
                .containsExactly(Status.ARRIVED, Status.ATTENDED, Status.NO_SHOW);
        assertThat(FrontDesk.markable(mark(tuesday, Status.ARRIVED), begun, LONDON))
                .containsExactly(Status.ATTENDED, Status.NO_SHOW);
        assertThat(FrontDesk.markable(mark(tuesday, Status.NO_SHOW), begun, LONDON)).isEmpty();
    }

    @Test
    void aNewRedFlagMarksOnlyTheVisitsStillToComeForReview() {
        var past = appointment(ASHA, MIRA, null, at(12, 1, 10, 0), 60).withId(1);
        var cancelled = FrontDesk.cancel(appointment(ASHA, MIRA, null, at(12, 15, 10, 0), 60).withId(3), "d", "", Clinic.NOW, SETTINGS);

        var flagged = FrontDesk.needingReview(List.of(past, tuesday, cancelled), at(12, 2, 9, 0));

        assertThat(flagged).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(4);
            assertThat(a.needsReview()).isTrue();
            assertThat(a.status()).isEqualTo(Status.BOOKED);
        });
    }
}
