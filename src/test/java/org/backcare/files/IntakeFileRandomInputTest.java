package org.backcare.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.backcare.intake.Client;
import org.backcare.intake.Complaint;
import org.backcare.intake.Examples;
import org.backcare.intake.HealthNote;
import org.backcare.intake.Intake;
import org.backcare.intake.Preferences;
import org.backcare.intake.Pressure;
import org.backcare.intake.Region;
import org.backcare.intake.Side;
import org.backcare.intake.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.backcare.RandomIntakes;

/**
 * Properties of reading checked on many random inputs. Each kind of input has a fixed seed, so a failure
 * names an input that fails again on the next run.
 */
class IntakeFileRandomInputTest {
    private static final Vocabulary VOCABULARY = Examples.vocabulary();
    private static final int TRIES = 2_000;
    private static final String SLIPS = ":-[]{}#'\"\n 9";
    private static final String VALID = IntakeFile.toYaml(Examples.ashaRao());

    static Stream<Arguments> kindsOfText() {
        return Stream.of(
                Arguments.of("any characters", 1L, (Function<Random, String>) IntakeFileRandomInputTest::anyCharacters),
                Arguments.of("UTF-8 bytes", 2L, (Function<Random, String>) r -> new String(bytes(r), StandardCharsets.UTF_8)),
                Arguments.of("Latin-1 bytes", 3L, (Function<Random, String>) r -> new String(bytes(r), StandardCharsets.ISO_8859_1)),
                Arguments.of("YAML punctuation", 4L, (Function<Random, String>) IntakeFileRandomInputTest::yamlPunctuationAndFieldNames),
                Arguments.of("a valid intake with slips", 5L, (Function<Random, String>) IntakeFileRandomInputTest::validIntakeWithSlips));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kindsOfText")
    void anyTextReadsAsAnIntakeOrAsProblemsNeverAsAnException(String kind, long seed, Function<Random, String> kindOfText) {
        var random = new Random(seed);
        for (int i = 0; i < TRIES; i++) {
            var text = kindOfText.apply(random);
            assertThatCode(() -> {
                var result = IntakeFile.parse(text, VOCABULARY);
                assertThat(result.ok() || !result.problems().isEmpty()).isTrue();
                assertThat(result.problems()).allSatisfy(p -> assertThat(p.message())
                        .doesNotContain("Exception", "com.fasterxml", "org.yaml", "java."));
            }).as("reading %s", text).doesNotThrowAnyException();
        }
    }

    @Test
    void anyValidIntakeReadsBackEqualFromItsYaml() {
        var intakes = new RandomIntakes(VOCABULARY, 42);
        for (int i = 0; i < TRIES; i++) {
            var intake = intakes.next();
            assertThat(IntakeFile.parse(IntakeFile.toYaml(intake), VOCABULARY).intake()).as("%s", intake).isEqualTo(intake);
        }
    }

    private static String anyCharacters(Random random) {
        return random.ints(random.nextInt(200), 0, Character.MAX_VALUE + 1)
                .collect(StringBuilder::new, (text, c) -> text.append((char) c), StringBuilder::append).toString();
    }

    private static byte[] bytes(Random random) {
        var bytes = new byte[random.nextInt(200)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String yamlPunctuationAndFieldNames(Random random) {
        var pieces = List.of(":", " ", "\n", "  ", "-", "[", "]", "{", "}", ",", "'", "\"", "#", "&a", "*a", "!", "|",
                ">", "?", "%", "@", "`", "---", "...", "~", "null", "true", "6", "6.5", "-1", "1e9", "client", "age",
                "complaints", "region", "lower-back", "pain", "weeks", "symptoms", "conditions", "regions", "id");
        return IntStream.range(0, random.nextInt(80)).mapToObj(i -> pieces.get(random.nextInt(pieces.size())))
                .reduce("", String::concat);
    }

    private static String validIntakeWithSlips(Random random) {
        var text = new StringBuilder(VALID);
        for (int slips = 1 + random.nextInt(4); slips > 0 && !text.isEmpty(); slips--) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(3)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, SLIPS.charAt(random.nextInt(SLIPS.length())));
                default -> text.setCharAt(at, text.charAt(random.nextInt(text.length())));
            }
        }
        return text.toString();
    }
}
