package org.backcare.cli;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Optional;
import org.backcare.booking.AfterTheVisit;
import org.backcare.booking.AppointmentDesk;
import org.backcare.files.KnowledgeFiles;
import org.backcare.intake.Problem;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.progress.SessionCheck;
import org.backcare.progress.SessionLog;
import org.backcare.storage.Database;
import org.backcare.wording.Counted;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "log", mixinStandardHelpOptions = true, description = {"Log a session as it happened.",
        "A client whose plan says urgent or refer gets no massage: record the visit with --visit instead."})
final class LogSessionCommand implements Runnable {
    @Mixin
    ClientHistoryArgument client;

    @Mixin
    SessionOptions session;

    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Option(names = "--appointment", paramLabel = "ID", description = "The appointment this session carried out: marked attended.")
    Long appointment;

    @Override
    public void run() {
        var kb = KnowledgeFiles.bundled();
        var problems = new ArrayList<Problem>();
        var log = session.log(problems);
        try (var db = database.openExisting()) {
            var today = DatabaseOption.today(db);
            var book = db.clientBook(kb.vocabulary());
            var history = client.history(book);
            if (session.complete()) {
                new SessionCheck(kb).problems(log, history, today, session.sameDay)
                        .forEach(p -> problems.add(SessionOptions.asOption(p)));
            }
            if (appointment != null) {
                carryOut(TherapistCommand.book(db)).ifPresent(why -> problems.add(new Problem("--appointment", why)));
            }
            if (!problems.isEmpty()) {
                throw new BadInputException(session.visit ? "the visit was not recorded" : "the session was not logged", problems);
            }
            book.logSession(client.id, log);
            afterTheVisit(db, kb, log);
            var out = spec.commandLine().getOut();
            if (session.visit) {
                out.printf("Recorded the visit of %s for %s (no massage).%n", log.date(), client.id);
            } else {
                out.printf("Logged the session of %s for %s: pain %d to %d. Next: backcare progress %s%n", log.date(),
                        client.id, log.painBefore(), log.painAfter(), client.id);
            }
        }
    }

    /** Why the session cannot carry out {@link #appointment}, if it cannot. */
    private Optional<String> carryOut(AppointmentDesk desk) {
        var found = AfterTheVisit.toCarryOut(desk, client.id, appointment);
        if (found.isEmpty()) {
            return Optional.of("no appointment " + appointment + " of " + client.id
                    + " still to happen ('backcare schedule' shows them)");
        }
        return AfterTheVisit.notYet(desk, found.get(), Instant.now());
    }

    /** The appointment it carried out is attended; a new red flag marks the visits to come for review. */
    private void afterTheVisit(Database db, KnowledgeBase kb, SessionLog log) {
        var desk = TherapistCommand.book(db);
        var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var flagged = BookingInput.checked("the session was logged, but the appointment was not marked",
                "--appointment", () -> AfterTheVisit.record(desk, kb, client.id,
                        Optional.ofNullable(appointment), log, log.therapist(), now));
        if (!flagged.isEmpty()) {
            spec.commandLine().getOut().printf("A new red flag: %s of %s to come need%s review before the visit.%n",
                    Counted.of(flagged.size(), "appointment"), client.id, flagged.size() == 1 ? "s" : "");
        }
    }
}
