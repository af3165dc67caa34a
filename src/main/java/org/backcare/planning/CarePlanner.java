package org.backcare.planning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.backcare.intake.Intake;
import org.backcare.intake.Pressure;
import org.backcare.intake.Region;
import org.backcare.knowledge.Advice;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.knowledge.ResponseTime;
import org.backcare.knowledge.ScreeningRule;
import org.backcare.screening.Reason;
import org.backcare.screening.Screening;
import org.backcare.screening.ScreeningResult;

/** Makes a care plan from an intake: screening first, then techniques, frequency, calendar and guidance. */
public final class CarePlanner {
    private final KnowledgeBase knowledge;
    private final Screening screening;
    private final TechniqueRanking ranking;
    private final FrequencySelection frequency;
    private final SessionDesign sessionDesign;

    public CarePlanner(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.screening = new Screening(knowledge);
        this.ranking = new TechniqueRanking(knowledge);
        this.frequency = new FrequencySelection(knowledge);
        this.sessionDesign = new SessionDesign(knowledge.sessionLimits(), knowledge.areaFocus());
    }

    public CarePlan plan(Intake intake, LocalDate start) {
        return plan(intake, start, Adjustments.NONE);
    }

    /** A plan that takes the client's history into account. */
    public CarePlan plan(Intake intake, LocalDate start, Adjustments adjustments) {
        var screened = screening.screen(intake);
        if (!screened.allowsMassage()) {
            return new CarePlan(intake.client().name(), start, knowledge.version(), screened, TechniqueChoice.none(),
                    null, null, Schedule.none(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    whatToDoInstead(screened), knowledge.disclaimer().text(), List.of());
        }
        var pressure = pressurePlan(intake, screened);
        var techniques = ranking.rank(intake, screened, pressure.max(), adjustments.personalRules());
        var choice = frequency.choose(intake, adjustments.phasesDone());
        var schedule = schedule(intake, screened, pressure, techniques, choice, start, adjustments.soFar());
        var expectations = holding(knowledge.responseTimes(), r -> r.appliesWhen().holdsFor(intake));
        var guidance = applicable(knowledge.sessionGuidance(), intake);
        return new CarePlan(intake.client().name(), start, knowledge.version(), screened, techniques, pressure, choice,
                schedule, onTopic(guidance, "before"), onTopic(guidance, "during"), onTopic(guidance, "after"),
                homeCare(intake, screened), expectations,
                reassessments(intake, screened, expectations, schedule, start), knowledge.disclaimer().text(),
                aroundEvent(intake, schedule, start));
    }

    /** The event care whose days are not over by the start, each with the planned sessions within its days. */
    private List<EventNote> aroundEvent(Intake intake, Schedule schedule, LocalDate start) {
        if (intake.eventDate() == null) {
            return List.of();
        }
        var notes = new ArrayList<EventNote>();
        for (var care : knowledge.aroundEvent()) {
            var from = intake.eventDate().plusDays(care.fromDay());
            var to = intake.eventDate().plusDays(care.toDay());
            if (to.isBefore(start)) {
                continue;
            }
            var within = schedule.sessions().stream().filter(s -> !s.date().isBefore(from) && !s.date().isAfter(to))
                    .map(Session::number).toList();
            notes.add(new EventNote(care.id(), from, to, care.text(), within, care.source()));
        }
        return notes;
    }

    private static String gentleStart(Pressure start, Pressure max, int sessionsPerStep) {
        if (start == max) {
            return "Gentle pressure: " + max.id() + " throughout, the most this plan allows";
        }
        return "Start with gentle pressure and increase gradually: from " + start.id() + " up to " + max.id()
                + ", one step every " + (sessionsPerStep == 1 ? "session" : sessionsPerStep + " sessions");
    }

    private PressurePlan pressurePlan(Intake intake, ScreeningResult screened) {
        var max = intake.preferences().pressure().atMost(screened.pressureMax());
        var start = screened.startLight() ? Pressure.LIGHT : max.oneStepDown();
        var limits = knowledge.sessionLimits();
        var reasons = new ArrayList<Reason>();
        reasons.add(new Reason("start-gentle", gentleStart(start, max, screened.sessionsPerPressureStep()),
                limits.pressureStepSource()));
        for (var finding : screened.findings()) {
            rule(finding.rule()).filter(CarePlanner::shapesPressure)
                    .ifPresent(r -> reasons.add(new Reason(r.id(), r.message(), r.source())));
        }
        return new PressurePlan(start, max, screened.sessionsPerPressureStep(), reasons);
    }

    private static boolean shapesPressure(ScreeningRule r) {
        return r.startLight() || r.pressureMax() != null || !r.regionPressureMax().isEmpty()
                || r.sessionsPerPressureStep() > 1;
    }

    private Optional<ScreeningRule> rule(String id) {
        for (var rule : knowledge.screeningRules()) {
            if (rule.id().equals(id)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    private Schedule schedule(Intake intake, ScreeningResult screened, PressurePlan pressure,
            TechniqueChoice techniques, FrequencyChoice choice, LocalDate start, CourseSoFar soFar) {
        var phases = Calendar.phases(choice);
        var sessions = new ArrayList<Session>();
        var dates = upcoming(Calendar.dates(phases, start), phases.get(0), start, soFar);
        // Sessions differ only by their pressure (three at most), so each pressure's session is designed once.
        var designed = new EnumMap<Pressure, Designed>(Pressure.class);
        var sessionPressure = soFar.lastPressure();
        for (int i = 0; i < dates.size(); i++) {
            int index = soFar.sessionsKept() + i;
            sessionPressure = soFar.started() ? pressure.following(sessionPressure, index) : pressure.forSession(i);
            var session = designed.computeIfAbsent(sessionPressure,
                    p -> Designed.of(sessionDesign.areas(intake, screened, p, techniques)));
            sessions.add(new Session(index + 1, dates.get(i).date(), dates.get(i).phase(), session.minutes(),
                    sessionPressure, session.techniques(), session.areas()));
        }
        return new Schedule(phases, sessions);
    }

    /**
     * The calendar's dates past the sessions the course has kept in its phase, moved so that the next one falls one
     * interval after the last kept session, or on {@code start} when that is already past (an overdue session is due now).
     */
    private static List<Calendar.Dated> upcoming(List<Calendar.Dated> dates, Phase phase, LocalDate start,
            CourseSoFar soFar) {
        if (!soFar.started()) {
            return dates;
        }
        var rest = dates.subList(Math.min(soFar.intoPhase(), dates.size() - 1), dates.size());
        var next = soFar.lastKept().plusDays(phase.gapDays());
        long shift = ChronoUnit.DAYS.between(rest.get(0).date(), next.isBefore(start) ? start : next);
        return rest.stream().map(d -> new Calendar.Dated(d.date().plusDays(shift), d.phase())).toList();
    }

    /** A session's areas at one pressure, their minutes in all and every technique they use. */
    private record Designed(List<SessionArea> areas, int minutes, List<String> techniques) {
        static Designed of(List<SessionArea> areas) {
            var used = new LinkedHashSet<String>();
            int minutes = 0;
            for (var area : areas) {
                minutes += area.minutes();
                used.addAll(area.techniques());
            }
            return new Designed(List.copyOf(areas), minutes, List.copyOf(used));
        }
    }

    /**
     * The homework that applies, less any self-massage tool that works on a region where screening caps pressure
     * below firm or keeps off: the client leans their own weight into a tool and cannot grade it as a therapist does.
     */
    private List<Advice> homeCare(Intake intake, ScreeningResult screened) {
        return holding(knowledge.homeCare(), a -> a.when().holdsFor(intake) && firmAllowedOn(a.worksOn(), screened));
    }

    private static boolean firmAllowedOn(List<Region> regions, ScreeningResult screened) {
        for (int i = 0; i < regions.size(); i++) {
            var region = regions.get(i);
            if (screened.avoids(region) || screened.pressureMaxFor(region) != Pressure.FIRM) {
                return false;
            }
        }
        return true;
    }

    private static List<Advice> onTopic(List<Advice> guidance, String moment) {
        return holding(guidance, a -> a.topic().equals(moment));
    }

    private static List<Advice> applicable(List<Advice> advice, Intake intake) {
        return holding(advice, a -> a.when().holdsFor(intake));
    }

    /**
     * The items that pass, in their order. A loop, not a stream: a plan filters the knowledge's lists a dozen times,
     * and a stream's machinery cost more than the checks (JMH, PlanRequestBenchmark.plan).
     */
    private static <T> List<T> holding(List<T> items, Predicate<T> test) {
        var kept = new ArrayList<T>();
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            if (test.test(item)) {
                kept.add(item);
            }
        }
        return List.copyOf(kept);
    }

    private List<Reassessment> reassessments(Intake intake, ScreeningResult screened, List<ResponseTime> expectations,
            Schedule schedule, LocalDate start) {
        var checks = new ArrayList<Reassessment>();
        if (intake.painFree()) {
            checks.add(endOfFirstPhase(schedule, knowledge.reassessWithoutPain()));
        } else {
            expectations.stream().filter(r -> r.sessions() != null).findFirst()
                    .ifPresentOrElse(r -> checks.addAll(researchChecks(r, schedule)),
                            () -> checks.add(endOfFirstPhase(schedule, knowledge.reassessAfterFirstPhase())));
        }
        checks.addAll(passingPhasesEnd(screened, schedule, start));
        checks.addAll(seeAProvider(intake));
        return checks;
    }

    /** A caution for a passing phase (an acute injury) is looked at again when the phase ends, with a new intake. */
    private static List<Reassessment> passingPhasesEnd(ScreeningResult screened, Schedule schedule, LocalDate start) {
        return screened.findings().stream().filter(f -> f.endsInWeeks() != null).map(f -> {
            var ends = start.plusWeeks(f.endsInWeeks());
            var before = schedule.sessions().stream().filter(s -> !s.date().isAfter(ends)).reduce((a, b) -> b);
            return new Reassessment("end-of-" + f.rule(), "Reassess with a new intake around " + ends + ", when this is"
                    + " over: " + f.message() + " Its limits stay until then.",
                    before.map(Session::number).orElse(null), before.map(Session::date).orElse(null), f.source());
        }).toList();
    }

    private List<Reassessment> researchChecks(ResponseTime r, Schedule schedule) {
        var sessions = schedule.sessions();
        int min = Math.min(r.sessions().min(), sessions.get(sessions.size() - 1).number());
        var first = sessions.stream().filter(s -> s.number() >= min).findFirst().orElseThrow();
        var checks = new ArrayList<Reassessment>();
        checks.add(new Reassessment("reassess-" + r.id(), "Reassess after session " + first.number() + ": "
                + r.condition().toLowerCase() + " typically responds within " + r.typicalResponse()
                + ". Compare pain and function with the start.", first.number(), first.date(), r.source()));
        int last = r.sessions().max();
        var lastDate = sessions.stream().filter(s -> s.number() == last).findFirst().map(Session::date).orElse(null);
        checks.add(new Reassessment("no-change-by-" + r.id(), "If there is no clear improvement after " + last
                + " regular sessions, stop and see a healthcare provider: pain that persists despite regular massage"
                + " needs more than massage.", lastDate == null ? null : last, lastDate, r.source()));
        return checks;
    }

    private static Reassessment endOfFirstPhase(Schedule schedule, Advice advice) {
        var firstPhase = schedule.phases().get(0).name();
        var last = schedule.sessions().stream().filter(s -> s.phase().equals(firstPhase))
                .reduce((a, b) -> b).orElseThrow();
        return new Reassessment(advice.id(), "Reassess after session " + last.number() + ", the end of the "
                + firstPhase + " phase: " + advice.text(), last.number(), last.date(), advice.source());
    }

    /** With no massage plan, what to do is what the findings that stopped it say. */
    private static List<Reassessment> whatToDoInstead(ScreeningResult screened) {
        return screened.findings().stream().filter(f -> f.outcome().stopsMassage())
                .map(f -> new Reassessment(f.rule(), f.message(), null, null, f.source())).toList();
    }

    private List<Reassessment> seeAProvider(Intake intake) {
        var checks = new ArrayList<Reassessment>();
        for (var a : applicable(knowledge.whenMassageIsNotEnough(), intake)) {
            checks.add(new Reassessment(a.id(), a.text(), null, null, a.source()));
        }
        return checks;
    }
}
