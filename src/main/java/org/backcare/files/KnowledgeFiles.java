package org.backcare.files;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.backcare.intake.Problem;
import org.backcare.knowledge.KnowledgeBase;

/**
 * Loads the knowledge base: the files bundled in the jar, and optionally a clinic's folder of files with the same
 * names whose entries replace ours by id or add to them. Every problem is reported with its file and path.
 */
public final class KnowledgeFiles {
    static final List<String> FILES = List.of("symptoms.yaml", "intake-terms.yaml", "health.yaml",
            "techniques.yaml", "regions.yaml", "screening.yaml", "technique-fit.yaml", "frequency.yaml",
            "research.yaml", "session-guidance.yaml", "best-practices.yaml", "home-care.yaml",
            "when-not-enough.yaml", "after-effects.yaml", "progress.yaml", "disclaimer.yaml");

    static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()).build();

    private KnowledgeFiles() {}

    /** The knowledge base shipped with Backcare. */
    public static KnowledgeBase bundled() {
        return load(null);
    }

    /** The shipped knowledge base with a clinic's files (may be null) laid over it. */
    public static KnowledgeBase load(Path clinicFolder) {
        var problems = new ArrayList<Problem>();
        var digest = sha256();
        var documents = new LinkedHashMap<String, ObjectNode>();
        for (var name : FILES) {
            var text = bundledText(name);
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            documents.put(name, parse(name, text, problems));
        }
        if (clinicFolder != null) {
            layClinicFiles(clinicFolder, documents, digest, problems);
        }
        var version = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        var knowledge = new KnowledgeAssembly(documents, problems).assemble(version);
        return KnowledgeBase.checked(knowledge, problems);
    }

    private static void layClinicFiles(Path folder, Map<String, ObjectNode> documents, MessageDigest digest,
            List<Problem> problems) {
        if (!Files.isDirectory(folder)) {
            problems.add(new Problem(folder.toString(), "not a folder of knowledge files"));
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (var file : files.sorted().toList()) {
                var name = file.getFileName().toString();
                if (!name.endsWith(".yaml") && !name.endsWith(".yml") && !name.endsWith(".json")) {
                    continue;
                }
                var base = name.replaceFirst("\\.(yml|json)$", ".yaml");
                if (!FILES.contains(base)) {
                    problems.add(new Problem(name, "not a knowledge file; the files are: " + String.join(", ", FILES)));
                    continue;
                }
                var text = Files.readString(file, StandardCharsets.UTF_8);
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                overlay(documents.get(base), parse(name, text, problems));
            }
        } catch (IOException e) {
            problems.add(new Problem(folder.toString(), "cannot be read: " + e.getMessage()));
        }
    }

    /** Lists of entries with ids merge by id (the clinic's entry wins); anything else is replaced whole. */
    private static void overlay(ObjectNode base, ObjectNode clinic) {
        clinic.fields().forEachRemaining(field -> {
            var ours = base.get(field.getKey());
            if (ours instanceof ArrayNode oursList && field.getValue() instanceof ArrayNode theirs) {
                base.set(field.getKey(), mergeById(oursList, theirs));
            } else {
                base.set(field.getKey(), field.getValue());
            }
        });
    }

    private static ArrayNode mergeById(ArrayNode ours, ArrayNode theirs) {
        var byId = new LinkedHashMap<String, JsonNode>();
        var anonymous = new ArrayList<JsonNode>();
        for (var entry : concat(ours, theirs)) {
            if (entry.hasNonNull("id")) {
                byId.put(entry.get("id").asText(), entry);
            } else {
                anonymous.add(entry);
            }
        }
        var merged = ours.arrayNode();
        byId.values().forEach(merged::add);
        anonymous.forEach(merged::add);
        return merged;
    }

    private static List<JsonNode> concat(ArrayNode a, ArrayNode b) {
        var all = new ArrayList<JsonNode>();
        a.forEach(all::add);
        b.forEach(all::add);
        return all;
    }

    private static ObjectNode parse(String name, String text, List<Problem> problems) {
        try {
            var tree = YAML.readTree(text);
            if (tree instanceof ObjectNode object) {
                return object;
            }
            problems.add(new Problem(name, "must be a map of fields at the top level"));
        } catch (JacksonException e) {
            problems.add(new Problem(name, SyntaxError.describe(e, "YAML")));
        }
        return YAML.createObjectNode();
    }

    private static String bundledText(String name) {
        try (InputStream in = KnowledgeFiles.class.getResourceAsStream("/knowledge/" + name)) {
            if (in == null) {
                throw new IllegalStateException("knowledge file missing from the jar: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read knowledge file " + name, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
