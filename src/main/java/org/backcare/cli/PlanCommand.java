package org.backcare.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backcare.clients.ClientId;
import org.backcare.intake.Intake;
import org.backcare.intake.Problem;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.planning.CarePlan;
import org.backcare.planning.CarePlanner;
import org.backcare.progress.Adaptation;
import org.backcare.progress.ProgressOverview;
import org.backcare.report.PlanHandout;
import org.backcare.report.PlanJson;
import org.backcare.report.PlanReport;
import org.backcare.report.SessionCalendar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Screen an intake and print a personal back-care plan.",
                "Given a client's id instead of a file, plans from their intake and history, says what changed and"
                        + " why, and keeps the plan on file.",
                "With --pdf or --ics, writes the client's handout or calendar instead of printing the plan."})
final class PlanCommand implements Runnable {
    enum Format { text, json, markdown }

    @Parameters(index = "0", paramLabel = "INTAKE|CLIENT", description = "An intake file (YAML or JSON), or a client's id.")
    String target;

    @Mixin
    KnowledgeOption knowledge;

    @Mixin
    DatabaseOption database;

    @Option(names = "--format", defaultValue = "text",
            description = "text (default), json or markdown (a handout for the client).")
    Format format;

    @Option(names = "--start", paramLabel = "DATE", converter = IsoDate.class,
            description = "Date of the first session, YYYY-MM-DD (default: today).")
    LocalDate start;

    @Option(names = "--pdf", paramLabel = "FILE",
            description = "Write the client's printable handout (PDF): screening, back diagram, calendar, advice.")
    Path pdf;

    @Option(names = "--ics", paramLabel = "FILE",
            description = "Write the planned sessions as a calendar file (iCalendar), one all-day event each."
                    + " Refused when screening stops massage: there are no sessions.")
    Path ics;

    @Option(names = "--force", description = "Overwrite the --pdf or --ics file if it exists.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        checkOutputs();
        var kb = knowledge.load();
        var file = Path.of(target);
        if (!Files.exists(file) && ClientId.isValid(target)) {
            planForClient(kb, new ClientId(target));
        } else {
            var intake = IntakeArgument.read(file, kb.vocabulary());
            var plan = new CarePlanner(kb).plan(intake, start == null ? LocalDate.now() : start);
            checkCalendar(plan);
            deliver(kb, plan, intake, ClientId.fromName(plan.client()), null);
        }
    }

    private void planForClient(KnowledgeBase kb, ClientId id) {
        try (var db = database.openExisting()) {
            var today = DatabaseOption.today(db);
            var first = start == null ? today : start;
            var book = db.clientBook(kb.vocabulary());
            var history = book.history(id).orElseThrow(() -> ClientHistoryArgument.unknown(id));
            var overview = new ProgressOverview(kb);
            var adaptation = overview.adaptation(history, first);
            var plan = overview.nextPlan(adaptation, first);
            checkCalendar(plan);
            var json = new PlanJson(kb).write(plan);
            boolean unchanged = !history.plans().isEmpty()
                    && history.plans().get(history.plans().size() - 1).planJson().equals(json);
            if (!unchanged) {
                book.keepPlan(id, today, kb.version(), json);
            }
            deliver(kb, plan, adaptation.intake(), id, adaptation);
        }
    }

    /** Before any work: the files can be written, and --format (printing) is not asked for with them. */
    private void checkOutputs() {
        var problems = new ArrayList<Problem>();
        outputs().forEach(output -> problems.addAll(output.problems(force)));
        if (pdf != null && ics != null && pdf.toAbsolutePath().normalize().equals(ics.toAbsolutePath().normalize())) {
            problems.add(new Problem("--ics", "names the same file as --pdf; choose two files"));
        }
        if (!outputs().isEmpty() && spec.commandLine().getParseResult().hasMatchedOption("--format")) {
            problems.add(new Problem("--format", "prints the plan; with --pdf or --ics the plan goes to those files"
                    + " instead: leave out --format, or run the command twice"));
        }
        if (!problems.isEmpty()) {
            throw new BadInputException("nothing was written", problems);
        }
    }

    /** A plan that screening stopped has no sessions for a calendar: refused before the plan is kept or written. */
    private void checkCalendar(CarePlan plan) {
        if (ics != null && !plan.hasSessions()) {
            var outcome = plan.screening().outcome().id().toUpperCase(Locale.ROOT);
            throw new BadInputException("nothing was written", List.of(new Problem("--ics", "the screening outcome is "
                    + outcome + ": there are no sessions to put in a calendar; leave out --ics (the plan and the --pdf"
                    + " handout say what to do instead)")));
        }
    }

    private void deliver(KnowledgeBase kb, CarePlan plan, Intake intake, ClientId client, Adaptation adaptation) {
        if (outputs().isEmpty()) {
            print(kb, plan, adaptation);
            return;
        }
        var out = spec.commandLine().getOut();
        if (pdf != null) {
            new OutputFile("--pdf", pdf).write(handout(plan, intake), force);
            out.println("Wrote " + pdf);
        }
        if (ics != null) {
            var calendar = SessionCalendar.ics(plan, client, Instant.now());
            new OutputFile("--ics", ics).write(calendar.getBytes(StandardCharsets.UTF_8), force);
            out.println("Wrote " + ics + " (" + plan.schedule().sessions().size() + " sessions)");
        }
        out.flush();
    }

    private static byte[] handout(CarePlan plan, Intake intake) {
        try {
            return PlanHandout.pdf(plan, intake);
        } catch (IOException e) {
            throw new BadInputException("the handout was not written", List.of(new Problem("--pdf", e.getMessage())));
        }
    }

    private List<OutputFile> outputs() {
        var outputs = new ArrayList<OutputFile>();
        if (pdf != null) {
            outputs.add(new OutputFile("--pdf", pdf));
        }
        if (ics != null) {
            outputs.add(new OutputFile("--ics", ics));
        }
        return outputs;
    }

    private void print(KnowledgeBase kb, CarePlan plan, Adaptation adaptation) {
        var out = spec.commandLine().getOut();
        out.print(switch (format) {
            case text -> new PlanReport(kb).terminal(plan, adaptation);
            case markdown -> new PlanReport(kb).markdown(plan, adaptation);
            case json -> new PlanJson(kb).write(plan, adaptation);
        });
        out.flush();
    }
}
