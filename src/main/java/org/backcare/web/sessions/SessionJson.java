package org.backcare.web.sessions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.backcare.intake.Pressure;
import org.backcare.intake.Problem;
import org.backcare.intake.Region;
import org.backcare.progress.AreaMinutes;
import org.backcare.progress.Feedback;
import org.backcare.progress.SessionLog;
import org.backcare.progress.SoapNote;
import org.backcare.web.JsonInput;
import org.backcare.web.Voids;

/**
 * A session as the API reads and writes it: the same fields, in the same shape, as in an export. {@code "massage":
 * false} is a visit without massage (date, therapist, minutes, painBefore, notes); {@code "sameDay": true}, read but
 * not kept, confirms a second session on a day that has one.
 */
final class SessionJson {
    static final Set<String> FIELDS = Set.of("date", "therapist", "minutes", "areas", "techniques", "pressure",
            "painBefore", "painAfter", "afterEffects", "feedback", "notes", "massage", "sameDay");
    /** A correction's body: the corrected session's fields, and why. */
    static final Set<String> CORRECTION_FIELDS = Stream.concat(FIELDS.stream(),
            Stream.of("reason")).collect(Collectors.toUnmodifiableSet());
    private static final List<String> MASSAGE_ONLY = List.of("areas", "techniques", "pressure", "painAfter",
            "afterEffects", "feedback");

    private SessionJson() {
    }

    /** The session sent, each field missing or of the wrong kind noted in {@code input}; by default, by {@code therapist}. */
    static SessionLog read(JsonInput input, String therapist) {
        if (!input.flag("massage", true)) {
            MASSAGE_ONLY.stream().filter(field -> !input.node(field).isMissingNode()).forEach(field ->
                    input.problem(new Problem(field, "a visit without massage (\"massage\": false) has no " + field)));
            return SessionLog.visit(input.date("date", null), input.text("therapist", therapist).strip(),
                    input.number("minutes"), input.number("painBefore"), notes(input));
        }
        var pressure = Pressure.byId(input.oneOf("pressure", Pressure.ids())).orElseThrow();
        return new SessionLog(input.date("date", null), input.text("therapist", therapist).strip(),
                input.number("minutes"), areas(input), input.texts("techniques"), pressure, input.number("painBefore"),
                input.number("painAfter"), input.texts("afterEffects"),
                new Feedback(input.texts("feedback.worked"), input.texts("feedback.didNotWork")),
                notes(input));
    }

    private static SoapNote notes(JsonInput input) {
        return new SoapNote(input.text("notes.subjective", ""), input.text("notes.objective", ""),
                input.text("notes.assessment", ""), input.text("notes.plan", ""));
    }

    static Map<String, Object> write(SessionLog session) {
        var notes = session.notes();
        return fields("date", session.date().toString(), "therapist", session.therapist(), "minutes", session.minutes(),
                "areas", session.areas().stream().map(a -> fields("region", a.region().id(), "minutes", a.minutes()))
                        .toList(),
                "techniques", session.techniques(), "pressure", session.pressure().id(),
                "painBefore", session.painBefore(), "painAfter", session.painAfter(),
                "afterEffects", session.afterEffects(),
                "feedback", fields("worked", session.feedback().worked(),
                        "didNotWork", session.feedback().didNotWork()),
                "notes", fields("subjective", notes.subjective(), "objective", notes.objective(),
                        "assessment", notes.assessment(), "plan", notes.plan()),
                "massage", session.massage(), "voided", Voids.json(session.voided()));
    }

    /** A JSON object with its fields in the order given: name, value, name, value... */
    private static Map<String, Object> fields(Object... namesAndValues) {
        var json = new LinkedHashMap<String, Object>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            json.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return json;
    }

    private static List<AreaMinutes> areas(JsonInput input) {
        var node = input.node("areas");
        if (node.isMissingNode()) {
            return List.of();
        }
        if (!node.isArray()) {
            input.problem(new Problem("areas", "must be a list of {\"region\", \"minutes\"}"));
            return List.of();
        }
        var areas = new ArrayList<AreaMinutes>();
        for (int i = 0; i < node.size(); i++) {
            var at = "areas[" + i + "]";
            areas.add(new AreaMinutes(Region.byId(input.oneOf(at + ".region", Region.ids())).orElseThrow(),
                    input.number(at + ".minutes")));
        }
        return areas;
    }
}
