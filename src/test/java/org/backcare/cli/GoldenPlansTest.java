package org.backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example intake gives the plan checked in beside the tests. After an intended change, regenerate with
 * {@code mvn test -Dtest=GoldenPlansTest -Dgolden.update=true} and review the diff.
 */
class GoldenPlansTest {
    private static final Path EXAMPLES = Path.of("examples");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Stream<Path> examples() throws IOException {
        return Files.list(EXAMPLES).filter(p -> p.toString().matches(".*\\.(yaml|json)")).sorted();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theJsonPlanMatchesItsGoldenFile(Path example) throws IOException {
        check(example, "json", ".json");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theHandoutMatchesItsGoldenFile(Path example) throws IOException {
        check(example, "markdown", ".md");
    }

    private static void check(Path example, String format, String extension) throws IOException {
        var result = Cli.run("plan", example.toString(), "--start", "2026-12-01", "--format", format);
        assertThat(result.exitCode()).as(result.err()).isZero();
        var golden = GOLDEN.resolve(example.getFileName().toString().replaceFirst("\\.(yaml|json)$", "") + extension);
        if (UPDATE) {
            Files.writeString(golden, result.out());
        }
        assertThat(golden).as("golden file; create it with -Dgolden.update=true and review it").exists();
        assertThat(result.out()).as("plan for %s differs from %s", example, golden).isEqualTo(Files.readString(golden));
    }
}
