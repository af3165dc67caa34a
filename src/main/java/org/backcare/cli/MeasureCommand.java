package org.backcare.cli;

import java.time.LocalDate;
import java.util.List;
import org.backcare.clients.MeasureEntry;
import org.backcare.files.KnowledgeFiles;
import org.backcare.intake.Problem;
import org.backcare.measures.Answers;
import org.backcare.measures.InvalidAnswersException;
import org.backcare.measures.Score;
import org.backcare.progress.ProgressSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "measure", mixinStandardHelpOptions = true,
        description = "Record and score a questionnaire: nprs, odi, rmdq, start-back or psfs.",
        footer = {"", "Examples:", "  backcare measure asha-rao odi 1,2,2,1,0,1,2,-,1,1     ('-' = section skipped)",
                "  backcare measure asha-rao rmdq 1,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0",
                "  backcare measure asha-rao start-back 1,0,0,1,0,0,1,0,3",
                "  backcare measure asha-rao psfs \"putting on socks=4,lifting groceries=3\"",
                "  backcare measure asha-rao nprs 6"})
final class MeasureCommand implements Runnable {
    @Mixin
    ClientHistoryArgument client;

    @Parameters(index = "1", paramLabel = "INSTRUMENT", description = "nprs, odi, rmdq, start-back or psfs.")
    String instrument;

    @Parameters(index = "2..*", arity = "1..*", paramLabel = "ANSWERS", description = "The answers, comma-separated.")
    List<String> answers;

    @Option(names = "--date", converter = IsoDate.class, description = "When it was answered (default: today).")
    LocalDate date;

    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        var written = String.join(" ", answers).strip();
        var score = score(instrument + " " + written);
        try (var db = database.openExisting()) {
            var today = DatabaseOption.today(db);
            var day = date == null ? today : date;
            if (day.isAfter(today)) {
                throw new BadInputException("the answers were not recorded", List.of(new Problem("--date",
                        day + " is in the future")));
            }
            var book = db.clientBook(KnowledgeFiles.bundled().vocabulary());
            client.history(book);
            book.recordMeasure(client.id, new MeasureEntry(score.instrument().id(), day, written));
            spec.commandLine().getOut().printf("%s for %s on %s: %s%s.%n", score.instrument().title(), client.id, day,
                    ProgressSummary.shown(score.value()) + score.unit(), score.band() == null ? "" : ", " + score.band());
        }
    }

    private static Score score(String line) {
        try {
            return Answers.parse(line).score();
        } catch (InvalidAnswersException e) {
            throw new BadInputException("the answers were not recorded", e.problems());
        }
    }
}
