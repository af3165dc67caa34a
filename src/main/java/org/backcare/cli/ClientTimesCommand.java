package org.backcare.cli;

import java.util.List;
import org.backcare.booking.WeeklyHours;
import org.backcare.clients.ClientId;
import org.backcare.intake.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "availability", mixinStandardHelpOptions = true,
        description = "Set the weekly times a client can come (the week planner books them only then).")
final class ClientTimesCommand implements Runnable {
    @Parameters(paramLabel = "ID", converter = ClientIdConverter.class)
    ClientId id;

    @Option(names = "--times", required = true, paramLabel = "SPEC",
            description = "Like 'tue 09:00-12:00; thu 14:00-18:00' (one stretch a day; mon-fri for a run of days).")
    String times;

    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        WeeklyHours week;
        try {
            week = WeeklyHours.parse(times);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("cannot set the times", List.of(new Problem("--times",
                    e.getMessage().replaceFirst("^hours: ", ""))));
        }
        try (var db = database.open()) {
            TherapistCommand.book(db).clientTimes(id, week);
        }
        spec.commandLine().getOut().printf("%s can come %s.%n", id.value(), week);
    }
}
