package org.backcare.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backcare.intake.Pressure;
import org.backcare.intake.Problem;
import org.backcare.intake.Region;
import org.backcare.progress.AreaMinutes;
import org.backcare.progress.Feedback;
import org.backcare.progress.SessionCheck;
import org.backcare.progress.SessionLog;
import org.backcare.progress.SoapNote;
import picocli.CommandLine.Option;

/**
 * A session as the options of {@code session log} and {@code correct} give it. What a session needs (--date,
 * --minutes, --pain-before; --pressure and --pain-after unless --visit) is checked here, each problem named by its
 * option, so that a command that takes other records too (a corrected questionnaire) can leave them out.
 */
final class SessionOptions {
    /** The session's fields that these options name differently. */
    private static final Map<String, String> OPTIONS = Map.of("painBefore", "--pain-before", "painAfter",
            "--pain-after", "techniques", "--technique", "afterEffects", "--after-effects", "feedback.worked",
            "--worked", "feedback.didNotWork", "--did-not-work", "sameDay", "--same-day", "massage", "--visit");

    @Option(names = "--date", converter = IsoDate.class, description = "The day of the session, YYYY-MM-DD (required).")
    LocalDate date;

    @Option(names = "--therapist", defaultValue = "${env:BACKCARE_THERAPIST:-${sys:user.name}}",
            description = "Who gave it (default: $BACKCARE_THERAPIST, else your user name).")
    String therapist;

    @Option(names = "--minutes", description = "How long it lasted, 1-240 (required).")
    Integer minutes;

    @Option(names = "--areas", split = ",", paramLabel = "REGION:MINUTES",
            description = "Minutes per area, such as lower-back:30,mid-back:15.")
    List<String> areas = List.of();

    @Option(names = "--technique", split = ",", paramLabel = "ID", description = "Techniques used (ids, comma-separated).")
    List<String> techniques = List.of();

    @Option(names = "--pressure", description = "light, moderate or firm (required unless --visit).")
    String pressure;

    @Option(names = "--pain-before", description = "Pain before the session, 0-10 (required).")
    Integer painBefore;

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

    /** The session or, with --visit, the visit without massage; each option missing or out of place noted. */
    SessionLog log(List<Problem> problems) {
        required(problems, "--date", date, "the day of the session, YYYY-MM-DD");
        required(problems, "--minutes", minutes, "how long it lasted, 1-" + SessionCheck.MOST_MINUTES);
        required(problems, "--pain-before", painBefore, "the pain before the session, 0-10");
        var day = date == null ? LocalDate.MIN : date;
        int length = minutes == null ? 0 : minutes;
        int before = painBefore == null ? 0 : painBefore;
        if (visit) {
            refuseMassageOptions(problems);
            return SessionLog.visit(day, therapist.strip(), length, before, notes());
        }
        required(problems, "--pain-after", painAfter, "the pain after the session, 0-10");
        return new SessionLog(day, therapist.strip(), length, areas(problems), techniques, pressure(problems), before,
                painAfter == null ? 0 : painAfter, afterEffects, new Feedback(worked, didNotWork), notes());
    }

    /** Whether every option a session needs is given, so that its values may be checked against the history. */
    boolean complete() {
        return date != null && minutes != null && painBefore != null && (visit || painAfter != null);
    }

    /** The options given that only a session has (for a record that is no session). */
    List<String> given() {
        var given = new ArrayList<String>();
        massageOptions().forEach((option, isGiven) -> {
            if (isGiven) {
                given.add(option);
            }
        });
        if (minutes != null) {
            given.add("--minutes");
        }
        if (painBefore != null) {
            given.add("--pain-before");
        }
        return given;
    }

    private static void required(List<Problem> problems, String option, Object value, String what) {
        if (value == null) {
            problems.add(new Problem(option, "required: " + what));
        }
    }

    private void refuseMassageOptions(List<Problem> problems) {
        massageOptions().forEach((option, given) -> {
            if (given) {
                problems.add(new Problem(option, "a visit without massage (--visit) has no " + option));
            }
        });
    }

    private Map<String, Boolean> massageOptions() {
        var massageOnly = new LinkedHashMap<String, Boolean>();
        massageOnly.put("--areas", !areas.isEmpty());
        massageOnly.put("--technique", !techniques.isEmpty());
        massageOnly.put("--pressure", pressure != null);
        massageOnly.put("--pain-after", painAfter != null);
        massageOnly.put("--after-effects", !afterEffects.isEmpty());
        massageOnly.put("--worked", !worked.isEmpty());
        massageOnly.put("--did-not-work", !didNotWork.isEmpty());
        return massageOnly;
    }

    private SoapNote notes() {
        return new SoapNote(subjective, objective, assessment, planNote);
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

    /** A problem named by the session's field, named by its option instead: painBefore is --pain-before. */
    static Problem asOption(Problem problem) {
        var field = problem.field().replaceFirst("^areas(\\[\\d+])\\.minutes$", "areas$1");
        for (var option : OPTIONS.entrySet()) {
            if (field.startsWith(option.getKey())) {
                return new Problem(option.getValue() + field.substring(option.getKey().length()), problem.message());
            }
        }
        return new Problem("--" + field, problem.message());
    }
}
