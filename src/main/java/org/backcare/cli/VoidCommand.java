package org.backcare.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.backcare.files.KnowledgeFiles;
import org.backcare.intake.Problem;
import org.backcare.progress.VoidCheck;
import org.backcare.progress.Voided;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "void", mixinStandardHelpOptions = true, description = {"Take back a session or questionnaire logged "
        + "by mistake: it stays on file, marked voided (when, by whom, why), and no longer counts in progress.",
        "To put a corrected one in its place in one step, use 'backcare correct'."})
final class VoidCommand implements Runnable {
    @Mixin
    ClientHistoryArgument client;

    @Parameters(index = "1", paramLabel = "KIND", description = "session or questionnaire.")
    String kind;

    @Parameters(index = "2", paramLabel = "NUMBER", description = "Its number, oldest first, as 'backcare client show' lists them.")
    int number;

    @Option(names = "--reason", required = true, description = "Why it is voided, for the record.")
    String reason;

    @Option(names = "--by", defaultValue = "${env:BACKCARE_THERAPIST:-${sys:user.name}}",
            description = "Who voids it (default: $BACKCARE_THERAPIST, else your user name).")
    String by;

    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        boolean session = isSession(kind, "nothing was voided");
        try (var db = database.open()) {
            var book = db.clientBook(KnowledgeFiles.bundled().vocabulary());
            var history = client.history(book);
            var problems = asArguments(session ? VoidCheck.session(history, number, reason)
                    : VoidCheck.questionnaire(history, number, reason));
            if (by.isBlank()) {
                problems.add(new Problem("--by", "must name who voids it"));
            }
            if (!problems.isEmpty()) {
                throw new BadInputException("nothing was voided", problems);
            }
            var voided = new Voided(DatabaseOption.today(db), by.strip(), reason);
            if (session) {
                book.voidSession(client.id, number, voided, Instant.now());
            } else {
                book.voidMeasure(client.id, number, voided, Instant.now());
            }
            spec.commandLine().getOut().printf("Voided %s %d of %s: %s. It stays on file, out of progress.%n", kind,
                    number, client.id, voided.reason());
        }
    }

    /** Whether KIND names a session (else a questionnaire); refused when it is neither. */
    static boolean isSession(String kind, String refusal) {
        if (!kind.equals("session") && !kind.equals("questionnaire")) {
            throw new BadInputException(refusal, List.of(new Problem("KIND",
                    "'" + kind + "' is not one of session, questionnaire")));
        }
        return kind.equals("session");
    }

    /** The problems of {@link VoidCheck}, named by this command's arguments: NUMBER, --reason. */
    static List<Problem> asArguments(List<Problem> problems) {
        return new ArrayList<>(problems.stream().map(p -> new Problem(p.field().equals("number") ? "NUMBER"
                : "--" + p.field(), p.message())).toList());
    }
}
