package org.backcare.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.backcare.accounts.Username;
import org.backcare.clients.ClientId;

/**
 * Where the clinic's appointment book is kept: settings, working weeks, rooms, appointments. Every method is one
 * transaction; a refused change writes nothing. Bookings and moves take turns, so of two at the same time one wins.
 */
public interface AppointmentDesk {
    ClinicSettings settings();

    void settings(ClinicSettings settings);

    Map<Username, WorkingWeek> weeks();

    void hours(Username therapist, WeeklyHours usual);

    /** A holiday or sick leave, from its first day to its last. */
    void daysOff(Username therapist, DaysOff off);

    /** Takes back days off kept before, named as they were kept (first and last day); refused when none are. */
    void takeBackDaysOff(Username therapist, DaysOff off);

    /** A day worked beyond the usual week, or with other hours. */
    void extraDay(Username therapist, ExtraDay extra);

    /** The weekly times the client can come, replacing those kept before; the week planner books them only then. */
    void clientTimes(ClientId client, WeeklyHours times);

    /** Every client's weekly times; a client who gave none is not in the map. */
    Map<ClientId, WeeklyHours> clientTimes();

    /** The techniques the therapist is trained in (knowledge-base ids), replacing those kept before. */
    void skills(Username therapist, Set<String> techniques);

    List<Room> rooms();

    void addRoom(Room room);

    /**
     * Replaces what the room (found by its name) is equipped for; refused, changing nothing, while an appointment to
     * come in it needs what it would lose.
     */
    void equipRoom(Room room, Instant now);

    /** Every therapist's skills (the techniques they are trained in); a therapist without any is not in the map. */
    Map<Username, Set<String>> skills();

    /** The book from the first day to the last as it stands, to propose a series or find free time in. */
    AppointmentBook book(LocalDate first, LocalDate last);

    /** Books them all or none; fails with {@link BookingRefusedException} naming every clash. */
    List<Appointment> book(List<Appointment> wanted, String actor, Instant now);

    /**
     * Moves, keeping the history; with an expected version of the client, refused (writing nothing) when someone
     * else changed the client since ({@link org.backcare.clients.ClientChangedException}).
     */
    Appointment move(long id, LocalDateTime to, String actor, Instant now, OptionalLong expectedClientVersion);

    Appointment cancel(long id, String actor, String reason, Instant now);

    Appointment mark(long id, Status status, String actor, Instant now);

    List<Appointment> flagForReview(ClientId client, String actor, Instant now);

    Optional<Appointment> find(long id);

    List<Appointment> between(LocalDate first, LocalDate last, Optional<Username> therapist);

    List<Appointment> ofClient(ClientId client);
}
