package org.backcare.cli;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.backcare.accounts.Account;
import org.backcare.accounts.Role;
import org.backcare.accounts.Username;
import org.backcare.booking.DaysOff;
import org.backcare.booking.Equipment;
import org.backcare.booking.ExtraDay;
import org.backcare.booking.WeeklyHours;
import org.backcare.files.KnowledgeFiles;
import org.backcare.intake.Problem;
import org.backcare.storage.Database;
import org.backcare.storage.SqlAppointments;
import org.backcare.web.access.Passwords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "therapist", mixinStandardHelpOptions = true,
        description = "The therapists who can be booked: add one, set their working hours and days off, list them.",
        subcommands = {TherapistCommand.Add.class, TherapistCommand.Hours.class, TherapistCommand.ListAll.class,
                TherapistCommand.Skills.class})
final class TherapistCommand implements Runnable {
    static final String SPEC = "like 'mon-thu 09:00-17:00 break 12:30-13:15; fri 09:00-13:00'";

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static SqlAppointments book(Database db) {
        return db.appointments(Equipment.neededBy(KnowledgeFiles.bundled()));
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a therapist who can be booked. No one signs in as them until they have a password: on"
                    + " /admin/accounts the admin gives them one, or saves their email address and mails them a link"
                    + " to choose it.")
    static final class Add implements Runnable {
        @Parameters(paramLabel = "USERNAME", converter = BookingInput.User.class)
        Username username;

        @Option(names = "--name", required = true, paramLabel = "NAME")
        String name;

        @Option(names = "--hours", paramLabel = "SPEC", description = "Their usual week, " + SPEC + ".")
        String hours;

        @Mixin
        DatabaseOption database;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            if (name.isBlank()) {
                throw new BadInputException("cannot add the therapist", List.of(new Problem("--name", "required")));
            }
            var week = hours == null ? null : BookingInput.checked("cannot add the therapist", "--hours", () -> WeeklyHours.parse(hours));
            try (var db = database.open()) {
                db.accounts().add(Account.staff(username, name.strip(), Role.THERAPIST), Passwords.hash(unguessable()));
                if (week != null) {
                    book(db).hours(username, week);
                }
                spec.commandLine().getOut().printf("Added therapist %s (%s)%s.%n", username, name.strip(),
                        week == null ? "; set their hours with: backcare therapist hours " + username + " --hours SPEC"
                                : ", working " + week);
            }
        }

        static String unguessable() {
            var bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            return HexFormat.of().formatHex(bytes);
        }
    }

    @Command(name = "hours", mixinStandardHelpOptions = true,
            description = "Set a therapist's usual week, a holiday or sick leave (or take it back), or an extra day.")
    static final class Hours implements Runnable {
        @Parameters(paramLabel = "USERNAME", converter = BookingInput.User.class)
        Username username;

        @Option(names = "--hours", paramLabel = "SPEC", description = "Their usual week, " + SPEC + ".")
        String hours;

        @Option(names = "--off", paramLabel = "FROM..TO", description = "Days off, such as 2026-12-24..2026-12-28 (or one day).")
        List<String> off = new ArrayList<>();

        @Option(names = "--take-back-off", paramLabel = "FROM..TO",
                description = "Take back days off given before, named as given, such as 2026-12-24..2026-12-28.")
        List<String> takeBack = new ArrayList<>();

        @Option(names = "--extra", paramLabel = "DATE=HH:MM-HH:MM", description = "An extra day, such as 2026-12-19=10:00-14:00.")
        List<String> extra = new ArrayList<>();

        @Mixin
        DatabaseOption database;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            if (hours == null && off.isEmpty() && takeBack.isEmpty() && extra.isEmpty()) {
                throw new BadInputException("nothing to change", List.of(new Problem("--hours",
                        "give --hours SPEC, --off FROM..TO, --take-back-off FROM..TO or --extra DATE=HH:MM-HH:MM")));
            }
            var week = hours == null ? null : BookingInput.checked("cannot set the hours", "--hours", () -> WeeklyHours.parse(hours));
            var daysOff = off.stream().map(o -> BookingInput.checked("cannot set the hours", "--off", () -> DaysOff.parse(o))).toList();
            var backs = takeBack.stream().map(o -> BookingInput.checked("cannot set the hours", "--take-back-off", "off",
                    () -> DaysOff.parse(o))).toList();
            var extras = extra.stream().map(e -> BookingInput.checked("cannot set the hours", "--extra", () -> ExtraDay.parse(e))).toList();
            var out = spec.commandLine().getOut();
            try (var db = database.open()) {
                var desk = book(db);
                if (week != null) {
                    desk.hours(username, week);
                    out.printf("%s works %s.%n", username, week);
                }
                daysOff.forEach(d -> {
                    desk.daysOff(username, d);
                    out.printf("%s is off %s.%n", username, d);
                });
                backs.forEach(d -> {
                    BookingInput.checked("cannot take back the days off", "--take-back-off", "off", () -> {
                        desk.takeBackDaysOff(username, d);
                        return d;
                    });
                    out.printf("%s is no longer off %s.%n", username, d);
                });
                extras.forEach(e -> {
                    desk.extraDay(username, e);
                    out.printf("%s works %s %s.%n", username, e.day(), e.hours().get(0));
                });
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The therapists and their working hours.")
    static final class ListAll implements Runnable {
        @Mixin
        DatabaseOption database;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            var out = spec.commandLine().getOut();
            try (var db = database.open()) {
                var weeks = book(db).weeks();
                var staff = db.accounts().all().stream().filter(Account::isStaff).toList();
                if (staff.isEmpty()) {
                    out.println("No therapists yet. Add one with: backcare therapist add USERNAME --name NAME --hours SPEC");
                }
                for (var account : staff) {
                    var week = weeks.get(account.username());
                    out.printf("%-16s %-24s %s%n", account.username(), account.name(),
                            week == null ? "no hours yet" : week.usual() + (week.daysOff().isEmpty() ? ""
                                    : "; off " + String.join(", ", week.daysOff().stream().map(Object::toString).toList())));
                }
            }
        }
    }

    @Command(name = "skills", mixinStandardHelpOptions = true,
            description = "Set the techniques a therapist is trained in (the week planner gives them only those).")
    static final class Skills implements Runnable {
        @Parameters(paramLabel = "USERNAME", converter = BookingInput.User.class)
        Username username;

        @Option(names = "--techniques", required = true, split = ",", paramLabel = "ID,ID",
                description = "Technique ids from 'backcare techniques', such as abhyanga,kati-basti.")
        List<String> techniques;

        @Mixin
        DatabaseOption database;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            var known = KnowledgeFiles.bundled().techniques().stream().map(t -> t.id()).toList();
            var problems = techniques.stream().filter(t -> !known.contains(t)).map(t -> new Problem(
                    "--techniques", "'" + t + "' is not a technique; known: " + String.join(", ", known))).toList();
            if (!problems.isEmpty()) {
                throw new BadInputException("cannot set the skills", problems);
            }
            try (var db = database.open()) {
                book(db).skills(username, Set.copyOf(techniques));
            }
            spec.commandLine().getOut().printf("%s is trained in %s.%n", username,
                    String.join(", ", new TreeSet<>(techniques)));
        }
    }
}
