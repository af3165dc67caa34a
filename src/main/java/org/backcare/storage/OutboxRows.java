package org.backcare.storage;

import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.backcare.booking.Appointment;
import org.backcare.clients.ClientId;
import org.jdbi.v3.core.Handle;

/**
 * Mails put in the outbox (the jobs table) by the change that causes them, in its own transaction: a booking kept is a
 * confirmation queued, a booking refused queues nothing. A job says which mail about what, never health data.
 */
final class OutboxRows {
    static final String KIND = "mail";

    private final Handle handle;
    private final Dialect dialect;

    OutboxRows(Handle handle, Dialect dialect) {
        this.handle = handle;
        this.dialect = dialect;
    }

    void booked(Appointment a, ZoneId zone, Instant now) {
        if (mailable(a.client())) {
            queue("confirmation " + a.id(), now);
            reminders(a, zone, now);
        }
    }

    void moved(Appointment before, Appointment after, ZoneId zone, Instant now) {
        if (mailable(after.client())) {
            queue("change " + after.id() + " " + before.start(), now);
            reminders(after, zone, now);
        }
    }

    void cancelled(Appointment a, Instant now) {
        if (mailable(a.client())) {
            queue("cancellation " + a.id(), now);
        }
    }

    /** A reminder names the start it reminds of: one queued before a move finds the appointment elsewhere and goes unsent. */
    private void reminders(Appointment a, ZoneId zone, Instant now) {
        var clinic = SqlClinic.profile(handle);
        Stream.concat(Stream.of(clinic.reminder()), clinic.secondReminder().stream())
                .map(before -> a.startsAt(zone).minus(before)).filter(at -> at.isAfter(now)).distinct()
                .forEach(at -> queue("reminder " + a.id() + " " + a.start(), at));
    }

    void account(String mail, String username, Instant now) {
        queue(mail + " " + username, now);
    }

    void preVisitIntake(ClientId client, Instant now) {
        if (mailable(client)) {
            queue(SqlOutbox.PRE_VISIT_INTAKE + " " + client.value(), now);
        }
    }

    private void queue(String payload, Instant runAfter) {
        SqlJobQueue.add(handle, KIND, payload, runAfter);
    }

    private boolean mailable(ClientId client) {
        return new ContactRows(handle, dialect).of(client).mailable().isPresent();
    }
}
