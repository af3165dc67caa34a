package org.backcare.files;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import org.backcare.intake.Problem;
import org.backcare.measures.Instrument;
import org.backcare.measures.QuestionnaireWording.ItemWording;
import org.backcare.measures.QuestionnaireWording.Supplied;
import org.backcare.measures.QuestionnaireWording;

/**
 * Reads the questionnaire wording a clinic supplies under its own licence ({@code serve --questionnaire-texts}):
 * <pre>
 * odi:                      # an instrument's id: nprs, odi, rmdq, start-back, psfs
 *   instructions: "..."     # optional: shown above the form
 *   notice: "..."           # optional: the copyright line the licence asks to show
 *   items:
 *     1:
 *       question: "..."
 *       answers: ["...", "...", "...", "...", "...", "..."]   # the ODI only: scores 0 to 5
 * </pre>
 * Every problem is reported, each naming the instrument and item; nothing is read from a file with any.
 */
public final class QuestionnaireTextsFile {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final String[] FIELDS = {"instructions", "notice", "items"};
    private static final String[] ITEM_FIELDS = {"question", "answers"};

    private QuestionnaireTextsFile() {}

    /** The wording, or every problem with the file. */
    public record Result(QuestionnaireWording wording, List<Problem> problems) {}

    public static Result read(Path file) {
        var problems = new ArrayList<Problem>();
        JsonNode tree;
        try {
            tree = YAML.readTree(Files.readString(file));
        } catch (JacksonException e) {
            return failed(file.toString(), "is not YAML: " + e.getOriginalMessage() + " (line "
                    + e.getLocation().getLineNr() + ")");
        } catch (IOException e) {
            return failed(file.toString(), "cannot be read: " + e.getMessage());
        }
        if (tree == null || !tree.isObject() || tree.isEmpty()) {
            return failed(file.toString(), "must map questionnaire ids (" + String.join(", ", Instrument.ids())
                    + ") to their wording");
        }
        var supplied = new EnumMap<Instrument, Supplied>(Instrument.class);
        tree.fields().forEachRemaining(entry -> {
            var instrument = Instrument.byId(entry.getKey());
            if (instrument.isEmpty()) {
                problems.add(new Problem(entry.getKey(), "is not a questionnaire; the questionnaires are: "
                        + String.join(", ", Instrument.ids())));
                return;
            }
            var node = new Node(entry.getValue(), entry.getKey() + ":", problems);
            if (!node.isObject()) {
                problems.add(new Problem(entry.getKey(), "must be a map with " + String.join(", ", FIELDS)));
                return;
            }
            var wording = wording(instrument.get(), node, problems);
            problems.addAll(QuestionnaireWording.problems(instrument.get(), wording));
            supplied.put(instrument.get(), wording);
        });
        return problems.isEmpty() ? new Result(QuestionnaireWording.of(supplied), List.of())
                : new Result(QuestionnaireWording.bundled(), List.copyOf(problems));
    }

    private static Supplied wording(Instrument instrument, Node node, List<Problem> problems) {
        node.allowOnly(FIELDS);
        var items = new HashMap<Integer, ItemWording>();
        node.object("items").ifPresent(list -> list.keys().forEach(key -> {
            var at = instrument.id() + " item " + key;
            if (!key.matches("\\d{1,3}")) {
                problems.add(new Problem(at, "items are numbered: 1, 2, ..."));
                return;
            }
            var item = list.named(key, at + ":");
            if (!item.isObject()) {
                problems.add(new Problem(at, "must be a map with question" + (instrument == Instrument.ODI
                        ? " and answers" : "")));
                return;
            }
            item.allowOnly(ITEM_FIELDS);
            items.put(Integer.valueOf(key), new ItemWording(orEmpty(item.optionalText("question")), item.texts("answers")));
        }));
        if (!node.has("items")) {
            problems.add(new Problem(instrument.id() + ": items", "required: the wording of each item"));
        }
        return new Supplied(orEmpty(node.optionalText("instructions")), items, orEmpty(node.optionalText("notice")));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static Result failed(String where, String message) {
        return new Result(QuestionnaireWording.bundled(), List.of(new Problem(where, message)));
    }
}
