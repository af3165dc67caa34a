package org.backcare.cli;

import java.io.PrintWriter;
import org.backcare.files.KnowledgeFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code backcare} command: its subcommands, and how errors become messages and exit codes. */
@Command(name = "backcare", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Safe, personal back-massage care plans. Decision support, not a diagnosis.",
        subcommands = {PlanCommand.class, ScreenCommand.class, TechniquesCommand.class, KnowledgeCommand.class,
                IntakeCommand.class,
                ClientCommand.class, SessionCommand.class, MeasureCommand.class, ProgressCommand.class,
                ReportCommand.class, ExportCommand.class, ImportCommand.class, BackupCommand.class})
public final class BackcareCommand implements Runnable {
    /** Bad input: the user can fix it. */
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        if (args.length > 0 && !args[0].startsWith("-")) {
            KnowledgeFiles.preload(); // every subcommand reads the knowledge base
        }
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with these streams; the exit code is returned rather than exiting. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        var commandLine = new CommandLine(new BackcareCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new Failures());
        commandLine.setParameterExceptionHandler(Failures::usage);
        return commandLine.execute(args);
    }
}
