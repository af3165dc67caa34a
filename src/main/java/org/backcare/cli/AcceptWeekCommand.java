package org.backcare.cli;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backcare.accounts.Username;
import org.backcare.booking.Appointment;
import org.backcare.booking.PlanToBook;
import org.backcare.booking.ScreeningGate;
import org.backcare.clients.ClientId;
import org.backcare.files.KnowledgeFiles;
import org.backcare.intake.Problem;
import org.backcare.planning.Session;
import org.backcare.storage.Database;
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
            var proposals = new SqlWeekProposals(db);
            var kept = proposals.find(id).orElseThrow(() -> new BadInputException("cannot accept the proposal",
                    List.of(new Problem("PROPOSAL", "there is no proposal " + id + " (accepted already, or never made)"))));
            var desk = TherapistCommand.book(db);
            var now_ = SqlWeekProposals.bookState(desk.between(kept.firstDay(), kept.firstDay().plusDays(kept.days() - 1L), Optional.empty()));
            var changes = changes(kept.bookState(), now_);
            if (!changes.isEmpty()) {
                throw new BadInputException("proposal " + id + " is stale: the book changed since it was made;"
                        + " propose the week again (backcare schedule propose --week " + kept.firstDay() + ")", changes);
            }
            var wanted = appointments(db, kept);
            var booked = BookingInput.checked("cannot accept the proposal", "PROPOSAL", () -> desk.book(wanted, BookingInput.actor(), now));
            proposals.remove(id);
            var out = spec.commandLine().getOut();
            out.println("Booked " + booked.size() + " appointments of proposal " + id + ":");
            booked.forEach(a -> out.println("  " + BookCommand.line(a, desk.settings().zone()) + "  " + a.client() + " with " + a.therapist()));
            out.flush();
        }
    }

    private static List<Problem> changes(List<String> then, List<String> now) {
        var changes = new ArrayList<Problem>();
        now.stream().filter(l -> !then.contains(l)).forEach(l -> changes.add(new Problem("PROPOSAL", "booked since: " + l)));
        then.stream().filter(l -> !now.contains(l)).forEach(l -> changes.add(new Problem("PROPOSAL", "no longer as it was: " + l)));
        return changes;
    }

    /** Each placed session as an appointment, with the plan's techniques and the screening's cautions (or a refusal). */
    private static List<Appointment> appointments(Database db, SqlWeekProposals.Kept kept) {
        var kb = KnowledgeFiles.bundled();
        var book = db.clientBook(kb.vocabulary());
        var wanted = new ArrayList<Appointment>();
        for (var s : kept.sessions()) {
            var client = new ClientId(s.client());
            var plan = new PlanToBook(kb).upcoming(book.history(client).orElseThrow(), kept.firstDay());
            var cautions = ScreeningGate.admit(plan.screening());
            var techniques = plan.schedule().sessions().stream().filter(p -> p.number() == s.planSession())
                    .map(Session::techniques).findFirst().orElse(List.of());
            wanted.add(Appointment.booked(client, new Username(s.therapist()), Optional.ofNullable(s.room()), s.start(),
                    s.minutes(), Optional.of(s.planSession()), techniques, cautions));
        }
        return wanted;
    }
}
