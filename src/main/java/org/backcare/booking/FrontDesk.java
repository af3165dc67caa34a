package org.backcare.booking;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

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

    /** Marks the visit arrived, attended or no-show. */
    public static Appointment mark(Appointment appointment, Status status) {
        if (status == Status.BOOKED || status == Status.CANCELLED) {
            throw new IllegalArgumentException("status: mark arrived, attended or no-show (cancel with cancel)");
        }
        if (appointment.status() == Status.ATTENDED && status == Status.ATTENDED) {
            return appointment;
        }
        requireOpen(appointment, "marked " + status.id());
        return appointment.withStatus(status);
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
