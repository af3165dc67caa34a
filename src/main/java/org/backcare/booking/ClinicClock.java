package org.backcare.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The clinic's wall clock: the time from the given clock, the zone from the clinic's settings. Today, for every
 * record and page, is {@code LocalDate.now(clinicClock)}: the clinic's date, not the server's, so a clinic east or
 * west of the server logs a morning's visit on the day it was held. The zone is read on each use, so a change in the
 * settings holds at once on every server.
 */
public final class ClinicClock extends Clock {
    private final Clock time;
    private final Supplier<ZoneId> zone;

    public ClinicClock(Clock time, Supplier<ZoneId> zone) {
        this.time = time;
        this.zone = zone;
    }

    /** The clock of the clinic whose settings the desk keeps. */
    public static ClinicClock of(AppointmentDesk desk, Clock time) {
        return new ClinicClock(time, () -> desk.settings().zone());
    }

    @Override
    public ZoneId getZone() {
        return zone.get();
    }

    @Override
    public Clock withZone(ZoneId other) {
        return time.withZone(other);
    }

    @Override
    public Instant instant() {
        return time.instant();
    }
}
