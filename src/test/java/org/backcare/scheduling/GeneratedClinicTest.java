package org.backcare.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.backcare.files.PlannerWeightsFile;
import org.backcare.knowledge.Outcome;
import org.backcare.scheduling.ClinicGenerator.Size;
import org.junit.jupiter.api.Test;

/** The generated clinics are what they claim, and the small one is planned feasibly, every session placed. */
class GeneratedClinicTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    @Test
    void theSameSeedGivesTheSameClinicAndEachSizeHasItsSessions() {
        var generator = Examples.generator();
        var a = generator.generate(Size.MEDIUM, 7, MONDAY);
        assertThat(a.week().due()).hasSize(300);
        assertThat(a.week().therapists()).hasSize(10);
        assertThat(a.week().rooms()).hasSize(5);
        assertThat(generator.generate(Size.MEDIUM, 7, MONDAY).week()).isEqualTo(a.week());
        assertThat(generator.generate(Size.MEDIUM, 8, MONDAY).week()).isNotEqualTo(a.week());
        assertThat(a.week().due()).extracting(DueSession::screening)
                .contains(Outcome.CLEAR, Outcome.CAUTION).containsAnyOf(Outcome.REFER, Outcome.URGENT);
        assertThat(a.week().due()).anySatisfy(s -> assertThat(s.usualTherapist()).isNotNull())
                .anySatisfy(s -> assertThat(s.usualTherapist()).isNull())
                .allSatisfy(s -> assertThat(s.available()).isNotEmpty());
    }

    @Test
    void theSmallClinicIsPlannedFeasiblyWithEverySessionPlaced() {
        var week = Examples.generator().generate(Size.SMALL, 1, MONDAY).week();
        var proposal = new WeekPlanner(PlannerWeightsFile.bundled()).propose(week, Duration.ofSeconds(10));
        assertThat(proposal.feasible()).as(proposal.score()).isTrue();
        assertThat(proposal.unplanned()).as("the only sessions left out are those the screening stops")
                .allSatisfy(u -> assertThat(u.reason()).startsWith("not planned: see the screening"));
        assertThat(proposal.sessions()).hasSize(week.due().size() - proposal.unplanned().size())
                .allSatisfy(s -> assertThat(s.why()).isNotEmpty());
    }
}
