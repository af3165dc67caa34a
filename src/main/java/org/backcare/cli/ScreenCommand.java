package org.backcare.cli;

import org.backcare.report.ScreeningReport;
import org.backcare.screening.Screening;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "screen", mixinStandardHelpOptions = true,
        description = "Safety screening only: urgent, refer, caution or clear, with every finding and its source.")
final class ScreenCommand implements Runnable {
    enum Format { text, json }

    @Mixin
    IntakeArgument intake;

    @Mixin
    KnowledgeOption knowledge;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        var kb = knowledge.load();
        var result = new Screening(kb).screen(intake.read(kb.vocabulary()));
        var report = new ScreeningReport(kb);
        var out = spec.commandLine().getOut();
        out.print(format == Format.json ? report.json(result) : report.terminal(result));
        out.flush();
    }
}
