package org.backcare.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backcare.files.KnowledgeFiles;
import org.backcare.intake.Pressure;
import org.backcare.intake.Problem;
import org.backcare.intake.Region;
import org.backcare.progress.AreaMinutes;
import org.backcare.progress.Feedback;
import org.backcare.progress.SessionCheck;
import org.backcare.progress.SessionLog;
import org.backcare.progress.SoapNote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "log", mixinStandardHelpOptions = true, description = {"Log a session as it happened.",
        "A client whose plan says urgent or refer gets no massage: record the visit with --visit instead."})
final class LogSessionCommand implements Runnable {
    /** The session's fields that this command names differently. */
    private static final Map<String, String> OPTIONS = Map.of("painBefore", "--pain-before", "painAfter",
            "--pain-after", "techniques", "--technique", "afterEffects", "--after-effects", "feedback.worked",
            "--worked", "feedback.didNotWork", "--did-not-work", "sameDay", "--same-day", "massage", "--visit");

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

    @Option(names = "--pressure", description = "light, moderate or firm (required unless --visit).")
    String pressure;

    @Option(names = "--pain-before", required = true, description = "Pain before the session, 0-10.")
    int painBefore;

    @Option(names = "--pain-after", description = "Pain after the session, 0-10 (required unless --visit).")
    Integer painAfter;

    @Option(names = "--visit", description = "A visit without massage (the client came and was referred, say): "
            + "--minutes of the visit, --pain-before as reported, and the notes; nothing worked.")
    boolean visit;

    @Option(names = "--same-day", description = "Confirms a second session on a day that already has one.")
    boolean sameDay;

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

    @Option(names = "--appointment", paramLabel = "ID", description = "The appointment this session carried out: marked attended.")
    Long appointment;

    @Override
    public void run() {
        var kb = KnowledgeFiles.bundled();
        var problems = new ArrayList<Problem>();
        var log = visit ? visit(problems) : session(problems);
        var today = LocalDate.now();
        try (var db = database.openExisting()) {
            var book = db.clientBook(kb.vocabulary());
            var history = client.history(book);
            new SessionCheck(kb).problems(log, history, today, sameDay).forEach(p -> problems.add(asOption(p)));
            if (appointment != null && org.backcare.booking.AfterTheVisit.toCarryOut(TherapistCommand.book(db),
                    client.id, appointment).isEmpty()) {
                problems.add(new Problem("--appointment", "no appointment " + appointment + " of " + client.id
                        + " still to happen ('backcare schedule' shows them)"));
            }
            if (!problems.isEmpty()) {
                throw new BadInputException(visit ? "the visit was not recorded" : "the session was not logged", problems);
            }
            book.logSession(client.id, log);
            afterTheVisit(db, kb, log);
            var out = spec.commandLine().getOut();
            if (visit) {
                out.printf("Recorded the visit of %s for %s (no massage).%n", date, client.id);
            } else {
                out.printf("Logged the session of %s for %s: pain %d to %d. Next: backcare progress %s%n", date,
                        client.id, painBefore, log.painAfter(), client.id);
            }
        }
    }

    private SessionLog session(List<Problem> problems) {
        if (painAfter == null) {
            problems.add(new Problem("--pain-after", "required: the pain after the session, 0-10"));
        }
        return new SessionLog(date, therapist.strip(), minutes, areas(problems), techniques, pressure(problems),
                painBefore, painAfter == null ? 0 : painAfter, afterEffects, new Feedback(worked, didNotWork), notes());
    }

    private SessionLog visit(List<Problem> problems) {
        var massageOnly = new LinkedHashMap<String, Boolean>();
        massageOnly.put("--areas", !areas.isEmpty());
        massageOnly.put("--technique", !techniques.isEmpty());
        massageOnly.put("--pressure", pressure != null);
        massageOnly.put("--pain-after", painAfter != null);
        massageOnly.put("--after-effects", !afterEffects.isEmpty());
        massageOnly.put("--worked", !worked.isEmpty());
        massageOnly.put("--did-not-work", !didNotWork.isEmpty());
        massageOnly.forEach((option, given) -> {
            if (given) {
                problems.add(new Problem(option, "a visit without massage (--visit) has no " + option));
            }
        });
        return SessionLog.visit(date, therapist.strip(), minutes, painBefore, notes());
    }

    private SoapNote notes() {
        return new SoapNote(subjective, objective, assessment, planNote);
    }

    /** The appointment it carried out is attended; a new red flag marks the visits to come for review. */
    private void afterTheVisit(org.backcare.storage.Database db, org.backcare.knowledge.KnowledgeBase kb, SessionLog log) {
        var desk = TherapistCommand.book(db);
        var now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        var flagged = BookingInput.checked("the session was logged, but the appointment was not marked",
                "--appointment", () -> org.backcare.booking.AfterTheVisit.record(desk, kb, client.id,
                        java.util.Optional.ofNullable(appointment), log, log.therapist(), now));
        if (!flagged.isEmpty()) {
            spec.commandLine().getOut().printf("A new red flag: %d appointment(s) of %s to come need review before"
                    + " the visit.%n", flagged.size(), client.id);
        }
    }

    private List<AreaMinutes> areas(List<Problem> problems) {
        var parsed = new ArrayList<AreaMinutes>();
        for (int i = 0; i < areas.size(); i++) {
            var parts = areas.get(i).split(":", -1);
            var region = Region.byId(parts[0].strip());
            if (region.isEmpty() || parts.length != 2 || !parts[1].strip().matches("\\d{1,3}")) {
                problems.add(new Problem("--areas[" + i + "]", "'" + areas.get(i) + "' is not REGION:MINUTES with a region of"
                        + " upper-back, mid-back, lower-back and 1-" + SessionCheck.MOST_MINUTES + " minutes, such as"
                        + " lower-back:30"));
            } else {
                parsed.add(new AreaMinutes(region.get(), Integer.parseInt(parts[1].strip())));
            }
        }
        return parsed;
    }

    private Pressure pressure(List<Problem> problems) {
        if (pressure == null) {
            problems.add(new Problem("--pressure", "required: light, moderate or firm"));
            return Pressure.LIGHT;
        }
        return Pressure.byId(pressure).orElseGet(() -> {
            problems.add(new Problem("--pressure", "'" + pressure + "' is not one of light, moderate, firm"));
            return Pressure.LIGHT;
        });
    }

    /** A problem named by the session's field, named by this command's option instead: painBefore is --pain-before. */
    private static Problem asOption(Problem problem) {
        var field = problem.field().replaceFirst("^areas(\\[\\d+])\\.minutes$", "areas$1");
        for (var option : OPTIONS.entrySet()) {
            if (field.startsWith(option.getKey())) {
                return new Problem(option.getValue() + field.substring(option.getKey().length()), problem.message());
            }
        }
        return new Problem("--" + field, problem.message());
    }
}
