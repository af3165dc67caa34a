package org.backcare.web.intakes;

import static org.backcare.web.intakes.FormFields.AGE;
import static org.backcare.web.intakes.FormFields.CONDITIONS;
import static org.backcare.web.intakes.FormFields.GOALS;
import static org.backcare.web.intakes.FormFields.GUARDIAN_BY;
import static org.backcare.web.intakes.FormFields.GUARDIAN_DATE;
import static org.backcare.web.intakes.FormFields.LIFESTYLE;
import static org.backcare.web.intakes.FormFields.NEW_TO_MASSAGE;
import static org.backcare.web.intakes.FormFields.NO_OIL;
import static org.backcare.web.intakes.FormFields.PRESSURE;
import static org.backcare.web.intakes.FormFields.RED_FLAGS;
import static org.backcare.web.intakes.FormFields.TICKED;

import java.util.HashMap;
import java.util.Map;
import org.backcare.files.IntakeFile;
import org.backcare.intake.BackArea;
import org.backcare.intake.HealthNote;
import org.backcare.intake.Intake;
import org.backcare.intake.Region;
import org.backcare.intake.Vocabulary;
import org.backcare.report.BackDiagram;
import org.backcare.web.Form;

/**
 * The intake form read by the intake file's own rules ({@link FormDraft}), each problem moved back to the form field
 * it came from; and an intake written out as the form's fields, for its next version.
 */
final class IntakeForm {
    private final Vocabulary vocabulary;
    private final IntakeChoices choices;

    IntakeForm(Vocabulary vocabulary, IntakeChoices choices) {
        this.vocabulary = vocabulary;
        this.choices = choices;
    }

    /** The intake, or its problems named by form field, each message headed by the field's label. */
    IntakeFile.Result check(Form form, String clientName) {
        var draft = new FormDraft(form, vocabulary, choices);
        var read = IntakeFile.fromTree(draft.intake(clientName.strip()), vocabulary);
        return read.ok() ? read : new IntakeFile.Result(null, read.problems().stream().map(draft::onForm).toList());
    }

    /** Whether the region is part of the intake the form describes. */
    boolean includes(Form form, Region region) {
        return new FormDraft(form, vocabulary, choices).includes(region);
    }

    /** The pain of each area as typed, for the diagram; what is not a pain from 0 to 10 shows as none. */
    static Map<BackArea, Integer> painShown(Form form) {
        var pain = new HashMap<BackArea, Integer>();
        for (var area : BackArea.all()) {
            var typed = FormDraft.painOrNull(form.value(FormFields.pain(area)).strip());
            pain.put(area, typed == null ? 0 : typed);
        }
        return pain;
    }

    /** The form's fields filled in from an intake, for its next version. */
    Map<String, String> values(Intake intake) {
        var values = new HashMap<String, String>();
        values.put(AGE, Integer.toString(intake.client().age()));
        var consent = intake.client().guardianConsent();
        if (consent != null) {
            values.put(GUARDIAN_BY, consent.by());
            values.put(GUARDIAN_DATE, consent.date().toString());
        }
        BackDiagram.painByArea(intake).forEach((area, pain) -> values.put(FormFields.pain(area), Integer.toString(pain)));
        for (var complaint : intake.complaints()) {
            var region = complaint.region().id();
            complaint.symptoms().forEach(s -> values.put(FormFields.ticked(FormFields.symptoms(region), s), TICKED));
            values.merge(FormFields.weeks(region), Integer.toString(complaint.weeks()),
                    (a, b) -> Integer.parseInt(a) >= Integer.parseInt(b) ? a : b);
            complaint.knownCause().ifPresent(cause -> values.putIfAbsent(FormFields.cause(region), cause));
        }
        intake.lifestyle().forEach(id -> values.put(FormFields.ticked(LIFESTYLE, id), TICKED));
        intake.healthNotes().forEach(note -> tick(values, note));
        values.put(PRESSURE, intake.preferences().pressure().id());
        if (intake.preferences().newToMassage()) {
            values.put(NEW_TO_MASSAGE, TICKED);
        }
        if (intake.preferences().noOil()) {
            values.put(NO_OIL, TICKED);
        }
        intake.goals().forEach(id -> values.put(FormFields.ticked(GOALS, id), TICKED));
        intake.event().ifPresent(date -> values.put(FormFields.EVENT_DATE, date.toString()));
        return values;
    }

    /** A health note goes to the list that offers it, whichever list the intake had it in. */
    private void tick(Map<String, String> values, HealthNote note) {
        var group = vocabulary.conditions().contains(note.id()) ? CONDITIONS : RED_FLAGS;
        values.put(FormFields.ticked(group, note.id()), TICKED);
        note.regions().forEach(region -> values.put(FormFields.where(note.id(), region.id()), TICKED));
    }
}
