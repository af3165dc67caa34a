package org.backcare.booking;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Places a plan's sessions in the book: each on its day (or the nearest preferred weekday) at the wanted time,
 * else the nearest free time within its tolerance; later sessions see the earlier ones placed. A session the client
 * has an appointment for already, still to come, is not placed again.
 */
public final class SeriesBooking {
    private SeriesBooking() {
    }

    public static SeriesProposal propose(AppointmentBook book, List<PlannedVisit> visits, SeriesRequest request,
            Instant now) {
        var placed = new ArrayList<SeriesProposal.Placed>();
        var notPlaced = new ArrayList<SeriesProposal.NotPlaced>();
        var current = book;
        for (var visit : visits) {
            var held = book.holding(request.client(), visit.session(), now);
            if (held.isPresent()) {
                notPlaced.add(new SeriesProposal.NotPlaced(visit, "booked already: " + held.get().named()));
                continue;
            }
            var day = request.weekday().map(w -> nearest(visit.date(), w)).orElse(visit.date());
            var wanted = Appointment.booked(request.client(), request.therapist(), request.room(),
                    day.atTime(request.at()), visit.minutes(), Optional.of(visit.session()), visit.techniques(),
                    request.cautions());
            var first = day.minusDays(visit.toleranceDays());
            var last = day.plusDays(visit.toleranceDays());
            var found = current.nearestFree(wanted, first, last, now);
            if (found.isPresent()) {
                placed.add(new SeriesProposal.Placed(visit, found.get(), !found.get().start().equals(wanted.start())));
                current = current.with(found.get());
            } else {
                notPlaced.add(new SeriesProposal.NotPlaced(visit, "no free time from " + first + " to " + last
                        + "; at " + wanted.start() + ": " + current.clashes(wanted, now).stream().map(Clash::message)
                        .collect(Collectors.joining("; "))));
            }
        }
        return new SeriesProposal(placed, notPlaced);
    }

    /** The day of that weekday nearest to the date (the later one when two are as near). */
    static LocalDate nearest(LocalDate date, DayOfWeek weekday) {
        var after = date.with(TemporalAdjusters.nextOrSame(weekday));
        var before = date.with(TemporalAdjusters.previousOrSame(weekday));
        return after.toEpochDay() - date.toEpochDay() <= date.toEpochDay() - before.toEpochDay() ? after : before;
    }
}
