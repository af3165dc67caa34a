package org.backcare.cli;

import java.nio.file.Path;
import org.backcare.files.KnowledgeFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "knowledge", mixinStandardHelpOptions = true, description = "Work with knowledge files.",
        subcommands = KnowledgeCommand.Check.class)
final class KnowledgeCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Check a clinic's folder of knowledge files, laid over the built-in ones.")
    static final class Check implements Runnable {
        @Parameters(paramLabel = "DIR", description = "The clinic's folder of knowledge files.")
        Path folder;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            var kb = KnowledgeFiles.load(folder);
            spec.commandLine().getOut().printf("%s: ok. %d techniques, %d screening rules, %d fit rules, "
                    + "%d frequency rows; knowledge version %s.%n", folder, kb.techniques().size(),
                    kb.screeningRules().size(), kb.fitRules().size(), kb.frequencyRules().size(), kb.version());
        }
    }
}
