package org.backcare.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.backcare.files.IntakeFile;
import org.backcare.intake.Problem;
import org.backcare.intake.Vocabulary;

/**
 * Asks questions at a terminal and keeps the answers in the shape of an intake file, so that each answer is checked
 * by {@link IntakeFile}'s own rules as soon as it is given.
 */
final class Questions {
    private final BufferedReader in;
    private final PrintWriter out;
    private final Vocabulary vocabulary;
    private final Map<String, Object> answers = new LinkedHashMap<>();

    Questions(BufferedReader in, PrintWriter out, Vocabulary vocabulary) {
        this.in = in;
        this.out = out;
        this.vocabulary = vocabulary;
    }

    /** The intake the answers make, or their problems. */
    IntakeFile.Result intake() {
        return IntakeFile.fromMap(answers, vocabulary);
    }

    /** A top-level field of the intake, for its answers. */
    <T> T field(String key, T value) {
        answers.put(key, value);
        return value;
    }

    /** Keeps the answer to a top-level field; no answer leaves it out. */
    Consumer<Object> intoField(String key) {
        return into(answers, key);
    }

    /** Whether the list answered for a top-level field holds the id. */
    boolean answered(String key, String id) {
        return answers.get(key) instanceof List<?> ids && ids.contains(id);
    }

    /** Asks until the answer passes the checks of the intake field at {@code path}, saying why it did not. */
    void ask(String question, String path, Function<String, Object> meaning, Consumer<Object> keep) throws IOException {
        while (true) {
            keep.accept(meaning.apply(line(question)));
            var problems = intake().problems().stream().filter(p -> concerns(p, path)).toList();
            if (problems.isEmpty()) {
                return;
            }
            problems.forEach(p -> out.println("  " + p.message()));
        }
    }

    String line(String question) throws IOException {
        out.print(question + ": ");
        out.flush();
        var line = in.readLine();
        if (line == null) {
            throw new IntakeInterview.Aborted();
        }
        return line;
    }

    void say(String text) {
        out.println(text);
    }

    /** Keeps an answer under its key; no answer leaves the key out, so that the intake's default applies. */
    static Consumer<Object> into(Map<String, Object> section, String key) {
        return answer -> {
            if (answer == null) {
                section.remove(key);
            } else {
                section.put(key, answer);
            }
        };
    }

    /** A question with its allowed answers and, in brackets, what Enter gives. */
    static String question(String question, List<String> allowed, String byDefault) {
        return question + " (" + String.join(", ", allowed) + ")" + (byDefault.isEmpty() ? "" : " [" + byDefault + "]");
    }

    private static boolean concerns(Problem problem, String path) {
        var field = problem.field();
        return field.equals(path) || field.startsWith(path + ".") || field.startsWith(path + "[");
    }
}
