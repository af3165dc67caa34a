package org.backcare.web.sessions;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backcare.booking.Appointment;
import org.backcare.booking.AppointmentDesk;
import org.backcare.clients.RecordDates;
import org.backcare.clients.ClientHistory;
import org.backcare.intake.Pressure;
import org.backcare.intake.Problem;
import org.backcare.intake.Region;
import org.backcare.knowledge.AfterEffect;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.knowledge.Technique;
import org.backcare.planning.Session;
import org.backcare.progress.AreaMinutes;
import org.backcare.progress.Feedback;
import org.backcare.progress.SessionCheck;
import org.backcare.progress.SessionLog;
import org.backcare.progress.SoapNote;
import org.backcare.web.Form;

/**
 * The session form's fields, filled first from the plan's next session, and read back into a session log with
 * {@link SessionCheck}'s rules, each problem shown beside its field. A region's minutes are {@code area-REGION},
 * a technique used {@code technique-ID}, the client's word on it {@code feedback-ID}, an after-effect
 * {@code after-effect-ID}; the rest are named as in the session's JSON.
 */
final class SessionForm {
    static final String AREA = "area-";
    static final String TECHNIQUE = "technique-";
    static final String FEEDBACK = "feedback-";
    static final String AFTER_EFFECT = "after-effect-";
    static final String CHECKED = "on";
    static final String WORKED = "worked";
    static final String DID_NOT_WORK = "did-not-work";
    static final String VISIT = "visit";
    static final String SAME_DAY = "sameDay";
    /** The appointment the session carries out, when it is logged from one: marked attended once logged. */
    static final String APPOINTMENT = "appointment";
    static final List<String> SOAP = List.of("subjective", "objective", "assessment", "plan");
    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("date", "Date"),
            Map.entry("therapist", "Therapist"), Map.entry("minutes", "Minutes"), Map.entry("pressure", "Pressure"),
            Map.entry("painBefore", "Pain before"), Map.entry("painAfter", "Pain after"),
            Map.entry("areas", "Areas worked"), Map.entry("techniques", "Techniques"),
            Map.entry("afterEffects", "After-effects"), Map.entry(SAME_DAY, "Second session that day"),
            Map.entry("massage", "Massage"));

    private final KnowledgeBase knowledge;
    private final SessionCheck check;

    SessionForm(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.check = new SessionCheck(knowledge);
    }

    /** A session log read from the form, good to keep when there are no problems. */
    record Read(SessionLog session, List<Problem> problems) {}

    /** Today, the therapist, and the minutes, pressure, areas and techniques the plan gives the next session. */
    static Form planned(Optional<Session> next, String therapist, LocalDate today) {
        var values = new LinkedHashMap<String, String>();
        values.put("date", today.toString());
        values.put("therapist", therapist);
        next.ifPresent(session -> {
            values.put("minutes", Integer.toString(session.minutes()));
            values.put("pressure", session.pressure().id());
            session.areas().forEach(area -> Region.byId(area.area()).ifPresent(region ->
                    values.merge(AREA + region.id(), Integer.toString(area.minutes()),
                            (a, b) -> Integer.toString(Integer.parseInt(a) + Integer.parseInt(b)))));
            session.techniques().forEach(id -> values.put(TECHNIQUE + id, CHECKED));
        });
        return new Form(values, List.of());
    }

    /** A session as logged, in the form's fields: what its correction starts from. */
    static Form of(SessionLog session) {
        var values = new LinkedHashMap<String, String>();
        values.put("date", session.date().toString());
        values.put("therapist", session.therapist());
        values.put("minutes", Integer.toString(session.minutes()));
        values.put("painBefore", Integer.toString(session.painBefore()));
        var notes = session.notes();
        values.put(SOAP.get(0), notes.subjective());
        values.put(SOAP.get(1), notes.objective());
        values.put(SOAP.get(2), notes.assessment());
        values.put(SOAP.get(3), notes.plan());
        if (!session.massage()) {
            values.put(VISIT, CHECKED);
            return new Form(values, List.of());
        }
        values.put("painAfter", Integer.toString(session.painAfter()));
        values.put("pressure", session.pressure().id());
        session.areas().forEach(area -> values.put(AREA + area.region().id(), Integer.toString(area.minutes())));
        session.techniques().forEach(id -> values.put(TECHNIQUE + id, CHECKED));
        session.feedback().worked().forEach(id -> values.put(FEEDBACK + id, WORKED));
        session.feedback().didNotWork().forEach(id -> values.put(FEEDBACK + id, DID_NOT_WORK));
        session.afterEffects().forEach(id -> values.put(AFTER_EFFECT + id, CHECKED));
        return new Form(values, List.of());
    }

    /** The form, logging the session for this appointment. */
    static Form carryingOut(Form form, Appointment appointment) {
        var values = new LinkedHashMap<>(form.values());
        values.put(APPOINTMENT, Long.toString(appointment.id()));
        return new Form(values, form.problems());
    }

    /** Which appointment the form logs, in words, while it names one of the client's. */
    static Optional<String> forAppointment(Form form, AppointmentDesk desk) {
        var id = form.value(APPOINTMENT);
        if (!id.matches("\\d{1,18}") || form.problem(APPOINTMENT).isPresent()) {
            return Optional.empty();
        }
        return desk.find(Long.parseLong(id)).map(a -> "For the appointment of " + a.start().toLocalDate() + " at "
                + a.start().toLocalTime() + " with " + a.therapist().value() + ": logging this session marks it attended.");
    }

    /** The session or, with {@code visit} ticked, the visit without massage, checked against the client's history. */
    Read read(Form form, ClientHistory history, LocalDate today) {
        return read(form, history, today, List.of());
    }

    /** As {@link #read(Form, ClientHistory, LocalDate)}, with problems already found (a correction's reason). */
    Read read(Form form, ClientHistory history, LocalDate today, List<Problem> found) {
        var problems = new ArrayList<Problem>(found);
        var regions = new ArrayList<Region>();
        var session = CHECKED.equals(form.value(VISIT)) ? visit(form, problems) : session(form, regions, problems);
        check.problems(session, history, today, CHECKED.equals(form.value(SAME_DAY)))
                .forEach(p -> problems.add(onForm(p, regions)));
        return new Read(session, problems);
    }

    private SessionLog session(Form form, List<Region> regions, List<Problem> problems) {
        var areas = new ArrayList<AreaMinutes>();
        for (var region : Region.values()) {
            var minutes = form.value(AREA + region.id()).strip();
            if (!minutes.isEmpty() && !minutes.equals("0")) {
                regions.add(region);
                areas.add(new AreaMinutes(region, whole(form, AREA + region.id(), problems)));
            }
        }
        return new SessionLog(date(form, problems), form.value("therapist").strip(),
                whole(form, "minutes", problems), areas, techniques(form), pressure(form, problems),
                whole(form, "painBefore", problems), whole(form, "painAfter", problems), afterEffects(form),
                new Feedback(saying(form, WORKED), saying(form, DID_NOT_WORK)), notes(form));
    }

    private static SessionLog visit(Form form, List<Problem> problems) {
        return SessionLog.visit(date(form, problems), form.value("therapist").strip(), whole(form, "minutes", problems),
                whole(form, "painBefore", problems), notes(form));
    }

    private static SoapNote notes(Form form) {
        return new SoapNote(form.value(SOAP.get(0)), form.value(SOAP.get(1)), form.value(SOAP.get(2)),
                form.value(SOAP.get(3)));
    }

    /** The session's field a problem names, as the form's field, its label leading the message. */
    private static Problem onForm(Problem problem, List<Region> regions) {
        var field = problem.field();
        if (field.startsWith("areas[")) {
            var region = regions.get(Integer.parseInt(field.substring(6, field.indexOf(']'))));
            return labelled(AREA + region.id(), regionName(region) + ", minutes", problem.message());
        }
        var named = field.startsWith("feedback.") ? "techniques" : field.replaceFirst("\\[\\d+]$", "");
        return labelled(named, LABELS.getOrDefault(named, named), problem.message());
    }

    static String regionName(Region region) {
        var words = region.id().replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static Problem labelled(String field, String label, String message) {
        return new Problem(field, label + ": " + message);
    }

    private static LocalDate date(Form form, List<Problem> problems) {
        try {
            return RecordDates.parse(form.value("date").strip());
        } catch (DateTimeParseException e) {
            problems.add(labelled("date", "Date", "required: the day of the session, such as 2026-10-06"));
            return LocalDate.MAX; // a stand-in never kept: the form comes back with the problem
        }
    }

    private static int whole(Form form, String field, List<Problem> problems) {
        var text = form.value(field).strip();
        if (text.matches("-?\\d{1,6}")) {
            return Integer.parseInt(text);
        }
        var label = field.startsWith(AREA) ? regionName(Region.byId(field.substring(AREA.length())).orElseThrow())
                + ", minutes" : LABELS.get(field);
        var got = text.isEmpty() ? "" : " (got '" + text + "')";
        problems.add(labelled(field, label, "required: a whole number" + got));
        return 0;
    }

    private static Pressure pressure(Form form, List<Problem> problems) {
        return Pressure.byId(form.value("pressure")).orElseGet(() -> {
            problems.add(labelled("pressure", "Pressure", "choose one of " + String.join(", ", Pressure.ids())));
            return Pressure.LIGHT;
        });
    }

    private List<String> techniques(Form form) {
        return knowledge.techniques().stream().map(Technique::id)
                .filter(id -> CHECKED.equals(form.value(TECHNIQUE + id))).toList();
    }

    private List<String> afterEffects(Form form) {
        return knowledge.afterEffects().stream().map(AfterEffect::id)
                .filter(id -> CHECKED.equals(form.value(AFTER_EFFECT + id))).toList();
    }

    private List<String> saying(Form form, String word) {
        return knowledge.techniques().stream().map(Technique::id)
                .filter(id -> word.equals(form.value(FEEDBACK + id))).toList();
    }
}
