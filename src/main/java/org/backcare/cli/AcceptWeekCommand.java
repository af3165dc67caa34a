package org.backcare.cli;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.backcare.files.KnowledgeFiles;
import org.backcare.intake.Problem;
import org.backcare.storage.ProposedWeeks;
import org.backcare.storage.SqlWeekProposals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "accept", mixinStandardHelpOptions = true,
        description = {"Book a proposed week, by the rules of booking by hand (clashes, hours, equipment, screening):"
                + " all of it or none. A proposal made before the book changed is refused; propose the week again."})
final class AcceptWeekCommand implements Runnable {
    @Parameters(paramLabel = "PROPOSAL", description = "The proposal's number (from schedule propose).")
    long id;

    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (var db = database.open()) {
            var firstDay = new SqlWeekProposals(db).find(id).map(SqlWeekProposals.Kept::firstDay);
            var booked = BookingInput.checked("cannot accept the proposal", "PROPOSAL", () -> {
                try {
                    return new ProposedWeeks(db, KnowledgeFiles.bundled()).accept(id, BookingInput.actor(), now);
                } catch (ProposedWeeks.StaleProposalException e) {
                    throw new BadInputException("proposal " + id + " is stale: the book changed since it was made;"
                            + " propose the week again (backcare schedule propose --week " + firstDay.orElseThrow() + ")",
                            e.changes().stream().map(c -> new Problem("PROPOSAL", c)).toList());
                }
            }).orElseThrow(() -> new BadInputException("cannot accept the proposal",
                    List.of(new Problem("PROPOSAL", "there is no proposal " + id + " (accepted already, or never made)"))));
            var desk = TherapistCommand.book(db);
            var out = spec.commandLine().getOut();
            out.println("Booked " + booked.size() + " appointments of proposal " + id + ":");
            booked.forEach(a -> out.println("  " + BookCommand.line(a, desk.settings().zone()) + "  " + a.client() + " with " + a.therapist()));
            out.flush();
        }
    }
}
