package org.backcare.cli;

import java.time.LocalDate;
import org.backcare.files.KnowledgeFiles;
import org.backcare.progress.ProgressOverview;
import org.backcare.report.ProgressReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "progress", mixinStandardHelpOptions = true,
        description = "Pain and questionnaire trends, sessions kept against planned, what changes next.")
final class ProgressCommand implements Runnable {
    enum Format { text, json }

    @Mixin
    ClientHistoryArgument client;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
    Format format;

    @Option(names = "--as-of", converter = StartDate.class, description = "The day to look from (default: today).")
    LocalDate asOf;

    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        var kb = KnowledgeFiles.bundled();
        try (var db = database.open()) {
            var history = client.history(db.clientBook(kb.vocabulary()));
            var summary = new ProgressOverview(kb).summary(history, asOf == null ? LocalDate.now() : asOf);
            var report = new ProgressReport();
            var out = spec.commandLine().getOut();
            out.print(format == Format.json ? report.json(summary) : report.terminal(summary));
            out.flush();
        }
    }
}
