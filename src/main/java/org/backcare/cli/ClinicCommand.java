package org.backcare.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backcare.intake.Problem;
import org.backcare.mail.ClinicProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "clinic", mixinStandardHelpOptions = true,
        description = {"Shows or sets the clinic's details that mails carry (name, address, phone), whether clients may"
                + " book themselves, and when reminders go."})
final class ClinicCommand implements Runnable {
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
            var profile = db.clinic().profile();
            if (name != null || address != null || phone != null || selfBooking != null || reminderHours != null
                    || secondReminderHours != null) {
                profile = changed(profile);
                db.clinic().profile(profile);
            }
            var out = spec.commandLine().getOut();
            out.printf("Name: %s%nAddress: %s%nPhone: %s%nSelf-booking: %s%nReminder: %d h before%s%n",
                    profile.signature(), profile.address().replace("\n", ", "), profile.phone(),
                    profile.selfBooking() ? "on" : "off", profile.reminder().toHours(),
                    profile.secondReminder().map(d -> ", and again " + d.toHours() + " h before").orElse(""));
        }
    }

    private ClinicProfile changed(ClinicProfile was) {
        var problems = new ArrayList<Problem>();
        if (selfBooking != null && !List.of("on", "off").contains(selfBooking)) {
            problems.add(new Problem("--self-booking", "'" + selfBooking + "' is not on or off"));
        }
        if (phone != null && !phone.isBlank()) {
            try {
                org.backcare.clients.Contact.checkedPhone(phone);
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
