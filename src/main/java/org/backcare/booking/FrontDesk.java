package org.backcare.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** What happens to an appointment after it is booked: cancelled, moved, marked, or flagged for review. */
public final class FrontDesk {
    private FrontDesk() {
    }

    /** Cancels; inside the clinic's notice period (and before the visit) it is a late cancellation. */
    public static Appointment cancel(Appointment appointment, String by, String reason, Instant now,
            ClinicSettings settings) {
        requireOpen(appointment, "cancelled");
        var start = appointment.startsAt(settings.zone());
        boolean late = now.isAfter(start.minus(settings.lateNotice()));
        return appointment.cancelled(new Cancellation(by, now, reason == null ? "" : reason, late));
    }

    /**
     * Marks the visit arrived, attended or no-show; arrived or attended only from its day on, a no-show once it has
     * begun.
     */
    public static Appointment mark(Appointment appointment, Status status, Instant now, ZoneId zone) {
        if (status == Status.BOOKED || status == Status.CANCELLED) {
            throw new IllegalArgumentException("status: mark arrived, attended or no-show (cancel with cancel)");
        }
        if (appointment.status() == Status.ATTENDED && status == Status.ATTENDED) {
            return appointment;
        }
        requireOpen(appointment, "marked " + status.id());
        tooEarly(appointment, status, now, zone).ifPresent(why -> {
            throw new IllegalArgumentException("status: " + why);
        });
        return appointment.withStatus(status);
    }

    /**
     * What the visit can be marked now from the day sheet, each when due: arrived (while booked), attended (by logging
     * the visit) and no-show.
     */
    public static List<Status> markable(Appointment appointment, Instant now, ZoneId zone) {
        if (!appointment.status().isOpen()) {
            return List.of();
        }
        return Stream.of(Status.ARRIVED, Status.ATTENDED, Status.NO_SHOW)
                .filter(s -> s != Status.ARRIVED || appointment.status() == Status.BOOKED)
                .filter(s -> tooEarly(appointment, s, now, zone).isEmpty()).toList();
    }

    /**
     * Why the visit cannot be marked so yet: a client arrives, and a visit is attended, on its day (to see them sooner,
     * move it first); a no-show only once it has begun. Marked early by a slip, any of them would stand in the
     * client's record, and a session logged for a visit ahead would be dated before it.
     */
    public static Optional<String> tooEarly(Appointment appointment, Status status, Instant now, ZoneId zone) {
        boolean onItsDay = status == Status.ARRIVED || status == Status.ATTENDED;
        if (onItsDay && LocalDate.ofInstant(now, zone).isBefore(appointment.start().toLocalDate())) {
            return Optional.of(appointment.named() + " is not today: " + (status == Status.ARRIVED ? "mark it arrived"
                    : "log it") + " on its day, or move it first");
        }
        if (status == Status.NO_SHOW && now.isBefore(appointment.startsAt(zone))) {
            return Optional.of(appointment.named() + " has not begun: mark a no-show once it has");
        }
        return Optional.empty();
    }

    /** Moves to a new start; the book must then show no clash (see {@link AppointmentBook#clashes}). */
    public static Appointment move(Appointment appointment, LocalDateTime to, String by, Instant now) {
        requireOpen(appointment, "moved");
        if (appointment.status() != Status.BOOKED) {
            throw new IllegalArgumentException("appointment " + appointment.id() + " is " + appointment.status().id()
                    + ": only a booked appointment can be moved");
        }
        return appointment.movedTo(to, by, now);
    }

    /**
     * After a new red flag nothing is cancelled by itself, but every visit still to come needs review before it:
     * the client's open appointments from now on, flagged.
     */
    public static List<Appointment> needingReview(List<Appointment> ofClient, LocalDateTime now) {
        return ofClient.stream().filter(a -> a.status().isOpen() && !a.start().isBefore(now) && !a.needsReview())
                .map(Appointment::flaggedForReview).toList();
    }

    private static void requireOpen(Appointment appointment, String what) {
        if (!appointment.status().isOpen()) {
            throw new IllegalArgumentException("appointment " + appointment.id() + " is " + appointment.status().id()
                    + " and cannot be " + what);
        }
    }
}
