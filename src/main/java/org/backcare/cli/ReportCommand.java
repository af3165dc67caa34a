package org.backcare.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.backcare.intake.Problem;
import org.backcare.report.ProgressPdf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "report", mixinStandardHelpOptions = true, description = "A one-page progress report as a PDF.")
final class ReportCommand implements Runnable {
    @Mixin
    ClientProgress progress;

    @Option(names = "--pdf", required = true, paramLabel = "FILE", description = "Where to write the PDF.")
    Path pdf;

    @Option(names = "--force", description = "Overwrite the file if it exists.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        var output = new OutputFile("--pdf", pdf);
        var problems = output.problems(force);
        if (!problems.isEmpty()) {
            throw new BadInputException("nothing was written", problems);
        }
        try {
            output.write(ProgressPdf.render(progress.summary()), force);
            spec.commandLine().getOut().println("Wrote " + pdf);
        } catch (IOException e) {
            throw new BadInputException("the report was not written", List.of(new Problem("--pdf", e.getMessage())));
        }
    }
}
