package org.backcare.cli;

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
    ClientProgress progress;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        var summary = progress.summary();
        var report = new ProgressReport();
        var out = spec.commandLine().getOut();
        out.print(format == Format.json ? report.json(summary) : report.terminal(summary));
        if (format == Format.text) {
            var attendance = progress.attendance();
            if (attendance.any()) {
                out.println("Appointments: " + attendance + ".");
            }
        }
        out.flush();
    }
}
