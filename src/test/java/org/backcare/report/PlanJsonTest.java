package org.backcare.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.backcare.files.IntakeFile;
import org.backcare.files.KnowledgeFiles;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.planning.CarePlan;
import org.backcare.planning.CarePlanner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The API's compact plan and the command line's indented one come from one writer: both carry exactly the content of
 * the golden files ({@code GoldenPlansTest} checks the indented bytes through the command line).
 */
class PlanJsonTest {
    private static final KnowledgeBase KNOWLEDGE = KnowledgeFiles.bundled();
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> examples() throws IOException {
        return Files.list(Path.of("examples")).filter(p -> p.toString().matches(".*\\.(yaml|json)")).sorted();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theIndentedPlanIsItsGoldenFileWithTheKnowledgesTextsEncodedAsTheyComeOrBeforehand(Path example)
            throws IOException {
        var json = new PlanJson(KNOWLEDGE);
        var plan = plan(example);
        assertThat(json.write(plan)).isEqualTo(Files.readString(golden(example)));
        compact(json, plan); // the first compact plan encodes the knowledge's texts once for all
        assertThat(json.write(plan)).isEqualTo(Files.readString(golden(example)));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theCompactPlanIsItsGoldenFileWithoutTheIndentationEachTime(Path example) throws IOException {
        var json = new PlanJson(KNOWLEDGE);
        var goldenCompact = JSON.writeValueAsString(JSON.readTree(golden(example).toFile()));
        for (int time = 0; time < 2; time++) { // the second copies the reasons the first wrote
            assertThat(compact(json, plan(example))).isEqualTo(goldenCompact);
        }
    }

    private static String compact(PlanJson json, CarePlan plan) throws IOException {
        var text = new StringBuilder();
        json.compact(plan, (bytes, length) -> text.append(new String(bytes, 0, length, StandardCharsets.UTF_8)));
        return text.toString();
    }

    private static CarePlan plan(Path example) {
        var intake = IntakeFile.read(example, KNOWLEDGE.vocabulary());
        assertThat(intake.problems()).isEmpty();
        return new CarePlanner(KNOWLEDGE).plan(intake.intake(), LocalDate.of(2026, 12, 1));
    }

    private static Path golden(Path example) {
        return GOLDEN.resolve(example.getFileName().toString().replaceFirst("\\.(yaml|json)$", ".json"));
    }
}
