package org.backcare.web.plans;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;
import org.backcare.accounts.Username;
import org.backcare.booking.ClinicSettings;
import org.backcare.booking.Equipment;
import org.backcare.booking.WeeklyHours;
import org.backcare.clients.ClientId;
import org.backcare.mail.ClinicProfile;
import org.backcare.storage.SqlAppointments;

/**
 * A clinic where clients book themselves: tom works every day 08:00-20:00, Asha Rao (a desk worker) and Tom Becker
 * (red flags: referred) are in his care, and cancelling needs no notice until a test sets one.
 */
final class SelfBookingClinic implements AutoCloseable {
    final PlanFixture fixture = new PlanFixture();
    final SqlAppointments desk;
    final ClientId asha;

    SelfBookingClinic() {
        fixture.therapist("tom");
        asha = fixture.onFile("asha-rao", "desk-worker.yaml", "tom");
        fixture.onFile("tom-becker", "red-flags.yaml", "tom");
        desk = fixture.running.database.appointments(Equipment.neededBy(PlanFixture.KNOWLEDGE));
        notice(Duration.ZERO);
        desk.hours(new Username("tom"), WeeklyHours.parse("mon-sun 08:00-20:00"));
        selfBooking(true);
    }

    void notice(Duration lateNotice) {
        desk.settings(new ClinicSettings(ZoneOffset.UTC, Duration.ofMinutes(10), lateNotice));
    }

    void selfBooking(boolean on) {
        fixture.running.database.clinic().profile(new ClinicProfile("Harbour Massage", "1 Quay Street",
                "+44 117 496 0000", on, Duration.ofHours(24), Optional.empty()));
    }

    @Override
    public void close() {
        fixture.close();
    }
}
