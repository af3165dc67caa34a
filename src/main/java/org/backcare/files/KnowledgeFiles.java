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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
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

    private static final AtomicReference<FutureTask<Bundled>> PRELOADED = new AtomicReference<>();

    private KnowledgeFiles() {}

    /** The knowledge base shipped with Backcare. */
    public static KnowledgeBase bundled() {
        return load(null);
    }

    /**
     * Starts reading the bundled files on another thread, for the next {@link #load} to take. Making the YAML mapper
     * and parsing the files is most of a command's start-up, while the main thread has the command line to set up.
     */
    public static void preload() {
        var task = new FutureTask<>(KnowledgeFiles::bundledFiles);
        if (PRELOADED.compareAndSet(null, task)) {
            var thread = new Thread(task, "knowledge-preload");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** The shipped knowledge base with a clinic's files (may be null) laid over it. */
    public static KnowledgeBase load(Path clinicFolder) {
        var bundled = preloadedOrRead();
        var problems = bundled.problems();
        var digest = bundled.digest();
        var documents = bundled.documents();
        if (clinicFolder != null) {
            layClinicFiles(clinicFolder, documents, digest, problems);
        }
        var version = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        var knowledge = new KnowledgeAssembly(documents, problems).assemble(version);
        return KnowledgeBase.checked(knowledge, problems);
    }

    /** The bundled files parsed, with the digest and problems so far: the one load that takes them adds to all three. */
    private record Bundled(Map<String, ObjectNode> documents, MessageDigest digest, List<Problem> problems) {}

    private static Bundled bundledFiles() {
        var problems = new ArrayList<Problem>();
        var digest = sha256();
        var documents = new LinkedHashMap<String, ObjectNode>();
        for (var name : FILES) {
            var text = bundledText(name);
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            documents.put(name, parse(name, text, problems));
        }
        return new Bundled(documents, digest, problems);
    }

    private static Bundled preloadedOrRead() {
        var task = PRELOADED.getAndSet(null);
        if (task == null) {
            return bundledFiles();
        }
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the knowledge files", e);
        } catch (ExecutionException e) { // thrown as if the files had been read on this thread
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
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
            var tree = Yaml.MAPPER.readTree(text);
            if (tree instanceof ObjectNode object) {
                return object;
            }
            problems.add(new Problem(name, "must be a map of fields at the top level"));
        } catch (JacksonException e) {
            problems.add(new Problem(name, SyntaxError.describe(e, "YAML")));
        }
        return Yaml.MAPPER.createObjectNode();
    }

    /** Holds the mapper so that it is made (a costly first use of Jackson) by whichever thread parses first. */
    private static final class Yaml {
        static final YAMLMapper MAPPER = YAMLMapper.builder(YAMLFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()).build();
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
