package org.backcare.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.backcare.files.KnowledgeFiles;
import org.backcare.intake.Problem;
import org.backcare.progress.ProgressOverview;
import org.backcare.report.ProgressPdf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "report", mixinStandardHelpOptions = true, description = "A one-page progress report as a PDF.")
final class ReportCommand implements Runnable {
    @Mixin
    ClientHistoryArgument client;

    @Option(names = "--pdf", required = true, paramLabel = "FILE", description = "Where to write the PDF.")
    Path pdf;

    @Option(names = "--force", description = "Overwrite the file if it exists.")
    boolean force;

    @Option(names = "--as-of", converter = StartDate.class, description = "The day to look from (default: today).")
    LocalDate asOf;

    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        if (Files.exists(pdf) && !force) {
            throw new BadInputException("will not overwrite", List.of(new Problem("--pdf",
                    pdf + " already exists; choose another file or add --force")));
        }
        var kb = KnowledgeFiles.bundled();
        try (var db = database.open()) {
            var history = client.history(db.clientBook(kb.vocabulary()));
            ProgressPdf.write(new ProgressOverview(kb).summary(history, asOf == null ? LocalDate.now() : asOf), pdf);
            spec.commandLine().getOut().println("Wrote " + pdf);
        } catch (IOException e) {
            throw new BadInputException("the report was not written", List.of(new Problem("--pdf", e.getMessage())));
        }
    }
}
