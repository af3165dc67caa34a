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
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of reading checked on many random inputs. Each kind of input has a fixed seed, so a failure
 * names an input that fails again on the next run.
 */
class IntakeFileRandomInputTest {
    private static final Vocabulary VOCABULARY = Examples.vocabulary();
    private static final int TRIES = 2_000;
    private static final String SLIPS = ":-[]{}#'\"\n 9";
    private static final String VALID = IntakeFile.toYaml(Examples.ashaRao());

    static Stream<Function<Random, String>> kindsOfText() {
        return Stream.of(
                IntakeFileRandomInputTest::anyCharacters,
                random -> new String(bytes(random), StandardCharsets.UTF_8),
                random -> new String(bytes(random), StandardCharsets.ISO_8859_1),
                IntakeFileRandomInputTest::yamlPunctuationAndFieldNames,
                IntakeFileRandomInputTest::validIntakeWithSlips);
    }

    @ParameterizedTest
    @MethodSource("kindsOfText")
    void anyTextReadsAsAnIntakeOrAsProblemsNeverAsAnException(Function<Random, String> kindOfText) {
        var random = new Random(kindOfText.hashCode());
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
        var random = new Random(42);
        for (int i = 0; i < TRIES; i++) {
            var intake = anyIntake(random);
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

    private static Intake anyIntake(Random random) {
        var complaints = IntStream.range(0, 1 + random.nextInt(3)).mapToObj(i -> new Complaint(
                oneOf(random, List.of(Region.values())), oneOf(random, List.of(Side.values())),
                someOf(random, VOCABULARY.symptoms()), random.nextInt(Complaint.MAX_PAIN + 1),
                random.nextInt(Complaint.MAX_WEEKS + 1),
                random.nextBoolean() ? null : oneOf(random, VOCABULARY.causes()))).toList();
        return new Intake(new Client(anyName(random), random.nextInt(Client.MAX_AGE + 1)), complaints,
                someOf(random, VOCABULARY.lifestyle()), someNotes(random), someNotes(random),
                new Preferences(oneOf(random, List.of(Pressure.values())), random.nextBoolean(), random.nextBoolean()),
                someOf(random, VOCABULARY.goals()));
    }

    /** Names as people type them, and names YAML would read as something else unless quoted. */
    private static String anyName(Random random) {
        var tricky = List.of("yes", "No", "null", "~", "123", "0x1F", "1e3", "- Rao", "Rao: Asha", "#1", "'Jo'", "\"Jo\"",
                "Ann-Marie O'Neil", "Łucja Żak", "李 小龙", " padded ", "&anchor", "*alias", "!tag", "[a]", "{a}", "%");
        return random.nextBoolean() ? oneOf(random, tricky) : anyCharacters(random).chars()
                .filter(c -> !Character.isISOControl(c) && !Character.isSurrogate((char) c))
                .limit(1 + random.nextInt(30))
                .collect(StringBuilder::new, (name, c) -> name.append((char) c), StringBuilder::append)
                .toString().transform(name -> name.isBlank() ? "Client" : name);
    }

    private static List<HealthNote> someNotes(Random random) {
        return someOf(random, VOCABULARY.healthNotes()).stream()
                .map(id -> new HealthNote(id, someOf(random, List.of(Region.values())))).toList();
    }

    private static <T> List<T> someOf(Random random, List<T> options) {
        var chosen = new ArrayList<T>();
        options.forEach(option -> {
            if (random.nextInt(4) == 0) {
                chosen.add(option);
            }
        });
        return chosen;
    }

    private static <T> T oneOf(Random random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
