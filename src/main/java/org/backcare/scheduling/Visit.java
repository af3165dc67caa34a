package org.backcare.scheduling;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * One client in one room with one therapist at one time: a session a plan wants (its time, therapist and room
 * are chosen by the planner; no time means not planned) or an appointment already booked (pinned where it is).
 */
@PlanningEntity
public class Visit {
    @PlanningId
    private String id;
    private String client;
    private int minutes;
    private DueSession due;
    private Appointment booked;
    @PlanningPin
    private boolean pinned;
    private List<LocalDateTime> possibleStarts;
    private List<Therapist> possibleTherapists;
    private List<Room> possibleRooms;

    private LocalDateTime start;
    private LocalDateTime end;
    private LocalDate day;
    @PlanningVariable(valueRangeProviderRefs = "possibleTherapists")
    private Therapist therapist;
    @PlanningVariable(valueRangeProviderRefs = "possibleRooms")
    private Room room;

    public Visit() {}

    /** A session a plan wants, to be placed at one of the starts, with one of the therapists, in one of the rooms. */
    public static Visit wanted(DueSession due, List<LocalDateTime> possibleStarts, List<Therapist> possibleTherapists,
            List<Room> possibleRooms) {
        var visit = new Visit();
        visit.id = due.id();
        visit.client = due.client();
        visit.minutes = due.minutes();
        visit.due = due;
        visit.possibleStarts = List.copyOf(possibleStarts);
        visit.possibleTherapists = List.copyOf(possibleTherapists);
        visit.possibleRooms = List.copyOf(possibleRooms);
        return visit;
    }

    /** An appointment in the book, with its therapist and room; {@code movable} lets the planner move it. */
    public static Visit booked(Appointment appointment, Therapist therapist, Room room, boolean movable,
            List<LocalDateTime> possibleStarts, List<Therapist> possibleTherapists, List<Room> possibleRooms) {
        var visit = new Visit();
        visit.id = "booked:" + appointment.id();
        visit.client = appointment.client();
        visit.minutes = appointment.minutes();
        visit.booked = appointment;
        visit.pinned = !movable;
        visit.possibleStarts = movable ? List.copyOf(possibleStarts) : List.of(appointment.start());
        visit.possibleTherapists = movable ? List.copyOf(possibleTherapists) : List.of(therapist);
        visit.possibleRooms = movable ? List.copyOf(possibleRooms) : List.of(room);
        visit.setStart(appointment.start());
        visit.therapist = therapist;
        visit.room = room;
        return visit;
    }

    /** Places the visit (for tests and for reading a proposal back). */
    public Visit at(LocalDateTime start, Therapist therapist, Room room) {
        setStart(start);
        this.therapist = therapist;
        this.room = room;
        return this;
    }

    @ValueRangeProvider(id = "possibleStarts")
    public List<LocalDateTime> getPossibleStarts() {
        return possibleStarts;
    }

    @ValueRangeProvider(id = "possibleTherapists")
    public List<Therapist> getPossibleTherapists() {
        return possibleTherapists;
    }

    @ValueRangeProvider(id = "possibleRooms")
    public List<Room> getPossibleRooms() {
        return possibleRooms;
    }

    public String getId() {
        return id;
    }

    public String client() {
        return client;
    }

    public int minutes() {
        return minutes;
    }

    /** The session the plan wants, or null for an appointment already booked. */
    public DueSession due() {
        return due;
    }

    public Appointment booked() {
        return booked;
    }

    public boolean isWanted() {
        return due != null;
    }

    public boolean isPinned() {
        return pinned;
    }

    public boolean isPlanned() {
        return start != null;
    }

    /** The time is a property (not a field) so that its end and day are worked out once, not at every look. */
    @PlanningVariable(allowsUnassigned = true, valueRangeProviderRefs = "possibleStarts")
    public LocalDateTime getStart() {
        return start;
    }

    public void setStart(LocalDateTime start) {
        this.start = start;
        this.end = start == null ? null : start.plusMinutes(minutes);
        this.day = start == null ? null : start.toLocalDate();
    }

    public LocalDateTime start() {
        return start;
    }

    public LocalDateTime end() {
        return end;
    }

    public LocalDate day() {
        return day;
    }

    public Therapist therapist() {
        return therapist;
    }

    public Room room() {
        return room;
    }

    public boolean screeningStopsMassage() {
        return due != null && due.screening().stopsMassage();
    }

    public boolean therapistIsTrained() {
        return due == null || therapist.isTrainedIn(due.mainTechnique());
    }

    public boolean roomIsEquipped() {
        return due == null || room.has(due.equipment());
    }

    public boolean clientCanCome() {
        return due == null || due.available().stream().anyMatch(w -> w.holds(start, end()));
    }

    public boolean atPreferredTime() {
        return due == null || due.preferred().isEmpty() || due.preferred().stream().anyMatch(w -> w.holds(start, end()));
    }

    public boolean withUsualTherapist() {
        return due == null || due.usualTherapist() == null || due.usualTherapist().equals(therapist.username());
    }

    /** Days between this visit and the date the plan's interval asks for. */
    public int daysOffPlan() {
        return due == null ? 0 : (int) Math.abs(day().toEpochDay() - due.idealDate().toEpochDay());
    }

    /** Days beyond the plan's tolerance either side of its date. */
    public int daysBeyondTolerance() {
        return due == null ? 0 : Math.max(0, daysOffPlan() - due.toleranceDays());
    }

    public int overlapMinutes(Visit other) {
        var from = start.isAfter(other.start) ? start : other.start;
        var to = end().isBefore(other.end()) ? end() : other.end();
        return (int) Duration.between(from, to).toMinutes();
    }

    public Set<String> equipmentNeeded() {
        return due == null ? Set.of() : due.equipment();
    }

    @Override
    public String toString() {
        return id;
    }
}
