package org.backcare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.backcare.intake.Client;
import org.backcare.intake.Complaint;
import org.backcare.intake.HealthNote;
import org.backcare.intake.Intake;
import org.backcare.intake.Preferences;
import org.backcare.intake.Pressure;
import org.backcare.intake.Region;
import org.backcare.intake.Side;

/** Builds intakes for tests in a therapist's words: {@code AnIntake.aged(40).hurting(LOWER_BACK, 6, 14, "stiffness")}. */
public final class AnIntake {
    private int age = 40;
    private final List<Complaint> complaints = new ArrayList<>();
    private final List<String> lifestyle = new ArrayList<>();
    private final List<HealthNote> conditions = new ArrayList<>();
    private final List<HealthNote> redFlags = new ArrayList<>();
    private final List<String> goals = new ArrayList<>();
    private Preferences preferences = Preferences.defaults();

    public static AnIntake aged(int age) {
        var intake = new AnIntake();
        intake.age = age;
        return intake;
    }

    public AnIntake hurting(Region region, int pain, int weeks, String... symptoms) {
        complaints.add(new Complaint(region, Side.BOTH, List.of(symptoms), pain, weeks, null));
        return this;
    }

    public AnIntake causedBy(String cause) {
        var last = complaints.remove(complaints.size() - 1);
        complaints.add(new Complaint(last.region(), last.side(), last.symptoms(), last.pain(), last.weeks(), cause));
        return this;
    }

    public AnIntake living(String... ways) {
        lifestyle.addAll(Arrays.asList(ways));
        return this;
    }

    public AnIntake withConditions(String... ids) {
        Arrays.stream(ids).map(HealthNote::of).forEach(conditions::add);
        return this;
    }

    public AnIntake withCondition(String id, Region... regions) {
        conditions.add(new HealthNote(id, List.of(regions)));
        return this;
    }

    public AnIntake withRedFlags(String... ids) {
        Arrays.stream(ids).map(HealthNote::of).forEach(redFlags::add);
        return this;
    }

    public AnIntake wanting(String... goalIds) {
        goals.addAll(Arrays.asList(goalIds));
        return this;
    }

    public AnIntake preferring(Pressure pressure) {
        preferences = new Preferences(pressure, preferences.newToMassage(), preferences.noOil());
        return this;
    }

    public AnIntake newToMassage() {
        preferences = new Preferences(preferences.pressure(), true, preferences.noOil());
        return this;
    }

    public AnIntake noOil() {
        preferences = new Preferences(preferences.pressure(), preferences.newToMassage(), true);
        return this;
    }

    public Intake build() {
        var all = complaints.isEmpty()
                ? List.of(new Complaint(Region.LOWER_BACK, Side.BOTH, List.of("stiffness"), 3, 8, null)) : complaints;
        return new Intake(new Client("Test Client", age), all, lifestyle, conditions, redFlags, preferences, goals);
    }
}
