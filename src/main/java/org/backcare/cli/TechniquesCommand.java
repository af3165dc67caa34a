package org.backcare.cli;

import org.backcare.report.KnowledgeReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "techniques", mixinStandardHelpOptions = true,
        description = "The knowledge base, readable: techniques, back regions, the frequency and research tables.")
final class TechniquesCommand implements Runnable {
    @Mixin
    KnowledgeOption knowledge;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        var out = spec.commandLine().getOut();
        out.print(new KnowledgeReport(knowledge.load()).terminal());
        out.flush();
    }
}
