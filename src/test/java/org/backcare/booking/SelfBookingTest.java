package org.backcare.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.booking.Clinic.ASHA;
import static org.backcare.booking.Clinic.BEN;
import static org.backcare.booking.Clinic.MIRA;
import static org.backcare.booking.Clinic.NOW;
import static org.backcare.booking.Clinic.SETTINGS;
import static org.backcare.booking.Clinic.TOM;
import static org.backcare.booking.Clinic.appointment;
import static org.backcare.booking.Clinic.at;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.backcare.accounts.Username;
import org.junit.jupiter.api.Test;

/** The free times a client is offered, who with, and until when they may cancel themselves. */
class SelfBookingTest {
    private final Clinic clinic = new Clinic();

    @Test
    void freeTimesLeaveOutTheTherapistsBookedTimeAndItsTurnoverAndFitARoomWithTheEquipment() {
        clinic.onFile(BEN, MIRA, "Green", at(12, 1, 10, 0), 60);
        var wanted = appointment(ASHA, MIRA, null, at(12, 1, 9, 0), 60, "hot-stone");

        var free = clinic.book().freeTimes(wanted, List.of(Optional.of("Green"), Optional.of("Blue")),
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), NOW);

        var starts = free.stream().map(a -> a.start().toLocalTime().toString()).toList();
        assertThat(starts).startsWith("11:15").doesNotContain("09:00", "10:00", "10:45", "11:00")
                .contains("11:15", "13:15", "16:00").doesNotContain("16:15", "12:00");
        assertThat(free).allSatisfy(a -> assertThat(a.room()).hasValue("Blue"));
    }

    @Test
    void theClientBooksWithTheirTherapistFirstThenWithAnyoneTrainedInEveryTechnique() {
        var skills = Map.of(TOM, Set.of("swedish", "hot-stone"), new Username("ann"),
                Set.of("swedish"));

        assertThat(SelfBooking.therapists(Optional.of(MIRA), skills, List.of("swedish", "hot-stone")))
                .containsExactly(MIRA, TOM);
        assertThat(SelfBooking.therapists(Optional.empty(), skills, List.of("hot-stone"))).containsExactly(TOM);
    }

    @Test
    void aClientCancelsThemselvesOnlyBeforeTheNoticeBegins() {
        var booked = appointment(ASHA, MIRA, null, at(12, 1, 10, 0), 60).withId(7);
        var dayBefore = booked.startsAt(SETTINGS.zone()).minus(SETTINGS.lateNotice());

        assertThat(SelfBooking.cancellable(booked, SETTINGS, dayBefore.minus(Duration.ofMinutes(1)))).isTrue();
        assertThat(SelfBooking.cancellable(booked, SETTINGS, dayBefore)).isFalse();
        assertThat(SelfBooking.cancellable(booked.withStatus(Status.CANCELLED), SETTINGS, NOW)).isFalse();
    }
}
