package org.backcare.knowledge;

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
        return matches(intake, complaint -> true);
    }

    /** Whether it holds when only the complaints that pass {@code counted} may satisfy the complaint parts. */
    public boolean matches(Intake intake, Predicate<Complaint> counted) {
        return personMatches(intake) && (!aboutComplaints()
                || intake.complaints().stream().anyMatch(c -> counted.test(c) && complaintMatches(c)));
    }

    public boolean aboutComplaints() {
        return !regions.isEmpty() || !symptoms.isEmpty() || !causes.isEmpty()
                || minPain != null || maxPain != null || minWeeks != null || maxWeeks != null;
    }

    private boolean complaintMatches(Complaint c) {
        return (regions.isEmpty() || regions.contains(c.region()))
                && (symptoms.isEmpty() || symptoms.stream().anyMatch(c::has))
                && (causes.isEmpty() || c.knownCause().filter(causes::contains).isPresent())
                && atLeast(c.pain(), minPain) && atMost(c.pain(), maxPain)
                && atLeast(c.weeks(), minWeeks) && atMost(c.weeks(), maxWeeks);
    }

    private boolean personMatches(Intake intake) {
        var prefs = intake.preferences();
        return (lifestyle.isEmpty() || lifestyle.stream().anyMatch(intake.lifestyle()::contains))
                && (healthNotes.isEmpty() || healthNotes.stream().anyMatch(intake::hasHealthNote))
                && (goals.isEmpty() || goals.stream().anyMatch(intake.goals()::contains))
                && (pressure.isEmpty() || pressure.contains(prefs.pressure()))
                && atLeast(intake.client().age(), minAge) && atMost(intake.client().age(), maxAge)
                && (newToMassage == null || newToMassage == prefs.newToMassage())
                && (noOil == null || noOil == prefs.noOil());
    }

    private static boolean atLeast(int value, Integer bound) {
        return bound == null || value >= bound;
    }

    private static boolean atMost(int value, Integer bound) {
        return bound == null || value <= bound;
    }
}
