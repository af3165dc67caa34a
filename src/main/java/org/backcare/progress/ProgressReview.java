package org.backcare.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backcare.clients.ClientHistory;
import org.backcare.intake.Client;
import org.backcare.intake.HealthNote;
import org.backcare.intake.Intake;
import org.backcare.intake.Preferences;
import org.backcare.knowledge.AfterEffect;
import org.backcare.knowledge.FitRule;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.planning.Adjustments;
import org.backcare.planning.CarePlanner;
import org.backcare.planning.CourseSoFar;
import org.backcare.planning.Phase;
import org.backcare.screening.Reason;

/**
 * Reads a client's history and decides how their plan changes: stop for a new red flag, refer when regular
 * sessions have not helped, restart after a lapse, step down as they improve, lighten after too much, and move
 * the techniques they liked up. Everything it changes goes through the intake and the planner, so screening
 * still has the last word.
 */
public final class ProgressReview {
    private final KnowledgeBase knowledge;
    private final CarePlanner planner;
    private final Improvement improvement;

    public ProgressReview(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.planner = new CarePlanner(knowledge);
        this.improvement = new Improvement();
    }

    public Adaptation review(ClientHistory history, LocalDate today) {
        var review = new Review(history, today);
        return review.adaptation();
    }

    private final class Review {
        private final ClientHistory history;
        private final LocalDate today;
        private final Intake intake;
        private final List<SessionLog> sessions;
        private final List<Reason> changes = new ArrayList<>();
        private final List<HealthNote> addedRedFlags = new ArrayList<>();
        private final List<HealthNote> addedConditions = new ArrayList<>();
        private Preferences preferences;
        private Adaptation.Decision decision;

        Review(ClientHistory history, LocalDate today) {
            this.history = history;
            this.today = today;
            this.intake = history.currentIntake();
            this.sessions = history.massageSessions();
            this.preferences = intake.preferences();
        }

        Adaptation adaptation() {
            var startBack = improvement.highStartBackRisk(history.keptMeasures());
            startBack.ifPresent(date -> {
                addedConditions.add(HealthNote.of("high-risk-start-back"));
                changes.add(new Reason("high-risk-start-back", "STarT Back on " + date + ": high risk. Massage alone is "
                        + "not enough; it belongs in a package with exercise.", knowledge.screeningRules().stream()
                        .filter(r -> r.id().equals("high-risk-start-back")).findFirst().orElseThrow().source()));
            });
            if (sessions.isEmpty()) {
                return result(Adaptation.Decision.START, 0, CourseSoFar.NONE, List.of());
            }
            newRedFlags(sinceLatestReassessment());
            tooMuch();
            var phases = baselinePhases();
            if (phases.isEmpty()) { // screening stops massage whatever happened: there is no course to follow
                return result(Adaptation.Decision.CONTINUE, 0, CourseSoFar.NONE, feedbackRules());
            }
            var start = courseStart(phases);
            if (start.index() == sessions.size()) { // reassessed after a referral, and no session since
                changes.add(start.why().orElseThrow());
                decide(Adaptation.Decision.RESTART_AFTER_REASSESSMENT);
                return result(Adaptation.Decision.CONTINUE, 0, CourseSoFar.NONE, feedbackRules());
            }
            var course = new Course(sessions.subList(start.index(), sessions.size()), phases,
                    knowledge.progress().lapseFactor(), today);
            if (course.lapsedNow() && !referred(course)) {
                var lapse = knowledge.progress().lapse();
                changes.add(new Reason(lapse.id(), course.daysSinceLast() + " days since the last session ("
                        + course.lastDate() + "), more than " + knowledge.progress().lapseFactor() + " times the planned "
                        + course.gapDays() + " days: " + lapse.text(), lapse.source()));
                decide(Adaptation.Decision.RESTART_AFTER_LAPSE);
                return result(Adaptation.Decision.CONTINUE, 0, CourseSoFar.NONE, feedbackRules());
            }
            int phasesDone = stepDownOrRefer(course, course.phasesCompleted());
            return result(Adaptation.Decision.CONTINUE, phasesDone, course.soFar(phasesDone), feedbackRules());
        }

        /** A new intake version is a reassessment: red flags reported before it have been dealt with. */
        private List<SessionLog> sinceLatestReassessment() {
            if (history.intakes().size() == 1) {
                return sessions;
            }
            var reassessed = history.intakes().get(history.intakes().size() - 1).recorded();
            return sessions.stream().filter(s -> !s.date().isBefore(reassessed)).toList();
        }

        private void newRedFlags(List<SessionLog> since) {
            for (var session : since) {
                for (var id : session.afterEffects()) {
                    knowledge.afterEffect(id).filter(e -> e.action() == AfterEffect.Action.REFER).ifPresent(effect -> {
                        addedRedFlags.add(HealthNote.of(effect.referAs()));
                        changes.add(new Reason("after-effect-" + effect.id(), effect.name() + " after the session on "
                                + session.date() + ": stop massage and see a healthcare provider.", effect.source()));
                        decide(Adaptation.Decision.STOP_NEW_RED_FLAG);
                    });
                }
            }
        }

        /** Too much at the last session: the next ones go one step lighter than it was. */
        private void tooMuch() {
            var last = sessions.get(sessions.size() - 1);
            last.afterEffects().stream().map(knowledge::afterEffect).flatMap(Optional::stream)
                    .filter(e -> e.action() == AfterEffect.Action.LOWER_PRESSURE).findFirst().ifPresent(effect -> {
                        var lighter = last.pressure().oneStepDown().atMost(preferences.pressure());
                        preferences = new Preferences(lighter, preferences.newToMassage(), preferences.noOil());
                        changes.add(new Reason("after-effect-" + effect.id(), effect.name() + " after the session on "
                                + last.date() + " at " + last.pressure().id() + " pressure: the next sessions go no "
                                + "firmer than " + lighter.id() + ".", effect.source()));
                    });
        }

        private int stepDownOrRefer(Course course, int phasesDone) {
            var better = improvement.since(course.sessions(), history.keptMeasures());
            if (better.isPresent()) {
                var stepDown = knowledge.progress().stepDown();
                changes.add(better.get());
                changes.add(new Reason(stepDown.id(), stepDown.text(), stepDown.source()));
                decide(Adaptation.Decision.STEP_DOWN);
                return phasesDone + 1;
            }
            if (notImproving(course)) {
                int needed = sessionsToRespond(course);
                var rule = knowledge.progress().notImproving();
                addedRedFlags.add(HealthNote.of("no-improvement-despite-massage"));
                changes.add(new Reason(rule.id(), course.sessions().size() + " regular sessions since "
                        + course.startDate() + " without a clinically important improvement in pain or questionnaires ("
                        + needed + " is when it should show). " + rule.text(), rule.source()));
                decide(Adaptation.Decision.REFER_NOT_IMPROVING);
            }
            return phasesDone;
        }

        /** Where the current course begins in the sessions, and the reassessment that began it, if one did. */
        private record CourseStart(int index, Optional<Reason> why) {}

        /**
         * After the latest new intake (a reassessment) that followed a course ending in a referral for not improving,
         * which the referral asked for; else at the first session.
         */
        private CourseStart courseStart(List<Phase> phases) {
            var start = new CourseStart(0, Optional.empty());
            for (var version : history.intakes().subList(1, history.intakes().size())) {
                var on = version.recorded();
                int next = start.index();
                while (next < sessions.size() && sessions.get(next).date().isBefore(on)) {
                    next++;
                }
                if (next == start.index()) {
                    continue;
                }
                var before = new Course(sessions.subList(start.index(), next), phases,
                        knowledge.progress().lapseFactor(), on);
                if (referred(before)) {
                    var rule = knowledge.progress().reassessed();
                    start = new CourseStart(next, Optional.of(new Reason(rule.id(), "New intake on " + on + ", after "
                            + before.sessions().size() + " sessions to " + before.lastDate() + " without improvement. "
                            + rule.text(), rule.source())));
                }
            }
            return start;
        }

        /**
         * The course did not help, so it ends in a referral: a gap in sessions (often the referral itself at work)
         * does not start the plan again, only a new intake after the course's last session does.
         */
        private boolean referred(Course course) {
            return improvement.since(course.sessions(), history.keptMeasures()).isEmpty() && notImproving(course);
        }

        private boolean notImproving(Course course) {
            return course.sessions().size() >= sessionsToRespond(course) && !painFreeThroughout(course);
        }

        /** A maintenance client without pain, before and during the course, has no pain that could fail to improve. */
        private boolean painFreeThroughout(Course course) {
            return intake.painFree() && course.sessions().stream().allMatch(s -> s.painBefore() == 0);
        }

        /** From the research table where it counts sessions for this person, else the length of the first phase. */
        private int sessionsToRespond(Course course) {
            return knowledge.responseTimes().stream()
                    .filter(r -> r.sessions() != null && r.appliesWhen().holdsFor(intake)).findFirst()
                    .map(r -> r.sessions().max())
                    .orElseGet(course::firstPhaseSessions);
        }

        private List<Phase> baselinePhases() {
            return planner.plan(intake, sessions.get(0).date()).schedule().phases();
        }

        private List<FitRule> feedbackRules() {
            return new Feedbacks(knowledge.progress(), sessions).rules(changes);
        }

        private void decide(Adaptation.Decision candidate) {
            if (decision == null || candidate.compareTo(decision) < 0) {
                decision = candidate;
            }
        }

        private Adaptation result(Adaptation.Decision fallback, int phasesDone, CourseSoFar soFar, List<FitRule> rules) {
            var redFlags = new ArrayList<>(intake.redFlags());
            redFlags.addAll(addedRedFlags);
            var conditions = new ArrayList<>(intake.conditions());
            conditions.addAll(addedConditions);
            var client = new Client(history.client().name(), intake.client().age()); // the record's name is the one on file
            var adapted = new Intake(client, intake.complaints(), intake.lifestyle(), conditions, redFlags,
                    preferences, intake.goals());
            return new Adaptation(decision == null ? fallback : decision, changes, adapted,
                    new Adjustments(phasesDone, rules, soFar));
        }
    }

    static long daysBetween(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }
}
