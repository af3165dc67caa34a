package org.backcare.web.intakes;

import static org.backcare.web.intakes.FormFields.AGE;
import static org.backcare.web.intakes.FormFields.AREAS;
import static org.backcare.web.intakes.FormFields.CONDITIONS;
import static org.backcare.web.intakes.FormFields.GOALS;
import static org.backcare.web.intakes.FormFields.GUARDIAN_BY;
import static org.backcare.web.intakes.FormFields.GUARDIAN_DATE;
import static org.backcare.web.intakes.FormFields.LIFESTYLE;
import static org.backcare.web.intakes.FormFields.NAME;
import static org.backcare.web.intakes.FormFields.NEW_TO_MASSAGE;
import static org.backcare.web.intakes.FormFields.NO_OIL;
import static org.backcare.web.intakes.FormFields.PRESSURE;
import static org.backcare.web.intakes.FormFields.RED_FLAGS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.backcare.intake.Complaint;
import org.backcare.intake.Problem;
import org.backcare.intake.Region;
import org.backcare.intake.Side;
import org.backcare.intake.Vocabulary;
import org.backcare.report.BackDiagram;
import org.backcare.web.Form;

/**
 * One submitted intake form on its way to the tree an intake file makes, remembering which form field, and which
 * label, each path of the tree came from, so that a problem the file's rules find is shown beside its control.
 * Left and right pain in one region make one complaint on both sides (the higher pain), one side marked a complaint
 * on that side. A region is in the intake when an area of it has pain, or when its symptoms, weeks or cause are given.
 */
final class FormDraft {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,40}");

    private final Form form;
    private final Vocabulary vocabulary;
    private final IntakeChoices choices;
    private final Map<String, Source> sources = new HashMap<>();

    FormDraft(Form form, Vocabulary vocabulary, IntakeChoices choices) {
        this.form = form;
        this.vocabulary = vocabulary;
        this.choices = choices;
    }

    ObjectNode intake(String clientName) {
        var tree = NODES.objectNode();
        var client = tree.putObject("client");
        if (!clientName.isEmpty()) {
            client.put("name", clientName);
        }
        put(client, "age", number(form.value(AGE)));
        from("client.age", AGE, "Age");
        from("client.name", NAME, "Name");
        guardianConsent(client);
        var complaints = tree.putArray("complaints");
        from("complaints", AREAS, "Where it hurts");
        for (var region : Region.values()) {
            if (includes(region)) {
                complaints.add(complaint(region, "complaints[" + complaints.size() + "]"));
            }
        }
        tree.set("lifestyle", listed(LIFESTYLE, "Lifestyle", "lifestyle", vocabulary.lifestyle()));
        tree.set("conditions", healthNotes(CONDITIONS, "Conditions", vocabulary.conditions()));
        tree.set("red-flags", healthNotes(RED_FLAGS, "Red flags", vocabulary.redFlags()));
        tree.set("preferences", preferences());
        tree.set("goals", listed(GOALS, "Goals", "goals", vocabulary.goals()));
        put(tree, "event-date", text(form.value(FormFields.EVENT_DATE)));
        from("event-date", FormFields.EVENT_DATE, "Event date");
        return tree;
    }

    /** Only written when typed: left out, the intake's own rule says when it is required. */
    private void guardianConsent(ObjectNode client) {
        var by = form.value(GUARDIAN_BY).strip();
        var date = form.value(GUARDIAN_DATE).strip();
        if (!by.isEmpty() || !date.isEmpty()) {
            var consent = client.putObject("guardian-consent");
            put(consent, "by", by.isEmpty() ? null : NODES.textNode(by));
            put(consent, "date", date.isEmpty() ? null : NODES.textNode(date));
        }
        from("client.guardian-consent", GUARDIAN_BY, "Parent's or guardian's consent");
        from("client.guardian-consent.date", GUARDIAN_DATE, "Date of the consent");
    }

    boolean includes(Region region) {
        var id = region.id();
        return marks(region, Side.LEFT) || marks(region, Side.RIGHT) || !ticked(FormFields.symptoms(id),
                vocabulary.symptoms()).isEmpty() || !form.value(FormFields.weeks(id)).isBlank()
                || !form.value(FormFields.cause(id)).isBlank();
    }

    Problem onForm(Problem problem) {
        return sources.entrySet().stream()
                .filter(source -> covers(source.getKey(), problem.field()))
                .max(Comparator.comparingInt(source -> source.getKey().length()))
                .map(source -> new Problem(source.getValue().field(), source.getValue().label() + ": " + problem.message()))
                .orElse(problem);
    }

    private ObjectNode complaint(Region region, String at) {
        var id = region.id();
        var name = BackDiagram.name(region);
        boolean left = marks(region, Side.LEFT);
        boolean right = marks(region, Side.RIGHT);
        var painFrom = left && right ? higherOrWrong(region) : right ? Side.RIGHT : Side.LEFT;
        var complaint = NODES.objectNode();
        complaint.put("region", id);
        complaint.put("side", (left && right || !left && !right ? Side.BOTH : painFrom).id());
        complaint.set("symptoms", listed(FormFields.symptoms(id), name + ": symptoms", at + ".symptoms",
                vocabulary.symptoms()));
        complaint.set("pain", left || right ? number(painText(region, painFrom)) : NODES.numberNode(0));
        from(at + ".pain", FormFields.pain(id, painFrom.id()), name + ", " + painFrom.id());
        put(complaint, "weeks", number(form.value(FormFields.weeks(id))));
        from(at + ".weeks", FormFields.weeks(id), name + ": weeks");
        put(complaint, "cause", text(form.value(FormFields.cause(id))));
        from(at + ".cause", FormFields.cause(id), name + ": cause");
        return complaint;
    }

    /** Of two pains, the one that is not a pain from 0 to 10, so that its problem is found; else the higher. */
    private Side higherOrWrong(Region region) {
        var left = painOrNull(painText(region, Side.LEFT));
        var right = painOrNull(painText(region, Side.RIGHT));
        if (left == null) {
            return Side.LEFT;
        }
        return right == null || right > left ? Side.RIGHT : Side.LEFT;
    }

    /** Pain is marked when something other than nothing or 0 is typed (an unreadable value too: it is reported). */
    private boolean marks(Region region, Side side) {
        var text = painText(region, side);
        return !text.isEmpty() && !(WHOLE_NUMBER.matcher(text).matches() && new BigInteger(text).signum() == 0);
    }

    private String painText(Region region, Side side) {
        return form.value(FormFields.pain(region.id(), side.id())).strip();
    }

    private ObjectNode preferences() {
        var preferences = NODES.objectNode();
        put(preferences, "pressure", text(form.value(PRESSURE)));
        preferences.put("new-to-massage", !form.value(NEW_TO_MASSAGE).isEmpty());
        preferences.put("no-oil", !form.value(NO_OIL).isEmpty());
        from("preferences", PRESSURE, "Pressure");
        from("preferences.new-to-massage", NEW_TO_MASSAGE, "New to massage");
        from("preferences.no-oil", NO_OIL, "No oil");
        return preferences;
    }

    private ArrayNode listed(String group, String label, String at, List<String> allowed) {
        from(at, group, label);
        var list = NODES.arrayNode();
        ticked(group, allowed).forEach(list::add);
        return list;
    }

    /** Ticked notes; one the form asks the place of is written with the regions ticked, if any. */
    private ArrayNode healthNotes(String group, String label, List<String> allowed) {
        from(group, group, label);
        var notes = NODES.arrayNode();
        for (var id : ticked(group, allowed)) {
            var regions = Arrays.stream(Region.values()).map(Region::id)
                    .filter(region -> choices.isPlaced(id) && !form.value(FormFields.where(id, region)).isEmpty())
                    .toList();
            if (regions.isEmpty()) {
                notes.add(id);
            } else {
                var note = notes.addObject().put("id", id);
                regions.forEach(note.putArray("regions")::add);
            }
        }
        return notes;
    }

    private List<String> ticked(String group, List<String> allowed) {
        return allowed.stream().filter(id -> !form.value(FormFields.ticked(group, id)).isEmpty()).toList();
    }

    private void from(String path, String field, String label) {
        sources.put(path, new Source(field, label));
    }

    /** The typed pain when it is a whole number from 0 to 10. */
    static Integer painOrNull(String text) {
        if (!WHOLE_NUMBER.matcher(text).matches()) {
            return null;
        }
        var pain = new BigInteger(text);
        return pain.signum() >= 0 && pain.compareTo(BigInteger.valueOf(Complaint.MAX_PAIN)) <= 0 ? pain.intValue() : null;
    }

    private static boolean covers(String path, String problemPath) {
        return problemPath.equals(path) || problemPath.startsWith(path + ".") || problemPath.startsWith(path + "[");
    }

    private static JsonNode number(String typed) {
        var text = typed.strip();
        if (text.isEmpty()) {
            return null;
        }
        return WHOLE_NUMBER.matcher(text).matches() ? NODES.numberNode(new BigInteger(text)) : NODES.textNode(text);
    }

    private static JsonNode text(String typed) {
        return typed.isBlank() ? null : NODES.textNode(typed.strip());
    }

    private static void put(ObjectNode node, String field, JsonNode value) {
        if (value != null) {
            node.set(field, value);
        }
    }

    /** A form field and the label that heads its messages. */
    private record Source(String field, String label) {}
}
