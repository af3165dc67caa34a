package org.backcare.knowledge;

import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import org.backcare.intake.Complaint;
import org.backcare.intake.Intake;
import org.backcare.intake.Pressure;
import org.backcare.intake.Region;

/**
 * When a rule applies, written in the knowledge files as a {@code when:} map. Every stated part must hold;
 * the parts about a complaint (region, symptoms, cause, pain, weeks) must all hold for one and the same complaint.
 * An empty criteria always holds.
 */
public record Criteria(
        List<Region> regions,
        List<String> symptoms,
        List<String> causes,
        Integer minPain,
        Integer maxPain,
        Integer minWeeks,
        Integer maxWeeks,
        List<String> lifestyle,
        List<String> healthNotes,
        List<String> goals,
        List<Pressure> pressure,
        Integer minAge,
        Integer maxAge,
        Boolean newToMassage,
        Boolean noOil) {

    /** Counts every complaint, for {@link #matches(Intake, Predicate)}. */
    static final Predicate<Complaint> EVERY_COMPLAINT = complaint -> true;

    public static final Criteria ALWAYS = new Criteria(List.of(), List.of(), List.of(), null, null, null, null,
            List.of(), List.of(), List.of(), List.of(), null, null, null, null);

    public Criteria {
        regions = List.copyOf(regions);
        symptoms = List.copyOf(symptoms);
        causes = List.copyOf(causes);
        lifestyle = List.copyOf(lifestyle);
        healthNotes = List.copyOf(healthNotes);
        goals = List.copyOf(goals);
        pressure = List.copyOf(pressure);
    }

    /** Whether this is {@link #ALWAYS}: nothing stated. */
    public boolean isAlways() {
        return !aboutComplaints() && lifestyle.isEmpty() && healthNotes.isEmpty() && goals.isEmpty()
                && pressure.isEmpty() && minAge == null && maxAge == null && newToMassage == null && noOil == null;
    }

    public boolean matches(Intake intake) {
        return matches(intake, EVERY_COMPLAINT);
    }

    /**
     * Whether it holds when only the complaints that pass {@code counted} may satisfy the complaint parts. Checked
     * for every rule of every plan, so written as loops by index: streams and iterators here cost more than the checks
     * themselves (see {@link Condition#holdsFor(Intake, Predicate)}).
     */
    public boolean matches(Intake intake, Predicate<Complaint> counted) {
        if (!personMatches(intake)) {
            return false;
        }
        if (!aboutComplaints()) {
            return true;
        }
        var complaints = intake.complaints();
        for (int i = 0; i < complaints.size(); i++) {
            var c = complaints.get(i);
            if (counted.test(c) && complaintMatches(c)) {
                return true;
            }
        }
        return false;
    }

    public boolean aboutComplaints() {
        return !regions.isEmpty() || !symptoms.isEmpty() || !causes.isEmpty()
                || minPain != null || maxPain != null || minWeeks != null || maxWeeks != null;
    }

    private boolean complaintMatches(Complaint c) {
        return (regions.isEmpty() || regions.contains(c.region()))
                && (symptoms.isEmpty() || anyIn(symptoms, c.symptoms()))
                && (causes.isEmpty() || c.knownCause().filter(causes::contains).isPresent())
                && atLeast(c.pain(), minPain) && atMost(c.pain(), maxPain)
                && atLeast(c.weeks(), minWeeks) && atMost(c.weeks(), maxWeeks);
    }

    private boolean personMatches(Intake intake) {
        var prefs = intake.preferences();
        return (lifestyle.isEmpty() || anyIn(lifestyle, intake.lifestyle()))
                && (healthNotes.isEmpty() || anyHealthNote(intake))
                && (goals.isEmpty() || anyIn(goals, intake.goals()))
                && (pressure.isEmpty() || pressure.contains(prefs.pressure()))
                && atLeast(intake.client().age(), minAge) && atMost(intake.client().age(), maxAge)
                && (newToMassage == null || newToMassage == prefs.newToMassage())
                && (noOil == null || noOil == prefs.noOil());
    }

    private boolean anyHealthNote(Intake intake) {
        for (int i = 0; i < healthNotes.size(); i++) {
            if (intake.hasHealthNote(healthNotes.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyIn(List<String> wanted, Collection<String> present) {
        for (int i = 0; i < wanted.size(); i++) {
            if (present.contains(wanted.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean atLeast(int value, Integer bound) {
        return bound == null || value >= bound;
    }

    private static boolean atMost(int value, Integer bound) {
        return bound == null || value <= bound;
    }
}
