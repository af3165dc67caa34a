package org.backcare.cli;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import org.backcare.booking.ClinicSettings;
import org.backcare.intake.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "clinic", mixinStandardHelpOptions = true,
        description = "The clinic's booking settings, kept in the database (every server shares them): time zone,"
                + " turnover gap, late-cancellation notice.",
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
                + settings.lateNotice().toHours() + "h";
    }

    @Command(name = "set", mixinStandardHelpOptions = true, description = "Change any of the settings; the others stay.")
    static final class Set implements Runnable {
        private static final Pattern NOTICE = Pattern.compile("(\\d{1,4})(h|d|m)");

        @Option(names = "--zone", paramLabel = "ZONE", description = "A time zone id such as Europe/London.")
        String zone;

        @Option(names = "--turnover", paramLabel = "MINUTES", description = "Minutes between two clients (default 10).")
        Integer turnover;

        @Option(names = "--notice", paramLabel = "TIME", description = "Late-cancellation notice: 24h, 2d or 90m (default 24h).")
        String notice;

        @Mixin
        DatabaseOption database;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            try (var db = database.open()) {
                var desk = TherapistCommand.book(db);
                var now = desk.settings();
                var changed = BookingInput.checked("cannot change the settings", "--zone", () -> new ClinicSettings(
                        zone == null ? now.zone() : zoneId(zone),
                        turnover == null ? now.turnover() : Duration.ofMinutes(turnover),
                        notice == null ? now.lateNotice() : notice(notice)));
                desk.settings(changed);
                spec.commandLine().getOut().println("The clinic books with " + shown(changed) + ".");
            }
        }

        private static ZoneId zoneId(String id) {
            try {
                return ZoneId.of(id);
            } catch (java.time.DateTimeException e) {
                throw new IllegalArgumentException("zone: '" + id + "' is not a time zone id such as Europe/London");
            }
        }

        private static Duration notice(String text) {
            var match = NOTICE.matcher(text.strip());
            if (!match.matches()) {
                throw new BadInputException("cannot change the settings", List.of(new Problem("--notice",
                        "'" + text + "' is not a notice period like 24h, 2d or 90m")));
            }
            long n = Long.parseLong(match.group(1));
            return switch (match.group(2)) {
                case "d" -> Duration.ofDays(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofMinutes(n);
            };
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "The settings the clinic books with.")
    static final class Show implements Runnable {
        @Mixin
        DatabaseOption database;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            try (var db = database.open()) {
                spec.commandLine().getOut().println("The clinic books with " + shown(TherapistCommand.book(db).settings()) + ".");
            }
        }
    }
}
