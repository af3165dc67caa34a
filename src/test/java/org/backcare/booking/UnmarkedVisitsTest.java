package org.backcare.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.backcare.accounts.Username;
import org.backcare.clients.ClientId;
import org.junit.jupiter.api.Test;

/** The visits the desk still has to log or mark: over, and still booked or arrived. */
class UnmarkedVisitsTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant NOW = LocalDateTime.of(2030, 1, 8, 12, 0).atZone(LONDON).toInstant();

    private static Appointment at(long id, LocalDateTime start, Status status) {
        return Appointment.booked(new ClientId("asha-rao"), new Username("mira"), Optional.empty(), start, 60,
                Optional.of(1), List.of("swedish"), List.of()).withId(id).withStatus(status);
    }

    @Test
    void aVisitOverAndStillBookedOrArrivedIsUnmarkedOldestFirst() {
        var arrivedYesterday = at(2, LocalDateTime.of(2030, 1, 7, 16, 0), Status.ARRIVED);
        var bookedThisMorning = at(1, LocalDateTime.of(2030, 1, 8, 9, 0), Status.BOOKED);

        assertThat(UnmarkedVisits.among(List.of(bookedThisMorning, arrivedYesterday), LONDON, NOW))
                .containsExactly(arrivedYesterday, bookedThisMorning);
    }

    @Test
    void aVisitUnderWayOrToComeOrMarkedIsNot() {
        var underWay = at(1, LocalDateTime.of(2030, 1, 8, 11, 30), Status.ARRIVED);
        var endingNow = at(2, LocalDateTime.of(2030, 1, 8, 11, 0), Status.BOOKED);
        var toCome = at(3, LocalDateTime.of(2030, 1, 8, 15, 0), Status.BOOKED);
        var marked = List.of(Status.ATTENDED, Status.NO_SHOW, Status.CANCELLED).stream()
                .map(s -> at(4, LocalDateTime.of(2030, 1, 7, 9, 0), s)).toList();

        assertThat(UnmarkedVisits.among(List.of(underWay, toCome), LONDON, NOW)).isEmpty();
        assertThat(UnmarkedVisits.among(List.of(endingNow), LONDON, NOW)).containsExactly(endingNow);
        assertThat(UnmarkedVisits.among(marked, LONDON, NOW)).isEmpty();
    }
}
