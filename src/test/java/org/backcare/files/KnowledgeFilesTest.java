package org.backcare.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.backcare.intake.Problem;
import org.backcare.knowledge.InvalidKnowledgeException;
import org.backcare.knowledge.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The knowledge files: complete, faithful to the seeds, and checked as a whole. */
class KnowledgeFilesTest {
    private static final Path SEEDS = Path.of("..", "shared", "seeds");
    private static final Pattern SEED_CITATION = Pattern.compile("(\\d{3}_[0-9a-f]{16}\\.txt) § ([^;(\"\\n]+)");
    private final KnowledgeBase kb = KnowledgeFiles.bundled();

    @TempDir
    Path clinic;

    @Test
    void everyTechniqueOfTheSeedsIsThere() {
        assertThat(kb.techniques()).extracting(t -> t.id()).containsExactly("swedish", "deep-tissue", "trigger-point",
                "myofascial-release", "sports", "hot-stone", "aromatherapy", "stretch-assisted", "abhyanga",
                "kati-basti", "swedana", "potli");
    }

    @Test
    void theFrequencyTableIsTheSeedsTableWordForWord() throws IOException {
        var rows = seedTableRows("| Situation |");
        assertThat(kb.frequencyRules()).extracting(r -> List.of(r.situation(), r.recommendation(), r.notes()))
                .containsExactlyInAnyOrderElementsOf(rows);
    }

    @Test
    void theResearchTableIsTheSeedsTableWordForWord() throws IOException {
        var rows = seedTableRows("| Condition |");
        assertThat(kb.responseTimes()).extracting(r -> List.of(r.condition(), r.finding(), r.typicalResponse()))
                .containsExactlyElementsOf(rows);
    }

    @Test
    void everySeedCitationNamesASeedFileAndOneOfItsSections() throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "the seeds are in ../shared/seeds");
        var citations = new ArrayList<String>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/knowledge"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                var matcher = SEED_CITATION.matcher(Files.readString(file));
                while (matcher.find()) {
                    citations.add(matcher.group(1) + " § " + matcher.group(2).strip());
                }
            }
        }
        assertThat(citations).hasSizeGreaterThan(100).allSatisfy(citation -> {
            var parts = citation.split(" § ");
            var seed = SEEDS.resolve(parts[0]);
            assertThat(seed).as(citation).exists();
            assertThat(Files.readString(seed).lines()).as(citation)
                    .anyMatch(line -> line.length() <= 80 && line.contains(parts[1]));
        });
    }

    @Test
    void aClinicFileReplacesEntriesByIdAndAddsNewOnes() throws IOException {
        Files.writeString(clinic.resolve("technique-fit.yaml"), """
                rules:
                  - { id: newcomer-swedish, technique: swedish, weight: 5, when: { new-to-massage: true },
                      reason: "Our clinic starts every newcomer with Swedish.", source: "Clinic protocol 2026 § Newcomers" }
                  - { id: clinic-desk-myofascial, technique: myofascial-release, weight: 2, when: { lifestyle: [desk-work] },
                      reason: "Desk workers respond well here.", source: "Clinic protocol 2026 § Desk workers" }
                """);
        var merged = KnowledgeFiles.load(clinic);
        assertThat(merged.fitRules()).filteredOn(r -> r.id().equals("newcomer-swedish")).singleElement()
                .satisfies(r -> assertThat(r.weight()).isEqualTo(5));
        assertThat(merged.fitRules()).extracting(r -> r.id()).contains("clinic-desk-myofascial");
        assertThat(merged.fitRules()).hasSize(kb.fitRules().size() + 1);
        assertThat(merged.version()).isNotEqualTo(kb.version());
    }

    @Test
    void aBrokenClinicFolderReportsEveryProblemWithItsPlace() throws IOException {
        Files.writeString(clinic.resolve("techniques.yaml"), """
                techniques:
                  - { id: cupping, name: Cupping, family: western, description: Suction cups.,
                      pressure: { min: firm, max: light }, oil: lots, regions: [neck], colour: red }
                """);
        Files.writeString(clinic.resolve("screening.yaml"), "rules: [ { id: x, outcome: maybe");
        Files.writeString(clinic.resolve("notes.yaml"), "anything: 1");
        assertThatThrownBy(() -> KnowledgeFiles.load(clinic)).isInstanceOfSatisfying(InvalidKnowledgeException.class,
                e -> assertThat(e.problems()).extracting(Problem::toString).anySatisfy(p -> assertThat(p)
                                .contains("techniques.yaml", "colour"))
                        .anySatisfy(p -> assertThat(p).contains("oil", "lots", "required, optional, none"))
                        .anySatisfy(p -> assertThat(p).contains("neck"))
                        .anySatisfy(p -> assertThat(p).contains("cupping", "source"))
                        .anySatisfy(p -> assertThat(p).contains("cupping", "min 'firm' is above max 'light'"))
                        .anySatisfy(p -> assertThat(p).contains("screening.yaml", "line"))
                        .anySatisfy(p -> assertThat(p).contains("notes.yaml", "not a knowledge file")));
    }

    @Test
    void aSourcelessEntryDoesNotShip() throws IOException {
        Files.writeString(clinic.resolve("home-care.yaml"), """
                home-care:
                  - { id: cold-shower, topic: recovery, text: "Take a cold shower." }
                """);
        assertThatThrownBy(() -> KnowledgeFiles.load(clinic)).isInstanceOfSatisfying(InvalidKnowledgeException.class,
                e -> assertThat(e.problems()).extracting(Problem::toString)
                        .anySatisfy(p -> assertThat(p).contains("cold-shower", "source")));
    }

    /** The rows of the Markdown table in seed 002 whose header starts with this text. */
    private static List<List<String>> seedTableRows(String header) throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "the seeds are in ../shared/seeds");
        var lines = Files.readAllLines(SEEDS.resolve("002_a2e44ad849196633.txt"));
        int start = lines.indexOf(lines.stream().filter(l -> l.startsWith(header)).findFirst().orElseThrow());
        var rows = new ArrayList<List<String>>();
        for (int i = start + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            rows.add(Stream.of(lines.get(i).split("\\|")).map(String::strip).filter(c -> !c.isEmpty()).toList());
        }
        return rows;
    }

    @Test
    void aPreloadedKnowledgeBaseIsTheSameAsOneReadOnTheSpot() {
        var expected = KnowledgeFiles.bundled();
        KnowledgeFiles.preload();
        assertThat(KnowledgeFiles.bundled()).isEqualTo(expected);
        assertThat(KnowledgeFiles.bundled()).isEqualTo(expected);
    }
}
