package org.backcare.scheduling;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the week planner needs, in plain terms: the days to plan (from {@code firstDay}), the therapists,
 * the rooms, the appointments already booked and the sessions the plans want. With {@code mayMoveUnconfirmed} the
 * planner may move booked appointments that are not confirmed yet. {@code bookedAfter}: sessions the plans want this
 * week that a visit after it holds already (a series booked ahead), not planned again, each with why.
 */
public record ClinicWeek(LocalDate firstDay, int days, List<Therapist> therapists, List<Room> rooms,
        List<Appointment> booked, List<DueSession> due, List<WeekProposal.Unplanned> bookedAfter,
        boolean mayMoveUnconfirmed) {
    public ClinicWeek {
        therapists = List.copyOf(therapists);
        rooms = List.copyOf(rooms);
        booked = List.copyOf(booked);
        due = List.copyOf(due);
        bookedAfter = List.copyOf(bookedAfter);
    }

    public LocalDate lastDay() {
        return firstDay.plusDays(days - 1L);
    }
}
