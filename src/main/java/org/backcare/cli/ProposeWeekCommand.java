package org.backcare.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.backcare.files.KnowledgeFiles;
import org.backcare.files.PlannerWeightsFile;
import org.backcare.intake.Problem;
import org.backcare.report.WeekProposalJson;
import org.backcare.scheduling.DaysToPlan;
import org.backcare.scheduling.WeekPlanner;
import org.backcare.scheduling.WeekProposal;
import org.backcare.storage.ClinicWeeks;
import org.backcare.storage.ProposedWeeks;
import org.backcare.storage.SqlWeekProposals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "propose", mixinStandardHelpOptions = true,
        description = {"Propose the week (Monday to Sunday) that keeps every plan on time: the week planner places the"
                + " sessions the plans want around what is booked, and says why each is where it is or why it was not"
                + " planned. Of the week under way it plans the days after today. The proposal is kept; book it with:"
                + " backcare schedule accept PROPOSAL."})
final class ProposeWeekCommand implements Runnable {
    @Option(names = "--week", required = true, converter = IsoDate.class, paramLabel = "DATE", description = "The week holding this day.")
    LocalDate week;

    @Option(names = "--seconds", defaultValue = "30", paramLabel = "N", description = "How long the planner searches (default 30).")
    int seconds;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json (the proposal's JSON contract).")
    String format;

    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        boolean json = TextOrJson.json(format, "cannot propose the week");
        if (seconds < 1 || seconds > 3600) {
            throw new BadInputException("cannot propose the week", List.of(new Problem("--seconds", "from 1 to 3600 (was " + seconds + ")")));
        }
        var out = spec.commandLine().getOut();
        try (var db = database.open()) {
            var kb = KnowledgeFiles.bundled();
            var today = DatabaseOption.today(db);
            var days = DaysToPlan.of(week, today).orElseThrow(() -> new BadInputException("cannot propose the week",
                    List.of(new Problem("--week", DaysToPlan.whyNot(week, today).orElseThrow()))));
            var weeks = new ClinicWeeks(db, kb, Clock.systemUTC());
            var clinicWeek = weeks.read(days.first(), days.days());
            var state = new ProposedWeeks(db, kb).bookState(days.first(), days.days());
            var proposal = weeks.asBooked(new WeekPlanner(PlannerWeightsFile.bundled())
                    .propose(clinicWeek, Duration.ofSeconds(seconds)));
            long id = new SqlWeekProposals(db).keep(days.first(), days.days(), state, proposal, Instant.now());
            if (json) {
                out.print(WeekProposalJson.text(id, proposal));
            } else {
                text(id, days, proposal, out);
            }
        }
        out.flush();
    }

    private static void text(long id, DaysToPlan days, WeekProposal proposal, PrintWriter out) {
        out.println("Proposal " + id + " for " + days.inWords() + ": score " + proposal.score()
                + (proposal.feasible() ? "" : " (breaks a hard rule)") + "; " + proposal.sessions().size() + " of "
                + proposal.wanted() + " sessions planned.");
        for (var s : proposal.sessions()) {
            out.println("  " + s.start().getDayOfWeek().toString().substring(0, 3).toLowerCase() + " " + s.start().toLocalDate()
                    + " " + s.start().toLocalTime() + "-" + s.end().toLocalTime() + "  " + s.client() + " with " + s.therapist()
                    + "  room " + s.room() + "  session " + s.planSession());
            s.why().forEach(w -> out.println("      " + w));
        }
        if (!proposal.unplanned().isEmpty()) {
            out.println("Not planned:");
            proposal.unplanned().forEach(u -> out.println("  " + u.client() + " (session " + u.planSession() + "): " + u.reason()));
        }
        out.println("Book it with: backcare schedule accept " + id);
    }
}
