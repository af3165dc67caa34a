package org.backcare.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import org.backcare.booking.ClinicSettings;
import org.backcare.files.KnowledgeFiles;
import org.backcare.files.PlannerWeightsFile;
import org.backcare.knowledge.Outcome;
import org.backcare.progress.Adaptation;
import org.backcare.progress.ProgressOverview;
import org.backcare.scheduling.ClinicGenerator.Size;
import org.junit.jupiter.api.Test;

/** The generated clinics are what they claim, and the small one is planned feasibly, every session placed. */
class GeneratedClinicTest {
    /** A Sunday: the records stand as on that day and the week planned is the one from the next day. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final LocalDate MONDAY = TODAY.plusDays(1);

    @Test
    void theSameSeedGivesTheSameClinicAndEachSizeHasItsSessions() {
        var generator = Examples.generator();
        var a = generator.generate(Size.MEDIUM, 7, TODAY);
        assertThat(a.week().due()).hasSize(300);
        assertThat(a.week().firstDay()).isEqualTo(MONDAY);
        assertThat(a.week().therapists()).hasSize(10);
        assertThat(a.week().rooms()).hasSize(5);
        assertThat(generator.generate(Size.MEDIUM, 7, TODAY).week()).isEqualTo(a.week());
        assertThat(generator.generate(Size.MEDIUM, 8, TODAY).week()).isNotEqualTo(a.week());
        assertThat(a.week().due()).extracting(DueSession::screening)
                .contains(Outcome.CLEAR, Outcome.CAUTION).containsAnyOf(Outcome.REFER, Outcome.URGENT);
        assertThat(a.week().due()).anySatisfy(s -> assertThat(s.usualTherapist()).isNotNull())
                .anySatisfy(s -> assertThat(s.usualTherapist()).isNull())
                .allSatisfy(s -> assertThat(s.available()).isNotEmpty());
    }

    @Test
    void everyRecordIsFromBeforeTheDayTheClinicIsMadeOnEvenWhenTheWeekPlannedStartsDaysLater() {
        var wednesday = LocalDate.of(2026, 12, 2);
        var clients = Examples.generator().generate(Size.MEDIUM, 1, wednesday).clients();
        assertThat(clients).allSatisfy(c -> {
            var history = c.history();
            assertThat(history.client().consentGiven()).isBefore(wednesday);
            assertThat(history.intakes()).allSatisfy(i -> assertThat(i.recorded()).isBefore(wednesday));
            assertThat(history.sessions()).allSatisfy(s -> assertThat(s.date()).isBefore(wednesday));
            assertThat(history.measures()).allSatisfy(m -> assertThat(m.date()).isBefore(wednesday));
        });
        assertThat(clients).flatExtracting(c -> c.history().sessions()).extracting(s -> s.date())
                .contains(wednesday.minusDays(1), wednesday.minusDays(2));
    }

    @Test
    void theSmallClinicIsPlannedFeasiblyWithEverySessionPlaced() {
        var week = Examples.generator().generate(Size.SMALL, 1, TODAY).week();
        var proposal = new WeekPlanner(PlannerWeightsFile.bundled()).propose(week, Duration.ofSeconds(10));
        assertThat(proposal.feasible()).as(proposal.score()).isTrue();
        assertThat(proposal.unplanned()).as("the only sessions left out are those the screening stops")
                .allSatisfy(u -> assertThat(u.reason()).startsWith("not planned: see the screening"));
        assertThat(proposal.sessions()).hasSize(week.due().size() - proposal.unplanned().size())
                .allSatisfy(s -> assertThat(s.why()).isNotEmpty());
    }

    /**
     * The demo is made as of the day it is run: on each of three weeks of days, every session its week wants (but
     * those the screening stops) has a therapist trained in its technique who works when the client can come, the
     * session and the turnover after it (as the demo's database plans the week) at one of the client's times.
     */
    @Test
    void onAnyDayEverySessionWantedHasATherapistTrainedInItAtTheClientsTimes() {
        var generator = Examples.generator();
        int turnover = (int) ClinicSettings.DEFAULT_TURNOVER.toMinutes();
        var unplaceable = new ArrayList<String>();
        LocalDate.of(2026, 12, 1).datesUntil(LocalDate.of(2026, 12, 22)).forEach(day -> {
            for (var size : List.of(Size.SMALL, Size.MEDIUM)) {
                var week = generator.generate(size, 1, day).week();
                week.due().stream().filter(s -> !s.screening().stopsMassage())
                        .filter(s -> WeekProblem.therapists(week, s.withTurnover(turnover)).isEmpty())
                        .forEach(s -> unplaceable.add(day + " " + size + " " + s.id() + " (" + s.mainTechnique()
                                + ", " + s.minutes() + " minutes, " + s.available() + ")"));
            }
        });
        assertThat(unplaceable).as("sessions no therapist trained in them can give at the client's times").isEmpty();
    }

    @Test
    void mostGeneratedClientsImproveAsRealOnesDoAndAFewAreReferred() {
        var overview = new ProgressOverview(KnowledgeFiles.bundled());
        var decisions = new EnumMap<Adaptation.Decision, Integer>(Adaptation.Decision.class);
        for (var client : Examples.generator().generate(Size.MEDIUM, 1, TODAY).clients()) {
            if (client.history().massageSessions().size() >= 4) {
                decisions.merge(overview.adaptation(client.history(), MONDAY).decision(), 1, Integer::sum);
            }
        }
        int all = decisions.values().stream().mapToInt(Integer::intValue).sum();
        int improving = decisions.getOrDefault(Adaptation.Decision.STEP_DOWN, 0);
        int notImproving = decisions.getOrDefault(Adaptation.Decision.REFER_NOT_IMPROVING, 0);
        assertThat(all).as(decisions.toString()).isGreaterThan(50);
        assertThat(improving).as(decisions.toString()).isGreaterThan(all * 7 / 10);
        assertThat(notImproving).as(decisions.toString()).isPositive().isLessThan(all * 15 / 100);
    }
}
