package org.backcare.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backcare.booking.ClinicSettings;
import org.backcare.clients.Contact;
import org.backcare.intake.Problem;
import org.backcare.mail.ClinicProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "clinic", mixinStandardHelpOptions = true,
        description = "The clinic's settings, kept in the database (every server shares them): time zone, turnover gap,"
                + " late-cancellation notice; the details mails carry (name, address, phone), whether clients may book"
                + " themselves, and when reminders go.",
        subcommands = {ClinicCommand.Set.class, ClinicCommand.Show.class})
final class ClinicCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static String shown(ClinicSettings settings) {
        return "zone " + settings.zone().getId() + ", turnover " + settings.turnover().toMinutes() + " min, late-cancellation notice "
                + settings.noticeWritten();
    }

    static void show(PrintWriter out, ClinicSettings settings, ClinicProfile profile) {
        out.println("The clinic books with " + shown(settings) + ".");
        out.printf("Name: %s%nAddress: %s%nPhone: %s%nSelf-booking: %s%nReminder: %d h before%s%n",
                profile.signature(), profile.address().replace("\n", ", "), profile.phone(),
                profile.selfBooking() ? "on" : "off", profile.reminder().toHours(),
                profile.secondReminder().map(d -> ", and again " + d.toHours() + " h before").orElse(""));
    }

    @Command(name = "set", mixinStandardHelpOptions = true, description = "Change any of the settings; the others stay.")
    static final class Set implements Runnable {

        @Option(names = "--zone", paramLabel = "ZONE", description = "A time zone id such as Europe/London.")
        String zone;

        @Option(names = "--turnover", paramLabel = "MINUTES", description = "Minutes between two clients (default 10).")
        Integer turnover;

        @Option(names = "--notice", paramLabel = "TIME", description = "Late-cancellation notice: 24h, 2d or 90m (default 24h).")
        String notice;

        @Option(names = "--name", paramLabel = "NAME", description = "The clinic's name, signing every mail.")
        String name;

        @Option(names = "--address", paramLabel = "ADDRESS", description = "Its address (\\n between lines).")
        String address;

        @Option(names = "--phone", paramLabel = "NUMBER", description = "The phone number clients call.")
        String phone;

        @Option(names = "--self-booking", paramLabel = "on|off", description = "Whether clients book their own sessions.")
        String selfBooking;

        @Option(names = "--reminder-hours", paramLabel = "HOURS", description = "Hours before an appointment the reminder goes (default 24).")
        Integer reminderHours;

        @Option(names = "--second-reminder-hours", paramLabel = "HOURS", description = "A second reminder, hours before (0: none).")
        Integer secondReminderHours;

        @Mixin
        DatabaseOption database;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            try (var db = database.open()) {
                var desk = TherapistCommand.book(db);
                var settings = desk.settings();
                var profile = db.clinic().profile();
                boolean booking = zone != null || turnover != null || notice != null;
                boolean details = name != null || address != null || phone != null || selfBooking != null
                        || reminderHours != null || secondReminderHours != null;
                settings = booking ? changed(settings) : settings;
                profile = details ? changed(profile) : profile;
                if (booking) {
                    desk.settings(settings);
                }
                if (details) {
                    db.clinic().profile(profile);
                }
                show(spec.commandLine().getOut(), settings, profile);
            }
        }

        private ClinicSettings changed(ClinicSettings now) {
            return BookingInput.checked("cannot change the settings", "--zone", () -> new ClinicSettings(
                    zone == null ? now.zone() : ClinicSettings.zone(zone),
                    turnover == null ? now.turnover() : Duration.ofMinutes(turnover),
                    notice == null ? now.lateNotice() : ClinicSettings.notice(notice)));
        }

        private ClinicProfile changed(ClinicProfile was) {
            var problems = new ArrayList<Problem>();
            if (selfBooking != null && !List.of("on", "off").contains(selfBooking)) {
                problems.add(new Problem("--self-booking", "'" + selfBooking + "' is not on or off"));
            }
            if (phone != null && !phone.isBlank()) {
                try {
                    Contact.checkedPhone(phone);
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem("--phone", e.getMessage().substring("phone: ".length())));
                }
            }
            var second = secondReminderHours == null ? was.secondReminder()
                    : secondReminderHours == 0 ? Optional.<Duration>empty() : Optional.of(Duration.ofHours(secondReminderHours));
            try {
                if (problems.isEmpty()) {
                    return new ClinicProfile(name != null ? name : was.name(),
                            address != null ? address.replace("\\n", "\n") : was.address(), phone != null ? phone : was.phone(),
                            selfBooking != null ? selfBooking.equals("on") : was.selfBooking(),
                            reminderHours != null ? Duration.ofHours(reminderHours) : was.reminder(), second);
                }
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("--" + e.getMessage().substring(0, e.getMessage().indexOf(':')) + "-hours",
                        e.getMessage().substring(e.getMessage().indexOf(':') + 2)));
            }
            throw new BadInputException("cannot change the clinic's details", problems);
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "The settings the clinic books with, and the details its mails carry.")
    static final class Show implements Runnable {
        @Mixin
        DatabaseOption database;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            try (var db = database.open()) {
                show(spec.commandLine().getOut(), TherapistCommand.book(db).settings(), db.clinic().profile());
            }
        }
    }
}
