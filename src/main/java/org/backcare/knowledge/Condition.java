package org.backcare.knowledge;

import java.util.List;
import java.util.function.Predicate;
import org.backcare.intake.Complaint;
import org.backcare.intake.Intake;

/**
 * A rule's {@code when}: one criteria, or a list of alternatives of which any may hold;
 * with an optional {@code unless} that, when it holds, switches the rule off.
 */
public record Condition(List<Criteria> anyOf, List<Criteria> unless) {
    public static final Condition ALWAYS = new Condition(List.of(Criteria.ALWAYS), List.of());

    public Condition {
        anyOf = List.copyOf(anyOf);
        unless = List.copyOf(unless);
    }

    /**
     * Whether this is {@link #ALWAYS}. Same as {@code equals(ALWAYS)}, but a record's first {@code equals} is linked at
     * run time, which costs start-up (tens of milliseconds for these two records) just for this check.
     */
    public boolean isAlways() {
        return anyOf.size() == 1 && anyOf.get(0).isAlways() && unless.isEmpty();
    }

    public boolean holdsFor(Intake intake) {
        return holdsFor(intake, Criteria.EVERY_COMPLAINT);
    }

    /**
     * Whether it holds when only the complaints that pass {@code counted} may satisfy its complaint parts. Asked of
     * every rule for every plan: plain loops by index, as a stream or an iterator per list (the lists are of two
     * kinds, so their iterators are not optimised away) cost more than the checks (JMH, PlanRequestBenchmark.plan).
     */
    public boolean holdsFor(Intake intake, Predicate<Complaint> counted) {
        return anyMatches(anyOf, intake, counted) && !anyMatches(unless, intake, Criteria.EVERY_COMPLAINT);
    }

    private static boolean anyMatches(List<Criteria> criteria, Intake intake, Predicate<Complaint> counted) {
        for (int i = 0; i < criteria.size(); i++) {
            if (criteria.get(i).matches(intake, counted)) {
                return true;
            }
        }
        return false;
    }
}
