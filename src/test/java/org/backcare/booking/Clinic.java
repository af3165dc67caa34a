package org.backcare.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.backcare.accounts.Username;
import org.backcare.clients.ClientId;

/** A small clinic in London for the booking tests: Mira and Tom, rooms Blue (heated table, stone heater) and Green. */
final class Clinic {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ClinicSettings SETTINGS = ClinicSettings.defaults(LONDON);
    static final Username MIRA = new Username("mira");
    static final Username TOM = new Username("tom");
    static final ClientId ASHA = new ClientId("asha-rao");
    static final ClientId BEN = new ClientId("ben-cole");
    static final WeeklyHours USUAL = WeeklyHours.parse("mon-thu 09:00-17:00 break 12:30-13:15; fri 09:00-13:00");
    static final Map<String, Set<String>> NEEDS = Map.of("hot-stone", Set.of("heated-table", "stone-heater"),
            "kati-basti", Set.of("kati-basti-set"));
    static final List<Room> ROOMS = List.of(new Room("Blue", Set.of("heated-table", "stone-heater")),
            new Room("Green", Set.of()));
    /** Well before every appointment in the tests. */
    static final Instant NOW = LocalDateTime.of(2026, 11, 30, 8, 0).atZone(LONDON).toInstant();

    private final Map<Username, WorkingWeek> weeks = new HashMap<>(Map.of(MIRA, WorkingWeek.of(USUAL),
            TOM, WorkingWeek.of(USUAL)));
    private final List<Appointment> appointments = new ArrayList<>();
    private long ids;

    Clinic week(Username therapist, WorkingWeek week) {
        weeks.put(therapist, week);
        return this;
    }

    /** Keeps an appointment without any check, as if it had been on file. */
    Appointment onFile(ClientId client, Username therapist, String room, LocalDateTime start, int minutes) {
        var kept = appointment(client, therapist, room, start, minutes).withId(++ids);
        appointments.add(kept);
        return kept;
    }

    AppointmentBook book() {
        return new AppointmentBook(SETTINGS, weeks, ROOMS, NEEDS, appointments);
    }

    static Appointment appointment(ClientId client, Username therapist, String room, LocalDateTime start, int minutes,
            String... techniques) {
        return Appointment.booked(client, therapist, Optional.ofNullable(room), start, minutes, Optional.empty(),
                List.of(techniques), List.of());
    }

    static LocalDateTime at(int month, int day, int hour, int minute) {
        return LocalDate.of(2026, month, day).atTime(hour, minute);
    }
}
