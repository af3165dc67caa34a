package org.backcare.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.backcare.files.KnowledgeFiles;
import org.backcare.intake.Pressure;
import org.backcare.intake.Problem;
import org.backcare.intake.Region;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.progress.AreaMinutes;
import org.backcare.progress.Feedback;
import org.backcare.progress.SessionLog;
import org.backcare.progress.SoapNote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "log", mixinStandardHelpOptions = true, description = "Log a session as it happened.")
final class LogSessionCommand implements Runnable {
    @Mixin
    ClientHistoryArgument client;

    @Option(names = "--date", required = true, converter = IsoDate.class, description = "The day of the session, YYYY-MM-DD.")
    LocalDate date;

    @Option(names = "--therapist", defaultValue = "${env:BACKCARE_THERAPIST:-${sys:user.name}}",
            description = "Who gave it (default: $BACKCARE_THERAPIST, else your user name).")
    String therapist;

    @Option(names = "--minutes", required = true, description = "How long it lasted, 1-240.")
    int minutes;

    @Option(names = "--areas", split = ",", paramLabel = "REGION:MINUTES",
            description = "Minutes per area, such as lower-back:30,mid-back:15.")
    List<String> areas = List.of();

    @Option(names = "--technique", split = ",", paramLabel = "ID", description = "Techniques used (ids, comma-separated).")
    List<String> techniques = List.of();

    @Option(names = "--pressure", required = true, description = "light, moderate or firm.")
    String pressure;

    @Option(names = "--pain-before", required = true, description = "Pain before the session, 0-10.")
    int painBefore;

    @Option(names = "--pain-after", required = true, description = "Pain after the session, 0-10.")
    int painAfter;

    @Option(names = "--after-effects", split = ",", paramLabel = "ID",
            description = "What followed: soreness-beyond-48h, bruising, sharp-pain, numbness, tingling, weakness.")
    List<String> afterEffects = List.of();

    @Option(names = "--worked", split = ",", paramLabel = "ID", description = "Techniques the client said worked.")
    List<String> worked = List.of();

    @Option(names = "--did-not-work", split = ",", paramLabel = "ID", description = "Techniques the client said did not.")
    List<String> didNotWork = List.of();

    @Option(names = "--subjective", defaultValue = "", description = "SOAP S: what the client reports.")
    String subjective;

    @Option(names = {"--objective", "--note"}, defaultValue = "", description = "SOAP O: what you found, such as \"QL tight on the left\".")
    String objective;

    @Option(names = "--assessment", defaultValue = "", description = "SOAP A: your assessment.")
    String assessment;

    @Option(names = "--plan-note", defaultValue = "", description = "SOAP P: the plan for next time.")
    String planNote;

    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        var kb = KnowledgeFiles.bundled();
        var problems = new ArrayList<Problem>();
        var log = new SessionLog(date, therapist.strip(), minutes, areas(problems), techniques, pressure(problems),
                painBefore, painAfter, afterEffects, new Feedback(worked, didNotWork),
                new SoapNote(subjective, objective, assessment, planNote));
        check(log, kb, problems);
        try (var db = database.open()) {
            var book = db.clientBook(kb.vocabulary());
            var history = client.history(book);
            var consent = history.client().consentGiven();
            if (date.isBefore(consent)) {
                problems.add(new Problem("--date", date + " is before " + client.id + " consented to being on file ("
                        + consent + ")"));
            }
            if (!problems.isEmpty()) {
                throw new BadInputException("the session was not logged", problems);
            }
            book.logSession(client.id, log);
            if (date.isAfter(LocalDate.now())) {
                spec.commandLine().getErr().println("backcare: note: " + date + " is after today; check the date"
                        + " if the session has not happened yet");
            }
            spec.commandLine().getOut().printf("Logged the session of %s for %s: pain %d to %d. Next: backcare "
                    + "progress %s%n", date, client.id, painBefore, painAfter, client.id);
        }
    }

    private List<AreaMinutes> areas(List<Problem> problems) {
        var parsed = new ArrayList<AreaMinutes>();
        for (int i = 0; i < areas.size(); i++) {
            var parts = areas.get(i).split(":", -1);
            var region = Region.byId(parts[0].strip());
            Integer area = parts.length == 2 && parts[1].strip().matches("\\d{1,3}") ? Integer.valueOf(parts[1].strip()) : null;
            if (region.isEmpty() || area == null || area < 1 || area > 240) {
                problems.add(new Problem("--areas[" + i + "]", "'" + areas.get(i) + "' is not REGION:MINUTES with a region of"
                        + " upper-back, mid-back, lower-back and 1-240 minutes, such as lower-back:30"));
            } else {
                parsed.add(new AreaMinutes(region.get(), area));
            }
        }
        return parsed;
    }

    private Pressure pressure(List<Problem> problems) {
        return Pressure.byId(pressure).orElseGet(() -> {
            problems.add(new Problem("--pressure", "'" + pressure + "' is not one of light, moderate, firm"));
            return Pressure.LIGHT;
        });
    }

    private static void check(SessionLog log, KnowledgeBase kb, List<Problem> problems) {
        if (log.therapist().isEmpty()) {
            problems.add(new Problem("--therapist", "must not be empty"));
        }
        range(problems, "--minutes", log.minutes(), 1, 240);
        range(problems, "--pain-before", log.painBefore(), 0, 10);
        range(problems, "--pain-after", log.painAfter(), 0, 10);
        int onAreas = log.areas().stream().mapToInt(AreaMinutes::minutes).sum();
        if (onAreas > log.minutes()) {
            problems.add(new Problem("--areas", onAreas + " minutes on the areas is more than the session's " + log.minutes()));
        }
        var techniqueIds = kb.techniques().stream().map(t -> t.id()).toList();
        known(problems, "--technique", log.techniques(), techniqueIds);
        known(problems, "--worked", log.feedback().worked(), techniqueIds);
        known(problems, "--did-not-work", log.feedback().didNotWork(), techniqueIds);
        known(problems, "--after-effects", log.afterEffects(), kb.afterEffects().stream().map(e -> e.id()).toList());
    }

    private static void range(List<Problem> problems, String field, int value, int min, int max) {
        if (value < min || value > max) {
            problems.add(new Problem(field, "must be " + min + "-" + max + " (got " + value + ")"));
        }
    }

    private static void known(List<Problem> problems, String field, List<String> ids, List<String> allowed) {
        for (int i = 0; i < ids.size(); i++) {
            if (!allowed.contains(ids.get(i))) {
                problems.add(new Problem(field + "[" + i + "]", "unknown id '" + ids.get(i) + "'; allowed: "
                        + String.join(", ", allowed)));
            }
        }
    }
}
