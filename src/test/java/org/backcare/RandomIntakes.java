package org.backcare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
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

/**
 * Generates valid intakes over a whole vocabulary, for property tests. Seeded, so a failing intake fails again
 * on the next run. Health notes are drawn from conditions and red flags alike and put in either list; red flags
 * are rarer, so that most intakes reach a plan whose limits can be checked.
 */
public final class RandomIntakes {
    private final Vocabulary vocabulary;
    private final Random random;

    public RandomIntakes(Vocabulary vocabulary, long seed) {
        this.vocabulary = vocabulary;
        this.random = new Random(seed);
    }

    public Intake next() {
        var complaints = IntStream.range(0, 1 + random.nextInt(3)).mapToObj(i -> complaint()).toList();
        int age = random.nextInt(Client.MAX_AGE + 1);
        return new Intake(new Client(name(), age, guardianConsent(age)), complaints,
                someOf(vocabulary.lifestyle(), 3), notes(15), notes(60),
                new Preferences(oneOf(List.of(Pressure.values())), random.nextBoolean(), random.nextBoolean()),
                someOf(vocabulary.goals(), 3), eventDate());
    }

    /** One intake in four prepares for an event, from a month before the plans' usual start to months after it. */
    private LocalDate eventDate() {
        return random.nextInt(4) == 0 ? LocalDate.of(2026, 12, 1).plusDays(random.nextInt(200) - 30) : null;
    }

    /** Symptoms only as they belong to the region, as the intake's rules want them. */
    private Complaint complaint() {
        var region = oneOf(List.of(Region.values()));
        return new Complaint(region, oneOf(List.of(Side.values())), someOf(vocabulary.symptomsOf(region), 5),
                random.nextInt(Complaint.MAX_PAIN + 1), weeks(), random.nextBoolean() ? null : oneOf(vocabulary.causes()));
    }

    /** Always for a minor (the intake needs it), now and then for an adult too (harmless). */
    private GuardianConsent guardianConsent(int age) {
        return age < Client.ADULT_AGE || random.nextInt(20) == 0
                ? new GuardianConsent(name(), LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365))) : null;
    }

    /** Mostly realistic durations, sometimes the extremes. */
    private int weeks() {
        return random.nextInt(10) == 0 ? random.nextInt(Complaint.MAX_WEEKS + 1) : random.nextInt(60);
    }

    /** Names as people type them, and names YAML would read as something else unless quoted. */
    private String name() {
        var names = List.of("Asha Rao", "yes", "No", "null", "~", "123", "0x1F", "1e3", "- Rao", "Rao: Asha", "#1",
                "'Jo'", "\"Jo\"", "Ann-Marie O'Neil", "Łucja Żak", "李 小龙", " padded ", "&anchor", "*alias", "!tag",
                "[a]", "{a}", "%");
        return oneOf(names);
    }

    private List<HealthNote> notes(int oneIn) {
        var notes = new ArrayList<HealthNote>();
        for (var id : vocabulary.healthNotes()) {
            if (random.nextInt(oneIn) == 0) {
                notes.add(new HealthNote(id, someOf(List.of(Region.values()), 3)));
            }
        }
        return notes;
    }

    private <T> List<T> someOf(List<T> options, int oneIn) {
        var chosen = new ArrayList<T>();
        options.forEach(option -> {
            if (random.nextInt(oneIn) == 0) {
                chosen.add(option);
            }
        });
        return chosen;
    }

    private <T> T oneOf(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
