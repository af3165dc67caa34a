package org.backcare.web.intakes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.backcare.files.IntakeFile;
import org.backcare.files.KnowledgeFiles;
import org.backcare.intake.Complaint;
import org.backcare.intake.HealthNote;
import org.backcare.intake.Intake;
import org.backcare.intake.Problem;
import org.backcare.intake.Region;
import org.backcare.intake.Side;
import org.backcare.web.Form;
import org.junit.jupiter.api.Test;

/** The intake form read by the intake file's rules, each problem taken back to its field; and an intake written out as the form. */
class IntakeFormTest {
    private static final IntakeForm FORM = new IntakeForm(KnowledgeFiles.bundled().vocabulary(),
            IntakeChoices.from(KnowledgeFiles.bundled()));

    @Test
    void everyExampleIntakeFilledInAsTheFormReadsBackTheSame() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            for (var file : files.sorted().toList()) {
                var intake = IntakeFile.read(file, KnowledgeFiles.bundled().vocabulary()).intake();

                var read = FORM.check(form(FORM.values(intake)), intake.client().name());

                assertThat(read.problems()).as(file.toString()).isEmpty();
                assertThat(inOrder(read.intake())).as(file.toString()).isEqualTo(inOrder(intake));
            }
        }
    }

    @Test
    void anEventDateThatIsNotADateIsNamedByItsField() {
        var read = FORM.check(form(Map.of("age", "30", "pain.mid-back.right", "4", "weeks.mid-back", "3",
                "event-date", "next May")), "");

        assertThat(read.problems()).containsExactly(new Problem("event-date",
                "Event date: must be a date from 1900-01-01 to 2999-12-31, written YYYY-MM-DD (got 'next May')"));
    }

    @Test
    void painOnOneSideIsAComplaintOnThatSide() {
        var read = FORM.check(form(Map.of("age", "30", "pain.mid-back.right", "4", "weeks.mid-back", "3")), "");

        assertThat(read.intake().complaints())
                .containsExactly(new Complaint(Region.MID_BACK, Side.RIGHT, List.of(), 4, 3, null));
    }

    @Test
    void aRegionWithDetailsButNoPainIsAComplaintWithPainZeroOnBothSides() {
        var read = FORM.check(form(Map.of("age", "30", "pain.mid-back.left", "0", "symptoms.mid-back.stiffness", "yes",
                "weeks.mid-back", "52")), "");

        assertThat(read.intake().complaints())
                .containsExactly(new Complaint(Region.MID_BACK, Side.BOTH, List.of("stiffness"), 0, 52, null));
    }

    @Test
    void ofTwoSidesTheOneThatIsNoPainIsReportedEvenWhenTheOtherIsHigher() {
        var read = FORM.check(form(Map.of("age", "30", "pain.upper-back.left", "-1", "pain.upper-back.right", "7",
                "weeks.upper-back", "2")), "");

        assertThat(read.problems()).containsExactly(new Problem("pain.upper-back.left",
                "Upper back and shoulders, left: must be a whole number from 0 to 10 (got -1)"));
    }

    @Test
    void eachProblemIsNamedByTheFieldItCameFrom() {
        var read = FORM.check(form(Map.of("age", "old", "pain.lower-back.left", "lots", "weeks.lower-back", "",
                "pressure", "crushing")), "");

        assertThat(read.problems()).extracting(Problem::field)
                .containsExactly("age", "pain.lower-back.left", "weeks.lower-back", "pressure");
        assertThat(read.problems().get(0).message()).isEqualTo("Age: must be a whole number from 0 to 120 (got 'old')");
    }

    @Test
    void eachRegionOffersOnlyTheSymptomsThatBelongToIt() {
        var choices = IntakeChoices.from(KnowledgeFiles.bundled());
        assertThat(choices.symptomsOf("lower-back")).extracting(IntakeChoices.Choice::id)
                .contains("sciatic-pain", "si-joint-pain", "stiffness").doesNotContain("tension-headache", "kyphosis");
        assertThat(choices.symptomsOf("mid-back")).extracting(IntakeChoices.Choice::id)
                .contains("kyphosis", "stiffness").doesNotContain("sciatic-pain", "side-tightness");
    }

    @Test
    void aClientUnder18WithoutAGuardiansConsentIsShownTheFieldToFillIn() {
        var without = FORM.check(form(Map.of("age", "15", "pain.lower-back.left", "4", "weeks.lower-back", "3")), "");
        assertThat(without.problems()).containsExactly(new Problem("guardian-by", "Parent's or guardian's consent: "
                + "required for a client under 18: the consent of a parent or guardian, { by: NAME, date: YYYY-MM-DD }"));

        var badDate = FORM.check(form(Map.of("age", "15", "pain.lower-back.left", "4", "weeks.lower-back", "3",
                "guardian-by", "Rita Rao", "guardian-date", "yesterday")), "");
        assertThat(badDate.problems()).extracting(Problem::field).containsExactly("guardian-date");

        var with = FORM.check(form(Map.of("age", "15", "pain.lower-back.left", "4", "weeks.lower-back", "3",
                "guardian-by", "Rita Rao", "guardian-date", "2026-11-02")), "");
        assertThat(with.problems()).isEmpty();
        assertThat(FORM.values(with.intake())).containsEntry("guardian-by", "Rita Rao")
                .containsEntry("guardian-date", "2026-11-02");
    }

    @Test
    void nothingMarkedIsTheMissingComplaintOfTheDiagram() {
        var read = FORM.check(form(Map.of("age", "30", "pain.lower-back.left", "0")), "");

        assertThat(read.problems()).extracting(Problem::field).containsExactly("areas");
    }

    private static Form form(Map<String, String> values) {
        return new Form(new HashMap<>(values), List.of());
    }

    /** The intake with its lists in one order: the form writes regions top to bottom and words in the vocabulary's order. */
    private static Intake inOrder(Intake intake) {
        return new Intake(intake.client(),
                intake.complaints().stream().sorted(Comparator.comparing(Complaint::region))
                        .map(c -> new Complaint(c.region(), c.side(), sorted(c.symptoms()), c.pain(), c.weeks(), c.cause()))
                        .toList(),
                sorted(intake.lifestyle()), notes(intake.conditions()), notes(intake.redFlags()), intake.preferences(),
                sorted(intake.goals()), intake.eventDate());
    }

    private static List<HealthNote> notes(List<HealthNote> notes) {
        return notes.stream().sorted(Comparator.comparing(HealthNote::id)).toList();
    }

    private static List<String> sorted(List<String> ids) {
        return ids.stream().sorted().toList();
    }
}
