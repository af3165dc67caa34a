package org.backcare.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import org.backcare.booking.Appointment;
import org.backcare.booking.Status;
import org.backcare.storage.SqlAppointments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "appointment", mixinStandardHelpOptions = true,
        description = "Change one appointment: cancel, no-show, arrived, attended, move.",
        subcommands = {AppointmentCommand.Cancel.class, AppointmentCommand.NoShow.class, AppointmentCommand.Arrived.class,
                AppointmentCommand.Attended.class, AppointmentCommand.MoveIt.class})
final class AppointmentCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What every change of one appointment shares: its id, the database, and how the result is printed. */
    abstract static class Change implements Runnable {
        @Parameters(paramLabel = "ID", description = "The appointment's id (schedule and book print it).")
        long id;

        @Mixin
        DatabaseOption database;

        @Spec
        CommandSpec spec;

        abstract Appointment change(SqlAppointments desk, Instant now);

        @Override
        public void run() {
            var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            try (var db = database.open()) {
                var desk = TherapistCommand.book(db);
                var changed = BookingInput.checked("cannot change appointment " + id, "ID", () -> change(desk, now));
                var late = changed.cancellation().filter(c -> c.late()).map(c -> " (late: inside the notice period)").orElse("");
                spec.commandLine().getOut().println(changed.status().id() + late + ": " + changed.client() + " with "
                        + changed.therapist() + "  " + BookCommand.line(changed, desk.settings().zone()));
            }
        }
    }

    @Command(name = "cancel", mixinStandardHelpOptions = true,
            description = "Cancel; inside the clinic's notice period (default 24 h) it is a late cancellation.")
    static final class Cancel extends Change {
        @Option(names = "--reason", paramLabel = "TEXT")
        String reason = "";

        @Override
        Appointment change(SqlAppointments desk, Instant now) {
            return desk.cancel(id, BookingInput.actor(), reason.strip(), now);
        }
    }

    @Command(name = "no-show", mixinStandardHelpOptions = true, description = "The client did not come.")
    static final class NoShow extends Change {
        @Option(names = "--reason", paramLabel = "TEXT", description = "Not kept: a no-show has no reason on file.")
        String reason;

        @Override
        Appointment change(SqlAppointments desk, Instant now) {
            return desk.mark(id, Status.NO_SHOW, BookingInput.actor(), now);
        }
    }

    @Command(name = "arrived", mixinStandardHelpOptions = true, description = "The client is here.")
    static final class Arrived extends Change {
        @Override
        Appointment change(SqlAppointments desk, Instant now) {
            return desk.mark(id, Status.ARRIVED, BookingInput.actor(), now);
        }
    }

    @Command(name = "attended", mixinStandardHelpOptions = true, description = "The visit took place (logging its session does this too).")
    static final class Attended extends Change {
        @Override
        Appointment change(SqlAppointments desk, Instant now) {
            return desk.mark(id, Status.ATTENDED, BookingInput.actor(), now);
        }
    }

    @Command(name = "move", mixinStandardHelpOptions = true, description = "Move to another day and time; the history is kept.")
    static final class MoveIt extends Change {
        @Option(names = "--date", required = true, converter = IsoDate.class, paramLabel = "DATE")
        LocalDate date;

        @Option(names = "--at", required = true, converter = BookingInput.Time.class, paramLabel = "HH:MM")
        LocalTime at;

        @Override
        Appointment change(SqlAppointments desk, Instant now) {
            return desk.move(id, date.atTime(at), BookingInput.actor(), now);
        }
    }
}
