package org.backcare.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.backcare.files.IntakeFile;
import org.backcare.files.KnowledgeFiles;
import org.backcare.knowledge.EquipmentNeeded;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.knowledge.Outcome;
import org.backcare.planning.CarePlanner;
import org.junit.jupiter.api.Test;

/** Which sessions fall due in a week, from the real plans of the examples (all starting Tue 1 Dec 2026). */
class DueSessionsTest {
    private static final KnowledgeBase KNOWLEDGE = KnowledgeFiles.bundled();
    private static final LocalDate PLAN_START = LocalDate.of(2026, 12, 1);

    private static ClientOnPlan client(String example, LocalDate last, int done) {
        var file = Path.of("examples", example);
        var intake = IntakeFile.read(file, KNOWLEDGE.vocabulary()).intake();
        var plan = new CarePlanner(KNOWLEDGE).plan(intake, PLAN_START);
        return new ClientOnPlan(example, plan, last, done, "mei", Fixtures.WEEKDAYS_9_TO_17, List.of());
    }

    private static List<DueSession> due(ClientOnPlan client, String monday) {
        return DueSessions.in(client, LocalDate.parse(monday), 7, EquipmentNeeded.by(KNOWLEDGE));
    }

    @Test
    void aWeeklyPlanWantsTheNextSessionAWeekAfterTheLast() {
        var deskWorker = client("desk-worker.yaml", LocalDate.of(2026, 12, 8), 2);
        assertThat(due(deskWorker, "2026-12-14")).singleElement().satisfies(s -> {
            assertThat(s.planSession()).isEqualTo(3);
            assertThat(s.idealDate()).isEqualTo("2026-12-15");
            assertThat(s.toleranceDays()).isEqualTo(1);
            assertThat(s.minutes()).isEqualTo(deskWorker.plan().schedule().sessions().get(2).minutes());
            assertThat(s.mainTechnique()).isEqualTo("swedish");
            assertThat(s.usualTherapist()).isEqualTo("mei");
        });
    }

    @Test
    void aFirstSessionIsDueOnThePlansOwnDate() {
        assertThat(due(client("desk-worker.yaml", null, 0), "2026-11-30")).singleElement()
                .satisfies(s -> assertThat(s.idealDate()).isEqualTo(PLAN_START));
    }

    @Test
    void aPlanEveryTwoWeeksSkipsTheWeekBetween() {
        var stress = client("stress-carrier.yaml", PLAN_START, 1);
        assertThat(due(stress, "2026-12-07")).isEmpty();
        assertThat(due(stress, "2026-12-14")).singleElement().satisfies(s -> {
            assertThat(s.idealDate()).isEqualTo("2026-12-15");
            assertThat(s.toleranceDays()).isEqualTo(2);
        });
    }

    @Test
    void aMonthlyPlanWantsASessionFourWeeksOn() {
        var newcomer = client("newcomer.yaml", PLAN_START, 1);
        assertThat(due(newcomer, "2026-12-21")).isEmpty();
        assertThat(due(newcomer, "2026-12-28")).singleElement().satisfies(s -> {
            assertThat(s.idealDate()).isEqualTo("2026-12-29");
            assertThat(s.toleranceDays()).isEqualTo(4);
        });
    }

    @Test
    void afterALapseOneSessionIsDueAtOnceNotEveryOneMissed() {
        var lapsed = client("desk-worker.yaml", LocalDate.of(2026, 12, 1), 1);
        assertThat(due(lapsed, "2027-01-04")).singleElement().satisfies(s -> {
            assertThat(s.idealDate()).isEqualTo("2027-01-04");
            assertThat(s.planSession()).isEqualTo(2);
        });
    }

    @Test
    void aHeatTechniqueInTheSessionNeedsAHeatedRoom() {
        var chronic = client("chronic-low-back.yaml", null, 0);
        var first = chronic.plan().schedule().sessions().get(0);
        assertThat(first.techniques()).contains("hot-stone");
        assertThat(due(chronic, "2026-11-30")).singleElement()
                .satisfies(s -> assertThat(s.equipment()).containsExactlyInAnyOrder("stone-heater", "heated-table"));
        assertThat(due(client("desk-worker.yaml", null, 0), "2026-11-30")).singleElement()
                .satisfies(s -> assertThat(s.equipment()).isEmpty());
    }

    @Test
    void aPlanThatHasRunItsCourseWantsNothingMore() {
        var deskWorker = client("desk-worker.yaml", null, 0);
        int all = deskWorker.plan().schedule().sessions().size();
        var done = new ClientOnPlan("d", deskWorker.plan(), LocalDate.of(2027, 2, 20), all, null, List.of(), List.of());
        assertThat(due(done, "2027-02-22")).isEmpty();
    }

    @Test
    void referAndUrgentClientsGetOneSessionThatTheScreeningStops() {
        assertThat(due(client("after-accident.json", null, 0), "2026-11-30")).singleElement()
                .satisfies(s -> assertThat(s.screening()).isEqualTo(Outcome.REFER));
        assertThat(due(client("red-flags.yaml", null, 0), "2026-11-30")).singleElement()
                .satisfies(s -> assertThat(s.screening()).isEqualTo(Outcome.URGENT));
    }
}
