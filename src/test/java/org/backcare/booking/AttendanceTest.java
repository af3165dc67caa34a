package org.backcare.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.booking.Clinic.ASHA;
import static org.backcare.booking.Clinic.LONDON;
import static org.backcare.booking.Clinic.MIRA;
import static org.backcare.booking.Clinic.SETTINGS;
import static org.backcare.booking.Clinic.appointment;
import static org.backcare.booking.Clinic.at;

import java.time.LocalDate;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class AttendanceTest {
    @Test
    void keptLateCancelledMissedAndCancelledWithNoticeAreCountedUpToTheDay() {
        var visits = new ArrayList<Appointment>();
        for (int week = 0; week < 9; week++) {
            visits.add(appointment(ASHA, MIRA, null, at(12, 1, 10, 0).plusWeeks(week), 45).withId(week + 1));
        }
        for (int i = 0; i < 6; i++) {
            visits.set(i, FrontDesk.mark(visits.get(i), Status.ATTENDED, visits.get(i).startsAt(LONDON), LONDON));
        }
        var dayBefore = at(12, 1, 10, 0).plusWeeks(6).minusHours(2).atZone(LONDON).toInstant();
        visits.set(6, FrontDesk.cancel(visits.get(6), "asha", "ill", dayBefore, SETTINGS));
        visits.set(7, FrontDesk.mark(visits.get(7), Status.NO_SHOW, visits.get(7).startsAt(LONDON), LONDON));
        visits.set(8, FrontDesk.cancel(visits.get(8), "asha", "away", Clinic.NOW, SETTINGS));

        var attendance = Attendance.of(visits, at(12, 1, 10, 0).plusWeeks(9));

        assertThat(attendance.toString()).isEqualTo("kept 6 of 8 booked, 1 late cancellation, 1 no-show, 1 cancelled with notice");
        assertThat(Attendance.of(visits, at(12, 1, 9, 0)).any()).isFalse();
        assertThat(Attendance.of(visits.subList(0, 1), at(12, 2, 9, 0)).toString()).isEqualTo("kept 1 of 1 booked");
        assertThat(Attendance.byTheEndOf(LocalDate.of(2026, 12, 1), visits).toString())
                .as("a visit later on the day counts").isEqualTo("kept 1 of 1 booked");
    }
}
