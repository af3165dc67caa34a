package org.backcare.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.backcare.files.KnowledgeFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code backcare} command: its subcommands, and how errors become messages and exit codes. */
@Command(name = "backcare", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Safe, personal back-massage care plans. Decision support, not a diagnosis.")
public final class BackcareCommand implements Runnable {
    /** The subcommands by name, in the order the usage lists them. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

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
        // Picocli reads a subcommand's annotations by reflection as soon as it is added, a good part of start-up:
        // a run adds only the subcommand it names, and all of them when it names none (usage, --help, a typo).
        var named = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
        if (named != null) {
            commandLine.addSubcommand(named.get());
        } else {
            SUBCOMMANDS.values().forEach(subcommand -> commandLine.addSubcommand(subcommand.get()));
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new Failures());
        commandLine.setParameterExceptionHandler(Failures::usage);
        return commandLine.execute(args);
    }

    private static Map<String, Supplier<Object>> subcommands() {
        var subcommands = new LinkedHashMap<String, Supplier<Object>>();
        subcommands.put("plan", PlanCommand::new);
        subcommands.put("screen", ScreenCommand::new);
        subcommands.put("techniques", TechniquesCommand::new);
        subcommands.put("knowledge", KnowledgeCommand::new);
        subcommands.put("intake", IntakeCommand::new);
        subcommands.put("client", ClientCommand::new);
        subcommands.put("session", SessionCommand::new);
        subcommands.put("measure", MeasureCommand::new);
        subcommands.put("void", VoidCommand::new);
        subcommands.put("correct", CorrectCommand::new);
        subcommands.put("progress", ProgressCommand::new);
        subcommands.put("report", ReportCommand::new);
        subcommands.put("export", ExportCommand::new);
        subcommands.put("import", ImportCommand::new);
        subcommands.put("backup", BackupCommand::new);
        subcommands.put("serve", ServeCommand::new);
        subcommands.put("clinic", ClinicCommand::new);
        subcommands.put("therapist", TherapistCommand::new);
        subcommands.put("room", RoomCommand::new);
        subcommands.put("book", BookCommand::new);
        subcommands.put("appointment", AppointmentCommand::new);
        subcommands.put("schedule", ScheduleCommand::new);
        subcommands.put("mail", MailCommand::new);
        subcommands.put("demo", DemoCommand::new);
        return subcommands;
    }
}
