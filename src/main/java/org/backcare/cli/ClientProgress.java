package org.backcare.cli;

import java.time.LocalDate;
import org.backcare.booking.Attendance;
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

    /** How the client kept their appointments up to the day looked from (its end). */
    Attendance attendance() {
        try (var db = database.open()) {
            var day = asOf == null ? DatabaseOption.today(db) : asOf;
            var booked = TherapistCommand.book(db).ofClient(client.id);
            return Attendance.byTheEndOf(day, booked);
        }
    }

    ProgressSummary summary() {
        var kb = KnowledgeFiles.bundled();
        try (var db = database.openExisting()) {
            var history = client.history(db.clientBook(kb.vocabulary()));
            return new ProgressOverview(kb).summary(history, asOf == null ? DatabaseOption.today(db) : asOf);
        }
    }
}
