package org.backcare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.backcare.clients.ClientHistory;
import org.backcare.clients.ClientId;
import org.backcare.clients.ClientRecord;
import org.backcare.clients.IntakeVersion;
import org.backcare.clients.MeasureEntry;
import org.backcare.intake.Pressure;
import org.backcare.intake.Region;
import org.backcare.knowledge.AfterEffect;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.knowledge.Technique;
import org.backcare.progress.AreaMinutes;
import org.backcare.progress.Feedback;
import org.backcare.progress.SessionLog;
import org.backcare.progress.SoapNote;
import org.backcare.progress.Voided;

/**
 * Seeded client histories of every shape: one to three intake versions (any intake {@link RandomIntakes} makes, red
 * flags included), sessions on random days (some on the same day, some after long gaps, a few visits without
 * massage) at any pressure with any after-effects and feedback, and questionnaires of every instrument, the PSFS with
 * activities that change from one to the next. Everything falls on or before {@code today}.
 */
public final class RandomHistories {
    private static final List<String> ACTIVITIES = List.of("putting on socks", "lifting", "gardening", "running",
            "sitting at work");
    private final KnowledgeBase knowledge;
    private final RandomIntakes intakes;
    private final Random random;
    private final LocalDate today;

    public RandomHistories(KnowledgeBase knowledge, long seed, LocalDate today) {
        this.knowledge = knowledge;
        this.intakes = new RandomIntakes(knowledge.vocabulary(), seed);
        this.random = new Random(seed);
        this.today = today;
    }

    public ClientHistory next() {
        var first = today.minusDays(random.nextInt(400));
        var intakeVersions = new ArrayList<IntakeVersion>();
        var day = first;
        for (int v = 1; v <= 1 + random.nextInt(3); v++) {
            intakeVersions.add(new IntakeVersion(v, day, intakes.next()));
            day = later(day, 60);
        }
        var sessions = new ArrayList<SessionLog>();
        day = first;
        for (int i = random.nextInt(16); i > 0; i--) {
            day = later(day, random.nextInt(6) == 0 ? 90 : 16);
            sessions.add(random.nextInt(12) == 0 ? SessionLog.visit(day, "Mira", 20, random.nextInt(11), SoapNote.empty())
                    : session(day));
        }
        var measures = new ArrayList<MeasureEntry>();
        for (int i = random.nextInt(8); i > 0; i--) {
            measures.add(measure(first.plusDays(random.nextInt((int) (today.toEpochDay() - first.toEpochDay()) + 1))));
        }
        return new ClientHistory(new ClientRecord(new ClientId("client"), "A Client", first), intakeVersions, sessions,
                measures, List.of());
    }

    /**
     * A history as the next one would be after some of its records were corrected or voided, as the client book does
     * it: a corrected record stays, voided and marked replaced, and its correction (any date up to today) comes in.
     */
    public ClientHistory nextCorrected() {
        var history = next();
        var sessions = new ArrayList<>(history.sessions());
        var measures = new ArrayList<>(history.measures());
        for (int i = random.nextInt(4); i > 0 && !sessions.isEmpty(); i--) {
            int at = random.nextInt(sessions.size());
            var why = new Voided(today, "Mira", "a mistake", random.nextBoolean());
            if (sessions.get(at).kept()) {
                sessions.set(at, sessions.get(at).voided(why));
                if (why.replaced()) {
                    var day = later(history.client().consentGiven(), 400);
                    sessions.add(random.nextInt(4) == 0 ? SessionLog.visit(day, "Mira", 20, random.nextInt(11),
                            SoapNote.empty()) : session(day));
                }
            }
        }
        for (int i = random.nextInt(3); i > 0 && !measures.isEmpty(); i--) {
            int at = random.nextInt(measures.size());
            if (measures.get(at).kept()) {
                var why = new Voided(today, "Mira", "a mistake", random.nextBoolean());
                measures.set(at, measures.get(at).voided(why));
                if (why.replaced()) {
                    measures.add(measure(later(history.client().consentGiven(), 400)));
                }
            }
        }
        return new ClientHistory(history.client(), history.intakes(), sessions, measures, history.plans());
    }

    /** Some days after {@code day} (sometimes the same day), never after today. */
    private LocalDate later(LocalDate day, int most) {
        var next = day.plusDays(random.nextInt(most + 1));
        return next.isAfter(today) ? today : next;
    }

    private SessionLog session(LocalDate day) {
        var techniques = knowledge.techniques().stream().map(Technique::id).toList();
        var used = someOf(techniques, 3);
        var areas = someOf(List.of(Region.values()), 3).stream()
                .map(r -> new AreaMinutes(r, 5 + random.nextInt(30))).toList();
        var effects = random.nextInt(5) == 0
                ? someOf(knowledge.afterEffects().stream().map(AfterEffect::id).toList(), 2) : List.<String>of();
        return new SessionLog(day, "Mira", 30 + random.nextInt(60), areas, used,
                Pressure.values()[random.nextInt(3)], random.nextInt(11), random.nextInt(11), effects,
                new Feedback(someOf(used, 2), someOf(techniques, 1)), SoapNote.empty());
    }

    private MeasureEntry measure(LocalDate day) {
        return switch (random.nextInt(5)) {
            case 0 -> new MeasureEntry("nprs", day, Integer.toString(random.nextInt(11)));
            case 1 -> new MeasureEntry("odi", day, answers(10, 6, random.nextBoolean()));
            case 2 -> new MeasureEntry("rmdq", day, answers(24, 2, false));
            case 3 -> new MeasureEntry("start-back", day, answers(8, 2, false) + "," + (1 + random.nextInt(5)));
            default -> new MeasureEntry("psfs", day, someOf(ACTIVITIES, 5).stream()
                    .map(a -> a + "=" + random.nextInt(11)).collect(Collectors.joining(",")));
        };
    }

    private String answers(int count, int choices, boolean oneSkipped) {
        int skipped = oneSkipped ? random.nextInt(count) : -1;
        return IntStream.range(0, count).mapToObj(i -> i == skipped ? "-" : Integer.toString(random.nextInt(choices)))
                .collect(Collectors.joining(","));
    }

    /** At least one and at most {@code most} of the items, in their order. */
    private <T> List<T> someOf(List<T> items, int most) {
        var chosen = new ArrayList<T>(items);
        Collections.shuffle(chosen, random);
        var kept = chosen.subList(0, 1 + random.nextInt(Math.min(most, items.size())));
        return items.stream().filter(kept::contains).toList();
    }
}
