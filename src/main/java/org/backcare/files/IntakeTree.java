package org.backcare.files;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backcare.intake.Client;
import org.backcare.intake.Complaint;
import org.backcare.intake.HealthNote;
import org.backcare.intake.Intake;
import org.backcare.intake.Preferences;
import org.backcare.intake.Region;

/** An intake as the maps and lists of its file, in the order the file lists its fields. */
final class IntakeTree {
    private IntakeTree() {
    }

    static Map<String, Object> of(Intake intake) {
        var tree = new LinkedHashMap<String, Object>();
        tree.put("client", client(intake.client()));
        tree.put("complaints", intake.complaints().stream().map(IntakeTree::complaint).toList());
        tree.put("lifestyle", intake.lifestyle());
        tree.put("conditions", healthNotes(intake.conditions()));
        tree.put("red-flags", healthNotes(intake.redFlags()));
        tree.put("preferences", preferences(intake.preferences()));
        tree.put("goals", intake.goals());
        intake.event().ifPresent(date -> tree.put("event-date", date.toString()));
        return tree;
    }

    private static Map<String, Object> client(Client client) {
        var tree = new LinkedHashMap<String, Object>();
        tree.put("name", client.name());
        tree.put("age", client.age());
        if (client.guardianConsent() != null) {
            var consent = new LinkedHashMap<String, Object>();
            consent.put("by", client.guardianConsent().by());
            consent.put("date", client.guardianConsent().date().toString());
            tree.put("guardian-consent", consent);
        }
        return tree;
    }

    private static Map<String, Object> complaint(Complaint complaint) {
        var tree = new LinkedHashMap<String, Object>();
        tree.put("region", complaint.region().id());
        tree.put("side", complaint.side().id());
        tree.put("symptoms", complaint.symptoms());
        tree.put("pain", complaint.pain());
        tree.put("weeks", complaint.weeks());
        complaint.knownCause().ifPresent(cause -> tree.put("cause", cause));
        return tree;
    }

    private static List<Object> healthNotes(List<HealthNote> notes) {
        return notes.stream().map(IntakeTree::healthNote).toList();
    }

    /** A note without regions is written as its bare id, the way a therapist would write it. */
    private static Object healthNote(HealthNote note) {
        if (note.regions().isEmpty()) {
            return note.id();
        }
        var tree = new LinkedHashMap<String, Object>();
        tree.put("id", note.id());
        tree.put("regions", note.regions().stream().map(Region::id).toList());
        return tree;
    }

    private static Map<String, Object> preferences(Preferences preferences) {
        var tree = new LinkedHashMap<String, Object>();
        tree.put("pressure", preferences.pressure().id());
        tree.put("new-to-massage", preferences.newToMassage());
        tree.put("no-oil", preferences.noOil());
        return tree;
    }
}
