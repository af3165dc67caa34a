package org.backcare.booking;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.backcare.accounts.Username;
import org.backcare.clients.ClientId;

/**
 * A client's visit to a therapist, on the clinic's clock ({@code start} is a local date-time in the clinic's zone),
 * with the plan session it carries out and the screening's cautions for the day sheet. Id 0 until it is kept.
 */
public record Appointment(long id, ClientId client, Username therapist, Optional<String> room, LocalDateTime start,
        int minutes, Status status, Optional<Integer> planSession, List<String> techniques, List<String> cautions,
        Optional<Cancellation> cancellation, List<Move> moves, boolean needsReview) {
    public static final int MIN_MINUTES = 10;
    public static final int MAX_MINUTES = 240;

    public Appointment {
        Objects.requireNonNull(client);
        Objects.requireNonNull(therapist);
        Objects.requireNonNull(start);
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw new IllegalArgumentException("minutes: from " + MIN_MINUTES + " to " + MAX_MINUTES + " (was " + minutes + ")");
        }
        techniques = List.copyOf(techniques);
        cautions = List.copyOf(cautions);
        moves = List.copyOf(moves);
    }

    /** A new appointment, not kept yet. */
    public static Appointment booked(ClientId client, Username therapist, Optional<String> room, LocalDateTime start,
            int minutes, Optional<Integer> planSession, List<String> techniques, List<String> cautions) {
        return new Appointment(0, client, therapist, room, start, minutes, Status.BOOKED, planSession, techniques,
                cautions, Optional.empty(), List.of(), false);
    }

    /** When it ends on the clinic's clock: across a daylight-saving change, the hour gained or lost is counted. */
    public LocalDateTime end(ZoneId zone) {
        return start.atZone(zone).plusMinutes(minutes).toLocalDateTime();
    }

    /** "appointment 7 on 2026-12-08 at 10:00", as a message names a kept appointment. */
    public String named() {
        return "appointment " + id + " on " + start.toLocalDate() + " at " + start.toLocalTime();
    }

    public Instant startsAt(ZoneId zone) {
        return start.atZone(zone).toInstant();
    }

    public Instant endsAt(ZoneId zone) {
        return startsAt(zone).plusSeconds(60L * minutes);
    }

    public Appointment withId(long newId) {
        return new Appointment(newId, client, therapist, room, start, minutes, status, planSession, techniques, cautions,
                cancellation, moves, needsReview);
    }

    public Appointment withStatus(Status newStatus) {
        return new Appointment(id, client, therapist, room, start, minutes, newStatus, planSession, techniques, cautions,
                cancellation, moves, needsReview);
    }

    public Appointment cancelled(Cancellation why) {
        return new Appointment(id, client, therapist, room, start, minutes, Status.CANCELLED, planSession, techniques,
                cautions, Optional.of(why), moves, needsReview);
    }

    public Appointment movedTo(LocalDateTime newStart, String by, Instant at) {
        var history = new ArrayList<>(moves);
        history.add(new Move(start, newStart, by, at));
        return new Appointment(id, client, therapist, room, newStart, minutes, status, planSession, techniques, cautions,
                cancellation, history, needsReview);
    }

    public Appointment inRoom(Optional<String> newRoom) {
        return new Appointment(id, client, therapist, newRoom, start, minutes, status, planSession, techniques, cautions,
                cancellation, moves, needsReview);
    }

    public Appointment flaggedForReview() {
        return new Appointment(id, client, therapist, room, start, minutes, status, planSession, techniques, cautions,
                cancellation, moves, true);
    }
}
