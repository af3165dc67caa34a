package org.backcare.cli;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import org.backcare.accounts.Username;
import org.backcare.intake.Problem;
import org.backcare.report.ScheduleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "schedule", mixinStandardHelpOptions = true,
        subcommands = {ProposeWeekCommand.class, AcceptWeekCommand.class, UnmarkedVisitsCommand.class},
        description = "The day sheet (default: today) or the week (Monday to Sunday), of one therapist or the whole clinic.")
final class ScheduleCommand implements Runnable {
    @Option(names = "--day", converter = IsoDate.class, paramLabel = "DATE")
    LocalDate day;

    @Option(names = "--week", converter = IsoDate.class, paramLabel = "DATE", description = "The week holding this day.")
    LocalDate week;

    @Option(names = "--therapist", converter = BookingInput.User.class, paramLabel = "USERNAME")
    Username therapist;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json (the schedule's JSON contract).")
    String format;

    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        if (day != null && week != null) {
            throw new BadInputException("cannot show the schedule", List.of(new Problem("--day", "give --day or --week, not both")));
        }
        boolean json = TextOrJson.json(format, "cannot show the schedule");
        var out = spec.commandLine().getOut();
        try (var db = database.open()) {
            var desk = TherapistCommand.book(db);
            var zone = desk.settings().zone();
            var first = week != null ? week.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day != null ? day : LocalDate.now(zone);
            var last = week != null ? first.plusDays(6) : first;
            var appointments = desk.between(first, last, Optional.ofNullable(therapist));
            if (json) {
                out.print(ScheduleJson.text(appointments, zone));
                out.flush();
                return;
            }
            out.println("Appointments " + (first.equals(last) ? "on " + first : first + " to " + last)
                    + (therapist == null ? "" : " of " + therapist) + " (" + zone.getId() + "):");
            if (appointments.isEmpty()) {
                out.println("  none");
            }
            for (var a : appointments) {
                out.println("  " + BookCommand.line(a, zone) + "  " + a.client() + " with " + a.therapist() + "  " + a.status().id()
                        + (a.needsReview() ? "  NEEDS REVIEW BEFORE THE VISIT" : "")
                        + (a.cautions().isEmpty() ? "" : "  cautions: " + String.join("; ", a.cautions())));
            }
        }
        out.flush();
    }
}
