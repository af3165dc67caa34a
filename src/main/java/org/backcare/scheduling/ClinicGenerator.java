package org.backcare.scheduling;

import static java.time.DayOfWeek.SATURDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.backcare.booking.ClinicSettings;
import org.backcare.clients.ClientHistory;
import org.backcare.clients.ClientId;
import org.backcare.clients.ClientRecord;
import org.backcare.intake.Client;
import org.backcare.intake.Intake;
import org.backcare.knowledge.EquipmentNeeded;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.planning.CarePlanner;
import org.backcare.planning.Session;
import org.backcare.progress.ProgressOverview;

/**
 * A seeded, realistic clinic for trying Backcare out and for the planner's benchmarks: therapists with shifts,
 * skills and weekly limits, rooms (a third equipped for the special techniques), and clients whose intakes are drawn across the given kinds
 * (the examples: some caution, a few refer or urgent), on plans started up to four months ago, with the times
 * they can come, a usual therapist once they have been, past sessions in which most of them improve
 * ({@link PastSessions}), and now and then a lapse. Each client's plan this week is the one the records give. Clients are added until the
 * week wants the size's number of sessions; one whose sessions no therapist could give is not taken on, and the next
 * is drawn. The same seed gives the same clinic.
 */
public final class ClinicGenerator {
    public enum Size {
        SMALL(3, 2, 40), MEDIUM(10, 5, 300), LARGE(30, 15, 1200);

        final int therapists;
        final int rooms;
        final int sessions;

        Size(int therapists, int rooms, int sessions) {
            this.therapists = therapists;
            this.rooms = rooms;
            this.sessions = sessions;
        }

        public int sessions() {
            return sessions;
        }
    }

    /**
     * A generated client: their id, the intake they came with, what is on file (their past sessions and
     * questionnaires, from the day their plan started) and where that leaves them on their plan now.
     */
    public record DemoClient(String id, Intake intake, ClientHistory history, ClientOnPlan onPlan) {}

    public record DemoClinic(ClinicWeek week, List<DemoClient> clients) {}

    static final List<String> CORE = List.of("swedish", "deep-tissue", "trigger-point", "myofascial-release",
            "stretch-assisted");
    static final List<String> SPECIAL = List.of("sports", "hot-stone", "aromatherapy", "abhyanga", "kati-basti",
            "swedana", "potli");
    private static final List<String> FIRST = List.of("Asha", "Ben", "Cleo", "Dev", "Elif", "Farid", "Grace", "Hugo",
            "Ines", "Jon", "Kemal", "Lena", "Mira", "Nils", "Ola", "Priya", "Quinn", "Rosa", "Sami", "Tara", "Uma",
            "Viktor", "Wen", "Yusuf", "Zoe");
    private static final List<String> LAST = List.of("Rao", "Berg", "Okafor", "Silva", "Novak", "Haddad", "Kim",
            "Moreau", "Jansen", "Costa", "Ito", "Weber", "Nagy", "Lind", "Park");
    private static final List<String> STAFF = List.of("mei", "tom", "ana", "raj", "eva", "leo", "kai", "ida", "max",
            "noa", "sol", "ari", "bea", "cai", "dee", "eli", "fay", "gus", "hal", "ivy", "jay", "kit", "lou", "moe",
            "ned", "ozzy", "pia", "rex", "sky", "tye");

    /** A third of the rooms (at least one) have what the special techniques need ({@code equipment} in {@code techniques.yaml}). */
    static final Set<String> SPECIAL_EQUIPMENT = Set.of("stone-heater", "heated-table", "kati-basti-set",
            "herbal-steamer");

    /**
     * One client in twenty does not respond to massage: their pain and questionnaires stay where they were, so the
     * review refers them once the sessions in which it should have shown have passed.
     */
    static final int NOT_RESPONDING_ONE_IN = 20;

    /** The demo's database books with the default turnover, which the week planner adds to each session. */
    private static final int TURNOVER = (int) ClinicSettings.DEFAULT_TURNOVER.toMinutes();

    private final List<Intake> kinds;
    private final CarePlanner planner;
    private final ProgressOverview overview;
    private final EquipmentNeeded needs;

    /** {@code kinds}: the intakes to draw from; those whose screening stops massage are drawn a twelfth as often. */
    public ClinicGenerator(List<Intake> kinds, KnowledgeBase knowledge) {
        var planner = new CarePlanner(knowledge);
        var weighted = new ArrayList<Intake>();
        for (var kind : kinds) {
            boolean stops = planner.plan(kind, LocalDate.EPOCH).screening().outcome().stopsMassage();
            for (int i = 0; i < (stops ? 1 : 12); i++) {
                weighted.add(kind);
            }
        }
        this.kinds = List.copyOf(weighted);
        this.planner = planner;
        this.overview = new ProgressOverview(knowledge);
        this.needs = EquipmentNeeded.by(knowledge);
    }

    /**
     * The clinic as its records stand on {@code today}: every past session, intake and consent before that day, and
     * the week to plan the one from the next Monday.
     */
    public DemoClinic generate(Size size, long seed, LocalDate today) {
        var monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        var random = new Random(seed);
        var therapists = therapists(size.therapists, random);
        var rooms = rooms(size.rooms);
        var staffed = new ClinicWeek(monday, 6, therapists, rooms, List.of(), List.of(), List.of(), false);
        var clients = new ArrayList<DemoClient>();
        var due = new ArrayList<DueSession>();
        while (due.size() < size.sessions) {
            var client = client(clients.size() + 1, therapists, today, monday, random);
            var wanted = DueSessions.in(client.onPlan(), monday, 6, needs);
            if (someoneCanGive(wanted, staffed)) {
                wanted.stream().limit(size.sessions - due.size()).forEach(due::add);
                clients.add(client);
            }
        }
        return new DemoClinic(new ClinicWeek(monday, 6, therapists, rooms, List.of(), due, List.of(), false), clients);
    }

    /**
     * Whether each of the sessions, but one the screening stops, has a therapist trained in its technique who works
     * at one of the client's times, with the turnover after it: the week planner's rule ({@link WeekProblem}).
     */
    private static boolean someoneCanGive(List<DueSession> wanted, ClinicWeek staffed) {
        return wanted.stream().filter(session -> !session.screening().stopsMassage())
                .allMatch(session -> !WeekProblem.therapists(staffed, session.withTurnover(TURNOVER)).isEmpty());
    }

    private static List<Therapist> therapists(int count, Random random) {
        var therapists = new ArrayList<Therapist>();
        for (int i = 0; i < count; i++) {
            var skills = new LinkedHashSet<String>();
            skills.add("swedish");
            CORE.forEach(t -> { if (random.nextInt(100) < 85) skills.add(t); });
            SPECIAL.forEach(t -> { if (random.nextInt(100) < 35) skills.add(t); });
            skills.add(SPECIAL.get(i % SPECIAL.size()));
            skills.add(CORE.get(i % CORE.size()));
            var hours = shifts(random);
            int open = hours.stream().mapToInt(w -> w.to().toSecondOfDay() / 60 - w.from().toSecondOfDay() / 60).sum();
            therapists.add(new Therapist(STAFF.get(i % STAFF.size()) + (i < STAFF.size() ? "" : "-" + i), skills,
                    Math.min(open, 38 * 60), hours));
        }
        return therapists;
    }

    /** Four or five days of an early, day or late shift, and some Saturday mornings. */
    private static List<WeeklyWindow> shifts(Random random) {
        var shift = List.of(new LocalTime[] {LocalTime.of(8, 0), LocalTime.of(16, 0)},
                new LocalTime[] {LocalTime.of(9, 0), LocalTime.of(17, 0)},
                new LocalTime[] {LocalTime.of(12, 0), LocalTime.of(20, 0)}).get(random.nextInt(3));
        var days = new ArrayList<>(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY));
        if (random.nextBoolean()) {
            days.remove(random.nextInt(days.size()));
        }
        var hours = new ArrayList<WeeklyWindow>();
        days.forEach(d -> hours.add(new WeeklyWindow(d, shift[0], shift[1])));
        if (random.nextInt(3) == 0) {
            hours.add(new WeeklyWindow(SATURDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)));
        }
        return hours;
    }

    private static List<Room> rooms(int count) {
        var rooms = new ArrayList<Room>();
        for (int i = 1; i <= count; i++) {
            boolean equipped = i % 3 == 0 || count < 3 && i == count;
            rooms.add(new Room("room-" + i, equipped ? SPECIAL_EQUIPMENT : Set.of()));
        }
        return rooms;
    }

    private DemoClient client(int number, List<Therapist> therapists, LocalDate today, LocalDate monday,
            Random random) {
        var kind = kinds.get(random.nextInt(kinds.size()));
        String name = FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size()));
        var intake = new Intake(new Client(name, kind.client().age()), kind.complaints(), kind.lifestyle(),
                kind.conditions(), kind.redFlags(), kind.preferences(), kind.goals());
        var available = availability(random);
        var days = available.stream().map(WeeklyWindow::day).toList();
        var start = today.minusDays(1 + random.nextInt(120));
        while (!days.contains(start.getDayOfWeek())) {
            start = start.minusDays(1); // plans start on a day the client can come
        }
        var plan = planner.plan(intake, start);
        var before = plan.schedule().sessions().stream().filter(s -> s.date().isBefore(today)).toList();
        int done = before.size();
        if (done > 1 && random.nextInt(12) == 0) {
            done -= 2; // a lapse: the last sessions were missed
        }
        String usual = done == 0 ? null : usualTherapist(plan.schedule().sessions(), therapists, available, random);
        var preferred = random.nextBoolean() ? List.of(available.get(0)) : List.<WeeklyWindow>of();
        String id = name.toLowerCase(Locale.ROOT).replace(' ', '-') + "-" + number;
        var history = new PastSessions(intake, usual, random.nextInt(NOT_RESPONDING_ONE_IN) != 0)
                .history(new ClientRecord(new ClientId(id), name, start), before.subList(0, done));
        // the plan as the records give it on Monday (backcare plan ID): stepped down as the client improved
        var now = overview.nextPlan(overview.adaptation(history, monday), monday);
        LocalDate last = done == 0 ? null : before.get(done - 1).date();
        return new DemoClient(id, intake, history, new ClientOnPlan(id, now, last, 0, usual, available, preferred));
    }

    /**
     * Mostly a therapist trained in the plan's main technique who works when the client can come; now and then
     * anyone (a plan that changed, a therapist whose hours changed).
     */
    private static String usualTherapist(List<Session> sessions, List<Therapist> therapists,
            List<WeeklyWindow> available, Random random) {
        String main = sessions.isEmpty() ? "swedish" : sessions.get(0).techniques().get(0);
        var trained = therapists.stream().filter(t -> t.isTrainedIn(main))
                .filter(t -> available.stream().anyMatch(w -> t.hours().stream().anyMatch(h -> h.day() == w.day()
                        && h.from().isBefore(w.to()) && w.from().isBefore(h.to())))).toList();
        var from = trained.isEmpty() || random.nextInt(10) == 0 ? therapists : trained;
        return from.get(random.nextInt(from.size())).username();
    }

    private static final Map<String, LocalTime[]> PARTS_OF_DAY = Map.of(
            "morning", new LocalTime[] {LocalTime.of(8, 0), LocalTime.of(12, 0)},
            "midday", new LocalTime[] {LocalTime.of(11, 0), LocalTime.of(14, 0)},
            "afternoon", new LocalTime[] {LocalTime.of(13, 0), LocalTime.of(17, 0)},
            "evening", new LocalTime[] {LocalTime.of(16, 30), LocalTime.of(20, 0)});

    /** Two to four windows: a part of the day on some weekdays, sometimes Saturday morning. */
    private static List<WeeklyWindow> availability(Random random) {
        var windows = new ArrayList<WeeklyWindow>();
        var used = new HashSet<DayOfWeek>();
        var parts = List.of("morning", "midday", "afternoon", "evening");
        int count = 2 + random.nextInt(3);
        while (windows.size() < count) {
            var day = DayOfWeek.of(1 + random.nextInt(random.nextInt(5) == 0 ? 6 : 5));
            if (used.add(day)) {
                var part = day == SATURDAY ? PARTS_OF_DAY.get("morning")
                        : PARTS_OF_DAY.get(parts.get(random.nextInt(parts.size())));
                windows.add(new WeeklyWindow(day, part[0], day == SATURDAY ? LocalTime.of(13, 0) : part[1]));
            }
        }
        return windows;
    }
}
