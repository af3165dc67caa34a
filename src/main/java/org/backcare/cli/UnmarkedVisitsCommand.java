package org.backcare.cli;

import java.time.Instant;
import java.util.Optional;
import org.backcare.accounts.Username;
import org.backcare.booking.UnmarkedVisits;
import org.backcare.report.ScheduleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "unmarked", mixinStandardHelpOptions = true,
        description = {"The visits of the last 60 days that are over but still booked or arrived: nobody logged them or"
                + " marked them. Until someone does, the plans do not count them and the week planner would plan their"
                + " sessions again."})
final class UnmarkedVisitsCommand implements Runnable {
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
        boolean json = TextOrJson.json(format, "cannot list the visits not marked");
        var out = spec.commandLine().getOut();
        try (var db = database.open()) {
            var desk = TherapistCommand.book(db);
            var zone = desk.settings().zone();
            var visits = UnmarkedVisits.in(desk, Optional.ofNullable(therapist), Instant.now());
            if (json) {
                out.print(ScheduleJson.text(visits, zone));
                out.flush();
                return;
            }
            out.println("Visits over and not logged or marked" + (therapist == null ? "" : " of " + therapist) + " ("
                    + zone.getId() + "):");
            if (visits.isEmpty()) {
                out.println("  none");
            }
            for (var a : visits) {
                out.println("  " + BookCommand.line(a, zone) + "  " + a.client() + " with " + a.therapist() + "  "
                        + a.status().id());
            }
            if (!visits.isEmpty()) {
                out.println("Log each (backcare session log CLIENT --appointment ID ...) or mark it (backcare appointment"
                        + " attended|no-show ID).");
            }
        }
        out.flush();
    }
}
