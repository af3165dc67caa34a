package org.backcare.cli;

import static org.backcare.cli.Questions.into;
import static org.backcare.cli.Questions.question;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.backcare.intake.Client;
import org.backcare.intake.Complaint;
import org.backcare.intake.Intake;
import org.backcare.intake.Preferences;
import org.backcare.intake.Pressure;
import org.backcare.intake.Region;
import org.backcare.intake.Side;
import org.backcare.intake.Vocabulary;

/** Asks the intake questions at a terminal, again and again until each answer is one an intake file may hold. */
public final class IntakeInterview {
    /** The input ended before every question was answered. */
    public static final class Aborted extends EOFException {
        Aborted() {
            super("the intake interview ended before every question was answered");
        }
    }

    private static final String TRAINING_FOR_EVENT = "training-for-event";

    private final BufferedReader in;
    private final PrintWriter out;
    private final Vocabulary vocabulary;
    private Questions questions;

    public IntakeInterview(BufferedReader in, PrintWriter out, Vocabulary vocabulary) {
        this.in = in;
        this.out = out;
        this.vocabulary = vocabulary;
    }

    public Intake run() throws IOException {
        questions = new Questions(in, out, vocabulary);
        askClient();
        askComplaints();
        askIds("Lifestyle", vocabulary.lifestyle(), "lifestyle", ids -> questions.field("lifestyle", ids));
        askEventDate();
        askHealthNotes("Conditions", "conditions");
        askHealthNotes("Red flags", "red-flags");
        askPreferences();
        askIds("Goals", vocabulary.goals(), "goals", ids -> questions.field("goals", ids));
        var result = questions.intake();
        if (!result.ok()) {
            throw new IllegalStateException("each answer passed on its own, but not all together: " + result.problems());
        }
        return result.intake();
    }

    private void askClient() throws IOException {
        var client = questions.field("client", new LinkedHashMap<String, Object>());
        questions.ask("Client's name [" + Client.DEFAULT_NAME + "]", "client.name", Answer::text, into(client, "name"));
        questions.ask("Age (0-" + Client.MAX_AGE + ")", "client.age", Answer::number, into(client, "age"));
        if (client.get("age") instanceof Number age && age.intValue() < Client.ADULT_AGE) {
            var consent = new LinkedHashMap<String, Object>();
            client.put("guardian-consent", consent);
            questions.ask("Under 18: the parent or guardian who consented", "client.guardian-consent.by", Answer::text,
                    into(consent, "by"));
            questions.ask("Date of their consent (YYYY-MM-DD)", "client.guardian-consent.date", Answer::text,
                    into(consent, "date"));
        }
    }

    /** Only someone training for an event is asked its date, so the plan can add the care around it. */
    private void askEventDate() throws IOException {
        if (questions.answered("lifestyle", TRAINING_FOR_EVENT)) {
            questions.ask("Date of the event (a race, a competition; YYYY-MM-DD) [none]", "event-date", Answer::text,
                    questions.intoField("event-date"));
        }
    }

    private void askComplaints() throws IOException {
        var complaints = questions.field("complaints", new ArrayList<Map<String, Object>>());
        do {
            var complaint = new LinkedHashMap<String, Object>();
            complaints.add(complaint);
            questions.say("Complaint " + complaints.size());
            askComplaint(complaint, "complaints[" + (complaints.size() - 1) + "]");
        } while (anotherComplaint());
    }

    private void askComplaint(Map<String, Object> complaint, String path) throws IOException {
        questions.ask(question("Region", Region.ids(), ""), path + ".region", Answer::text, into(complaint, "region"));
        questions.ask(question("Side", Side.ids(), Complaint.DEFAULT_SIDE.id()), path + ".side", Answer::text,
                into(complaint, "side"));
        askIds("Symptoms", vocabulary.symptoms(), path + ".symptoms", into(complaint, "symptoms"));
        questions.ask("Pain now (0-" + Complaint.MAX_PAIN + ")", path + ".pain", Answer::number,
                into(complaint, "pain"));
        questions.ask("Weeks it has lasted (0-" + Complaint.MAX_WEEKS + ")", path + ".weeks", Answer::number,
                into(complaint, "weeks"));
        questions.ask(question("Cause", vocabulary.causes(), "not known"), path + ".cause", Answer::text,
                into(complaint, "cause"));
    }

    private boolean anotherComplaint() throws IOException {
        while (true) {
            var answer = Answer.yesNo(questions.line(question("Another complaint?", List.of("yes", "no"), "no")));
            if (answer == null || answer instanceof Boolean) {
                return Boolean.TRUE.equals(answer);
            }
            questions.say("  please answer yes or no");
        }
    }

    /** Any health note is accepted in either list, so that no warning sign is refused for the list it is given in. */
    private void askHealthNotes(String question, String key) throws IOException {
        var notes = questions.field(key, new ArrayList<Object>());
        askIds(question, vocabulary.healthNotes(), key, ids -> {
            notes.clear();
            notes.addAll((List<?>) ids);
        });
        for (int i = 0; i < notes.size(); i++) {
            var id = notes.get(i);
            int at = i;
            questions.ask(question("  Regions " + id + " concerns, comma-separated", Region.ids(), "all"),
                    key + "[" + i + "].regions", Answer::ids,
                    regions -> notes.set(at, ((List<?>) regions).isEmpty() ? id : Map.of("id", id, "regions", regions)));
        }
    }

    private void askPreferences() throws IOException {
        var preferences = questions.field("preferences", new LinkedHashMap<String, Object>());
        var defaults = Preferences.defaults();
        questions.ask(question("Pressure", Pressure.ids(), defaults.pressure().id()), "preferences.pressure",
                Answer::text, into(preferences, "pressure"));
        questions.ask(question("New to massage?", List.of("yes", "no"), yesNo(defaults.newToMassage())),
                "preferences.new-to-massage", Answer::yesNo, into(preferences, "new-to-massage"));
        questions.ask(question("Massage without oil?", List.of("yes", "no"), yesNo(defaults.noOil())),
                "preferences.no-oil", Answer::yesNo, into(preferences, "no-oil"));
    }

    private void askIds(String question, List<String> allowed, String path, Consumer<Object> keep) throws IOException {
        questions.ask(question(question + ", comma-separated", allowed, "none"), path, Answer::ids, keep);
    }

    private static String yesNo(boolean answer) {
        return answer ? "yes" : "no";
    }
}
