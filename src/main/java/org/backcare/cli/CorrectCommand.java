package org.backcare.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.backcare.clients.ClientBook;
import org.backcare.clients.ClientChangedException;
import org.backcare.clients.ClientHistory;
import org.backcare.clients.MeasureEntry;
import org.backcare.files.KnowledgeFiles;
import org.backcare.intake.Problem;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.measures.Answers;
import org.backcare.measures.InvalidAnswersException;
import org.backcare.progress.SessionCheck;
import org.backcare.progress.VoidCheck;
import org.backcare.progress.Voided;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "correct", mixinStandardHelpOptions = true, description = {"Put a corrected session or questionnaire "
        + "in place of one logged wrongly, in one step: the old one stays on file, voided with the reason and marked "
        + "replaced, out of progress.",
        "A session takes the options of 'backcare session log'; a questionnaire its INSTRUMENT and ANSWERS as "
                + "'backcare measure' does (--date: by default the day of the one it replaces)."},
        footer = {"", "Examples:",
                "  backcare correct asha-rao session 2 --reason \"pain after was 2\" --date 2026-11-03 --minutes 50 \\",
                "      --pressure moderate --pain-before 6 --pain-after 2 --areas lower-back:30",
                "  backcare correct asha-rao questionnaire 1 --reason \"item 3 misread\" odi 1,2,2,1,0,1,2,-,1,1"})
final class CorrectCommand implements Runnable {
    private static final String REFUSED = "nothing was corrected";

    @Mixin
    ClientHistoryArgument client;

    @Parameters(index = "1", paramLabel = "KIND", description = "session or questionnaire.")
    String kind;

    @Parameters(index = "2", paramLabel = "NUMBER", description = "Its number, oldest first, as 'backcare client show' lists them.")
    int number;

    @Parameters(index = "3..*", arity = "0..*", paramLabel = "ANSWERS",
            description = "For a questionnaire: the instrument and its answers, as 'backcare measure' takes them.")
    List<String> answers = List.of();

    @Option(names = "--reason", required = true, description = "Why it is corrected, for the record.")
    String reason;

    @Option(names = "--by", defaultValue = "${env:BACKCARE_THERAPIST:-${sys:user.name}}",
            description = "Who corrects it (default: $BACKCARE_THERAPIST, else your user name).")
    String by;

    @Mixin
    SessionOptions session;

    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        boolean isSession = VoidCommand.isSession(kind, REFUSED);
        var kb = KnowledgeFiles.bundled();
        try (var db = database.openExisting()) {
            var book = db.clientBook(kb.vocabulary());
            var history = client.history(book);
            long version = book.version(client.id);
            var today = DatabaseOption.today(db);
            try {
                if (isSession) {
                    correctSession(book, kb, history, version, today);
                } else {
                    correctQuestionnaire(book, history, version, today);
                }
            } catch (ClientChangedException e) {
                throw new BadInputException(REFUSED, List.of(new Problem("CLIENT", "someone changed " + client.id
                        + "'s records meanwhile; look again and redo the correction")));
            }
            spec.commandLine().getOut().printf("Corrected %s %d of %s: the old one stays on file, voided (%s) and"
                    + " replaced by the corrected one.%n", kind, number, client.id, reason.strip());
        }
    }

    private void correctSession(ClientBook book, KnowledgeBase kb, ClientHistory history, long version,
            LocalDate today) {
        var problems = checked(VoidCheck.sessionCorrection(history, number, reason));
        var log = session.log(problems);
        if (!answers.isEmpty()) {
            problems.add(new Problem("ANSWERS", "a session is corrected with the options of 'session log', not answers"));
        }
        if (session.complete() && VoidCheck.standing(history, number)) {
            new SessionCheck(kb).problems(log, VoidCheck.withoutSession(history, number), today, session.sameDay)
                    .forEach(p -> problems.add(SessionOptions.asOption(p)));
        }
        refuseIfAny(problems);
        book.correctSession(client.id, number, log, voided(today), Instant.now(), version);
    }

    private void correctQuestionnaire(ClientBook book, ClientHistory history, long version, LocalDate today) {
        var problems = checked(VoidCheck.questionnaireCorrection(history, number, reason));
        session.given().forEach(option -> problems.add(new Problem(option, "a questionnaire has no " + option)));
        var written = answers.stream().skip(1).reduce((a, b) -> a + " " + b).orElse("").strip();
        String instrument = null;
        if (answers.size() < 2) {
            problems.add(new Problem("ANSWERS", "required: the instrument and its answers, such as nprs 4"));
        } else {
            try {
                instrument = Answers.parse(answers.get(0) + " " + written).score().instrument().id();
            } catch (InvalidAnswersException e) {
                problems.addAll(e.problems());
            }
        }
        var day = session.date != null ? session.date
                : problems.stream().anyMatch(p -> p.field().equals("NUMBER")) ? today
                : history.measures().get(number - 1).date();
        if (day.isAfter(today)) {
            problems.add(new Problem("--date", day + " is in the future"));
        }
        refuseIfAny(problems);
        book.correctMeasure(client.id, number, new MeasureEntry(instrument, day, written), voided(today),
                Instant.now(), version);
    }

    private List<Problem> checked(List<Problem> correctionProblems) {
        var problems = VoidCommand.asArguments(correctionProblems);
        if (by.isBlank()) {
            problems.add(new Problem("--by", "must name who corrects it"));
        }
        return problems;
    }

    private Voided voided(LocalDate today) {
        return new Voided(today, by.strip(), reason);
    }

    private static void refuseIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new BadInputException(REFUSED, new ArrayList<>(problems));
        }
    }
}
