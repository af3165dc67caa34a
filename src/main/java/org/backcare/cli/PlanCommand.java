package org.backcare.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.backcare.clients.ClientId;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.planning.CarePlan;
import org.backcare.planning.CarePlanner;
import org.backcare.progress.Adaptation;
import org.backcare.progress.ProgressOverview;
import org.backcare.report.PlanJson;
import org.backcare.report.PlanReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Screen an intake and print a personal back-care plan.",
                "Given a client's id instead of a file, plans from their intake and history, says what changed and"
                        + " why, and keeps the plan on file."})
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

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        var kb = knowledge.load();
        var first = start == null ? LocalDate.now() : start;
        var file = Path.of(target);
        if (!Files.exists(file) && ClientId.isValid(target)) {
            planForClient(kb, new ClientId(target), first);
        } else {
            print(kb, new CarePlanner(kb).plan(IntakeArgument.read(file, kb.vocabulary()), first), null);
        }
    }

    private void planForClient(KnowledgeBase kb, ClientId id, LocalDate first) {
        try (var db = database.open()) {
            var book = db.clientBook(kb.vocabulary());
            var history = book.history(id).orElseThrow(() -> ClientHistoryArgument.unknown(id));
            var overview = new ProgressOverview(kb);
            var adaptation = overview.adaptation(history, first);
            var plan = overview.nextPlan(adaptation, first);
            var json = new PlanJson(kb).write(plan);
            boolean unchanged = !history.plans().isEmpty()
                    && history.plans().get(history.plans().size() - 1).planJson().equals(json);
            if (!unchanged) {
                book.keepPlan(id, LocalDate.now(), kb.version(), json);
            }
            print(kb, plan, adaptation);
        }
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
