package org.backcare.files;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backcare.intake.Intake;
import org.backcare.intake.Problem;
import org.backcare.intake.Vocabulary;

/**
 * An intake written as a file, in YAML or JSON (the same shape): read into an {@link Intake}, or into every
 * problem with it. Nothing a file holds makes reading fail with an exception.
 */
public final class IntakeFile {
    public static final long MAX_BYTES = 1024 * 1024;

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES, YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS,
                    YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private IntakeFile() {
    }

    public record Result(Intake intake, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        static Result of(Intake intake) {
            return new Result(intake, List.of());
        }

        static Result of(List<Problem> problems) {
            return new Result(null, problems);
        }

        static Result of(String problem) {
            return of(List.of(new Problem("", problem)));
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Reads a file: JSON when its name ends in {@code .json}, YAML otherwise. */
    public static Result read(Path file, Vocabulary vocabulary) {
        try {
            var refusal = refusal(file);
            if (refusal.isPresent()) {
                return Result.of(refusal.get());
            }
            var mapper = file.getFileName().toString().endsWith(".json") ? JSON : YAML;
            return parse(Files.readString(file), mapper, vocabulary);
        } catch (CharacterCodingException e) {
            return Result.of(file + " is not UTF-8 text");
        } catch (IOException | RuntimeException e) {
            return Result.of("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Why a file is not read at all, found before a byte of it is read. */
    private static Optional<String> refusal(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.of("no such file: " + file);
        }
        if (Files.isDirectory(file)) {
            return Optional.of(file + " is a directory, not an intake file");
        }
        if (!Files.isRegularFile(file)) { // a device or pipe has no size to check and might never end
            return Optional.of(file + " is not a regular file");
        }
        if (!Files.isReadable(file)) {
            return Optional.of("cannot read " + file + ": permission denied");
        }
        long size = Files.size(file);
        return size > MAX_BYTES
                ? Optional.of(file + " is " + size + " bytes; an intake file may be at most " + MAX_BYTES + " bytes")
                : Optional.empty();
    }

    /** Reads intake text, YAML or JSON (YAML reads both). */
    public static Result parse(String text, Vocabulary vocabulary) {
        return parse(text, YAML, vocabulary);
    }

    /**
     * Reads an intake kept on file (the database, an archive): what was valid when it was kept still reads, such as a
     * minor's intake from before a guardian's consent was asked for.
     */
    public static Result parseOnFile(String text, Vocabulary vocabulary) {
        try {
            return new IntakeReader(vocabulary, true).read(YAML.readTree(text));
        } catch (IOException | RuntimeException e) {
            return Result.of("cannot read the intake: " + e.getMessage());
        }
    }

    /** Reads an intake kept on file, given as plain maps shaped as in a file; see {@link #parseOnFile}. */
    public static Result fromMapOnFile(Map<String, ?> intake, Vocabulary vocabulary) {
        return new IntakeReader(vocabulary, true).read(YAML.valueToTree(intake));
    }

    /** Reads an intake given as plain maps, lists and values, shaped as in a file; so answers are checked as files are. */
    public static Result fromMap(Map<String, ?> intake, Vocabulary vocabulary) {
        return new IntakeReader(vocabulary, false).read(YAML.valueToTree(intake));
    }

    /** Reads an intake already parsed into a tree (the server parses JSON itself, to tell bad JSON from a bad intake). */
    public static Result fromTree(JsonNode intake, Vocabulary vocabulary) {
        return new IntakeReader(vocabulary, false).read(intake);
    }

    /** An intake as the maps, lists and values of its file, fields in the file's order; {@link #fromMap} reads it back. */
    public static Map<String, Object> toMap(Intake intake) {
        return IntakeTree.of(intake);
    }

    /** Writes an intake in the file's shape; {@link #parse} reads it back to an equal intake. */
    public static String toYaml(Intake intake) {
        try {
            return YAML.writeValueAsString(IntakeTree.of(intake));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Result parse(String text, ObjectMapper mapper, Vocabulary vocabulary) {
        try (var parser = mapper.createParser(text)) {
            JsonNode tree = mapper.readTree(parser);
            if (parser.nextToken() != null) {
                return Result.of("more than one document (the second starts at line " + parser.currentTokenLocation().getLineNr()
                        + "): write one intake per file");
            }
            return new IntakeReader(vocabulary, false).read(tree);
        } catch (JacksonException e) {
            return Result.of(SyntaxError.describe(e, mapper.getFactory().getFormatName()));
        } catch (IOException | RuntimeException e) { // the last guard: no input may escape as an exception
            return Result.of("cannot read the intake: " + e.getMessage());
        }
    }
}
