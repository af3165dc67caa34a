package org.backcare.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * Everything a therapist learns about a client before the first session. The event date (a race, a competition, a
 * wedding...) is optional: null when there is none.
 */
public record Intake(
        Client client,
        List<Complaint> complaints,
        List<String> lifestyle,
        List<HealthNote> conditions,
        List<HealthNote> redFlags,
        Preferences preferences,
        List<String> goals,
        LocalDate eventDate) {

    public Intake {
        complaints = List.copyOf(complaints);
        lifestyle = List.copyOf(lifestyle);
        conditions = List.copyOf(conditions);
        redFlags = List.copyOf(redFlags);
        goals = List.copyOf(goals);
    }

    /** An intake without an event date. */
    public Intake(Client client, List<Complaint> complaints, List<String> lifestyle, List<HealthNote> conditions,
            List<HealthNote> redFlags, Preferences preferences, List<String> goals) {
        this(client, complaints, lifestyle, conditions, redFlags, preferences, goals, null);
    }

    public Optional<LocalDate> event() {
        return Optional.ofNullable(eventDate);
    }

    /** Conditions and red flags together: screening treats a health note the same wherever it was written. */
    public List<HealthNote> healthNotes() {
        return Stream.concat(conditions.stream(), redFlags.stream()).toList();
    }

    public boolean hasHealthNote(String id) {
        // checked on every rule's condition: look in both lists without building a joined one, or a stream
        return has(conditions, id) || has(redFlags, id);
    }

    private static boolean has(List<HealthNote> notes, String id) {
        for (int i = 0; i < notes.size(); i++) {
            if (notes.get(i).id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    /** The regions that hurt, each once, in the order of the complaints. */
    public List<Region> regions() {
        var regions = new ArrayList<Region>(complaints.size());
        for (int i = 0; i < complaints.size(); i++) {
            var region = complaints.get(i).region();
            if (!regions.contains(region)) {
                regions.add(region);
            }
        }
        return regions;
    }

    /** No pain anywhere (a client who comes for maintenance): there is no pain to improve. */
    public boolean painFree() {
        for (var c : complaints) {
            if (c.pain() != 0) {
                return false;
            }
        }
        return true;
    }

    /** The worst pain reported in the region; a loop, as the planner asks it of every region of every session. */
    public OptionalInt painIn(Region region) {
        int worst = -1;
        for (var c : complaints) {
            if (c.region() == region) {
                worst = Math.max(worst, c.pain());
            }
        }
        return worst < 0 ? OptionalInt.empty() : OptionalInt.of(worst);
    }
}
