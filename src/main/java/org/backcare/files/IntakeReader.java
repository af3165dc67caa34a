package org.backcare.files;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backcare.clients.ClientName;
import org.backcare.intake.Client;
import org.backcare.intake.Complaint;
import org.backcare.intake.GuardianConsent;
import org.backcare.intake.HealthNote;
import org.backcare.intake.Intake;
import org.backcare.intake.Preferences;
import org.backcare.intake.Pressure;
import org.backcare.intake.Region;
import org.backcare.intake.Side;
import org.backcare.intake.Vocabulary;

/** Reads an intake from its tree of maps, lists and values, checking every field against the vocabulary. */
final class IntakeReader {
    private static final List<String> INTAKE_FIELDS =
            List.of("client", "complaints", "lifestyle", "conditions", "red-flags", "preferences", "goals",
                    "event-date");
    private static final List<String> CLIENT_FIELDS = List.of("name", "age", "guardian-consent");
    private static final List<String> GUARDIAN_CONSENT_FIELDS = List.of("by", "date");
    private static final List<String> COMPLAINT_FIELDS = List.of("region", "side", "symptoms", "pain", "weeks", "cause");
    private static final List<String> HEALTH_NOTE_FIELDS = List.of("id", "regions");
    private static final List<String> PREFERENCE_FIELDS = List.of("pressure", "new-to-massage", "no-oil");

    private final Vocabulary vocabulary;
    private final Checks checks = new Checks();
    private final boolean onFile;

    /** {@code onFile}: an intake kept before a guardian's consent was asked for still reads. */
    IntakeReader(Vocabulary vocabulary, boolean onFile) {
        this.vocabulary = vocabulary;
        this.onFile = onFile;
    }

    IntakeFile.Result read(JsonNode tree) {
        var root = At.root(tree);
        if (root.absent()) {
            return IntakeFile.Result.of("the intake is empty: it needs at least a client and a complaint");
        }
        var intake = checks.map(root, INTAKE_FIELDS).map(this::intake);
        var problems = checks.problems();
        return problems.isEmpty() ? IntakeFile.Result.of(intake.orElseThrow()) : IntakeFile.Result.of(problems);
    }

    private Intake intake(At at) {
        return new Intake(
                client(at.field("client")),
                complaints(at.field("complaints")),
                checks.ids(at.field("lifestyle"), "lifestyle", vocabulary.lifestyle()),
                healthNotes(at.field("conditions")),
                healthNotes(at.field("red-flags")),
                preferences(at.field("preferences")),
                checks.ids(at.field("goals"), "goal", vocabulary.goals()),
                checks.date(at.field("event-date")).orElse(null));
    }

    private Client client(At at) {
        return checks.map(at, CLIENT_FIELDS).map(client -> {
            var name = name(client.field("name"));
            int problemsBefore = checks.problems().size();
            int age = checks.wholeNumber(client.field("age"), 0, Client.MAX_AGE);
            boolean minor = checks.problems().size() == problemsBefore && age < Client.ADULT_AGE;
            return new Client(name, age, guardianConsent(client.field("guardian-consent"), minor));
        }).orElse(null);
    }

    private GuardianConsent guardianConsent(At at, boolean minor) {
        if (at.absent()) {
            if (minor && !onFile) {
                checks.problem(at, "required for a client under " + Client.ADULT_AGE
                        + ": the consent of a parent or guardian, { by: NAME, date: YYYY-MM-DD }");
            }
            return null;
        }
        return checks.map(at, GUARDIAN_CONSENT_FIELDS).map(consent -> new GuardianConsent(
                checks.requiredText(consent.field("by"), "the name of the parent or guardian who consented"),
                checks.requiredDate(consent.field("date")))).orElse(null);
    }

    private String name(At at) {
        var name = checks.text(at, Client.DEFAULT_NAME);
        var problem = at.absent() ? Optional.<String>empty() : ClientName.problem(name);
        problem.ifPresent(message -> checks.problem(at, message));
        return problem.isPresent() ? Client.DEFAULT_NAME : name;
    }

    private List<Complaint> complaints(At at) {
        if (at.absent() || at.value().isArray() && at.value().isEmpty()) {
            checks.problem(at, "required: at least one complaint (pain 0 is fine, for example for maintenance)");
        }
        var complaints = new ArrayList<Complaint>();
        for (var c : checks.list(at, "complaints")) {
            complaint(c).ifPresent(complaints::add);
        }
        return complaints;
    }

    private Optional<Complaint> complaint(At at) {
        return checks.map(at, COMPLAINT_FIELDS).map(c -> new Complaint(
                checks.requiredId(c.field("region"), "region", Region.ids()).flatMap(Region::byId).orElse(null),
                checks.id(c.field("side"), "side", Side.ids()).flatMap(Side::byId).orElse(Complaint.DEFAULT_SIDE),
                symptoms(c),
                checks.wholeNumber(c.field("pain"), 0, Complaint.MAX_PAIN),
                checks.wholeNumber(c.field("weeks"), 0, Complaint.MAX_WEEKS),
                checks.id(c.field("cause"), "cause", vocabulary.causes()).orElse(null)));
    }

    /** The symptoms of a complaint, each one a client can report for its region (those kept on file are as kept). */
    private List<String> symptoms(At complaint) {
        var at = complaint.field("symptoms");
        var symptoms = checks.ids(at, "symptom", vocabulary.symptoms());
        var region = Region.byId(complaint.value().path("region").asText());
        if (region.isEmpty() || onFile) {
            return symptoms;
        }
        for (var s : symptoms) {
            if (!vocabulary.symptomFits(s, region.get())) {
                checks.problem(at, "'" + s + "' is not a symptom of the " + region.get().id() + "; for the "
                        + region.get().id() + ": " + String.join(", ", vocabulary.symptomsOf(region.get())));
            }
        }
        return symptoms;
    }

    /** Conditions and red flags alike: any health note is accepted in either list, so that no warning sign is refused. */
    private List<HealthNote> healthNotes(At at) {
        var notes = new ArrayList<HealthNote>();
        for (var item : checks.list(at, "conditions or red flags")) {
            healthNote(item).filter(note -> !notes.contains(note)).ifPresent(notes::add);
        }
        return notes;
    }

    private Optional<HealthNote> healthNote(At at) {
        if (!at.absent() && at.value().isObject()) {
            return checks.map(at, HEALTH_NOTE_FIELDS).map(note -> new HealthNote(
                    healthNoteId(note.field("id")).orElse(null),
                    checks.ids(note.field("regions"), "region", Region.ids()).stream()
                            .map(id -> Region.byId(id).orElseThrow()).toList()));
        }
        return healthNoteId(at).map(HealthNote::of);
    }

    private Optional<String> healthNoteId(At at) {
        return checks.requiredId(at, "condition or red flag", vocabulary.healthNotes());
    }

    private Preferences preferences(At at) {
        var defaults = Preferences.defaults();
        return checks.map(at, PREFERENCE_FIELDS).map(p -> new Preferences(
                checks.id(p.field("pressure"), "pressure", Pressure.ids()).flatMap(Pressure::byId).orElse(defaults.pressure()),
                checks.yesNo(p.field("new-to-massage"), defaults.newToMassage()),
                checks.yesNo(p.field("no-oil"), defaults.noOil()))).orElse(null);
    }
}
