package org.backcare.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.backcare.intake.Problem;
import org.backcare.scheduling.PlannerWeights.Level;
import org.backcare.scheduling.WeekPlannerConstraints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlannerWeightsFileTest {
    @TempDir
    Path dir;

    @Test
    void theBundledWeightsNameEveryRuleOfThePlannerWithItsReason() throws Exception {
        var ids = Arrays.stream(WeekPlannerConstraints.class.getFields())
                .filter(f -> f.getType() == String.class).map(f -> {
                    try {
                        return (String) f.get(null);
                    } catch (IllegalAccessException e) {
                        throw new AssertionError(e);
                    }
                }).toList();
        var weights = PlannerWeightsFile.bundled().weights();
        assertThat(weights.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(weights.values()).allSatisfy(w -> assertThat(w.why()).isNotBlank());
        assertThat(weights.get(WeekPlannerConstraints.NOT_PLANNED).level()).isEqualTo(Level.MEDIUM);
    }

    @Test
    void aClinicsFileChangesWeightsAndKeepsTheRest() throws Exception {
        var file = Files.writeString(dir.resolve("w.yaml"), "not-usual-therapist: {weight: 500}\nidle-gap: 0\n");
        var result = PlannerWeightsFile.read(file);
        assertThat(result.problems()).isEmpty();
        assertThat(result.weights().of("not-usual-therapist").weight()).isEqualTo(500);
        assertThat(result.weights().of("idle-gap").weight()).isZero();
        assertThat(result.weights().of("room-change").weight())
                .isEqualTo(PlannerWeightsFile.bundled().of("room-change").weight());
    }

    @Test
    void unknownRulesNegativeWeightsAndChangedLevelsAreNamed() throws Exception {
        var file = Files.writeString(dir.resolve("w.yaml"),
                "lunch-break: 3\nidle-gap: -1\ntherapist-not-trained: {level: soft, weight: 5}\nroom-change: lots\n");
        assertThat(PlannerWeightsFile.read(file).problems()).extracting(Problem::field)
                .containsExactly("lunch-break", "idle-gap.weight", "therapist-not-trained.level", "room-change.weight");
    }
}
