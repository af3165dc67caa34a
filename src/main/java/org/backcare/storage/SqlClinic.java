package org.backcare.storage;

import java.time.Duration;
import java.util.Optional;
import org.backcare.mail.ClinicDetails;
import org.backcare.mail.ClinicProfile;
import org.jdbi.v3.core.Handle;

/** The clinic's own details (name, address, phone), self-booking on or off, and when reminders go. */
public final class SqlClinic implements ClinicDetails {
    private final Database database;

    SqlClinic(Database database) {
        this.database = database;
    }

    @Override
    public ClinicProfile profile() {
        return database.transaction("read the clinic's details", SqlClinic::profile);
    }

    @Override
    public void profile(ClinicProfile profile) {
        database.transaction("keep the clinic's details", handle -> handle.createUpdate("""
                insert into clinic_profile (id, name, address, phone, self_booking, reminder_hours, second_reminder_hours)
                values (1, :name, :address, :phone, :selfBooking, :reminder, :second)
                on conflict (id) do update set name = excluded.name, address = excluded.address, phone = excluded.phone,
                    self_booking = excluded.self_booking, reminder_hours = excluded.reminder_hours,
                    second_reminder_hours = excluded.second_reminder_hours""")
                .bind("name", profile.name()).bind("address", profile.address()).bind("phone", profile.phone())
                .bind("selfBooking", profile.selfBooking()).bind("reminder", profile.reminder().toHours())
                .bind("second", profile.secondReminder().map(Duration::toHours).orElse(null)).execute());
    }

    static ClinicProfile profile(Handle handle) {
        return handle.createQuery("""
                select name, address, phone, self_booking, reminder_hours, second_reminder_hours
                from clinic_profile where id = 1""")
                .map((row, ctx) -> new ClinicProfile(row.getString("name"), row.getString("address"), row.getString("phone"),
                        row.getBoolean("self_booking"), Duration.ofHours(row.getInt("reminder_hours")),
                        Optional.ofNullable((Number) row.getObject("second_reminder_hours"))
                                .map(n -> Duration.ofHours(n.longValue()))))
                .findOne().orElse(ClinicProfile.UNNAMED);
    }
}
