package org.backcare.cli;

import java.time.LocalDate;
import org.backcare.files.KnowledgeFiles;
import org.backcare.progress.ProgressOverview;
import org.backcare.progress.ProgressSummary;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** A client's progress as of a day, read from the database: what the progress and report commands share. */
final class ClientProgress {
    @Mixin
    ClientHistoryArgument client;

    @Option(names = "--as-of", converter = IsoDate.class, description = "The day to look from (default: today).")
    LocalDate asOf;

    @Mixin
    DatabaseOption database;

    ProgressSummary summary() {
        var kb = KnowledgeFiles.bundled();
        try (var db = database.openExisting()) {
            var history = client.history(db.clientBook(kb.vocabulary()));
            return new ProgressOverview(kb).summary(history, asOf == null ? LocalDate.now() : asOf);
        }
    }
}
