package org.backcare.cli;

import java.time.LocalDate;
import org.backcare.planning.CarePlanner;
import org.backcare.report.PlanJson;
import org.backcare.report.PlanReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Screen an intake and print a personal back-care plan.")
final class PlanCommand implements Runnable {
    enum Format { text, json, markdown }

    @Mixin
    IntakeArgument intake;

    @Mixin
    KnowledgeOption knowledge;

    @Option(names = "--format", defaultValue = "text",
            description = "text (default), json or markdown (a handout for the client).")
    Format format;

    @Option(names = "--start", paramLabel = "DATE", converter = StartDate.class,
            description = "Date of the first session, YYYY-MM-DD (default: today).")
    LocalDate start;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        var kb = knowledge.load();
        var plan = new CarePlanner(kb).plan(intake.read(kb.vocabulary()), start == null ? LocalDate.now() : start);
        var out = spec.commandLine().getOut();
        out.print(switch (format) {
            case text -> new PlanReport(kb).terminal(plan);
            case markdown -> new PlanReport(kb).markdown(plan);
            case json -> new PlanJson(kb).write(plan);
        });
        out.flush();
    }
}
