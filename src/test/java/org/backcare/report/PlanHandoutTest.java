package org.backcare.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.backcare.files.IntakeFile;
import org.backcare.files.KnowledgeFiles;
import org.backcare.intake.Client;
import org.backcare.intake.Intake;
import org.backcare.knowledge.KnowledgeBase;
import org.backcare.planning.CarePlan;
import org.backcare.planning.CarePlanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PlanHandoutTest {
    private static final KnowledgeBase KNOWLEDGE = KnowledgeFiles.bundled();
    private static final LocalDate START = LocalDate.of(2026, 12, 1);
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Test
    void aClearPlanHasTheScreeningTheCalendarTheAdviceHomeworkAndTheDisclaimer() throws IOException {
        var plan = plan(intake("desk-worker"));
        try (var pdf = Loader.loadPDF(PlanHandout.pdf(plan, intake("desk-worker")))) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).as("A4").isCloseTo(595f, offset(1f));
            var text = text(pdf);
            assertThat(text).startsWith("Back care plan for Asha Rao");
            assertThat(text.indexOf("Safety screening: CLEAR")).as("the screening comes first")
                    .isBetween(0, text.indexOf("Session calendar"));
            assertThat(text).contains("Tue 2026-12-01", "Tue 2026-12-08", "Tue 2027-02-09",
                    "Upper back and shoulders 16 min: Swedish massage, Stretch-assisted massage",
                    "Before each session", "Tell the therapist where it hurts", "After each session",
                    "Drink water to support muscle recovery", "Between sessions", "Workstation",
                    "Monitor at eye level", "Self massage", "When to reassess or see a doctor",
                    "2026-12-22: If there is no clear improvement after 4 regular sessions", plan.disclaimer());
            for (var session : plan.schedule().sessions()) {
                assertThat(text).contains(session.date().toString());
            }
        }
    }

    @Test
    void whatTheSessionsConcentrateOnIsBesideTheTechniques() throws IOException {
        var intake = intake("pregnancy");
        try (var pdf = Loader.loadPDF(PlanHandout.pdf(plan(intake), intake))) {
            assertThat(text(pdf)).contains("What the sessions concentrate on",
                    "Targeted work around the sacroiliac joint.");
        }
    }

    @Test
    void anAthleteWithARaceDateIsToldWhatToDoAroundIt() throws IOException {
        var intake = intake("athlete");
        try (var pdf = Loader.loadPDF(PlanHandout.pdf(plan(intake), intake))) {
            assertThat(pdf.getNumberOfPages()).isBetween(1, 2);
            assertThat(text(pdf)).contains("Around the event", "2027-02-09 to 2027-02-10: No deep tissue",
                    "Planned session 11 falls within these days", "2027-02-11: No massage on the day of the event");
        }
    }

    @Test
    void anUrgentResultFillsTheTopWithWhatToDoAndHasNoCalendarNoTechniquesNoHomework() throws IOException {
        var intake = intake("red-flags");
        var plan = plan(intake);
        try (var pdf = Loader.loadPDF(PlanHandout.pdf(plan, intake))) {
            var text = text(pdf);
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(text).contains("Safety screening: URGENT", "Seek emergency medical care now", "What to do now",
                    "Possible cauda equina syndrome", plan.disclaimer());
            assertThat(text.indexOf("Safety screening: URGENT")).isLessThan(text.indexOf("Where it hurts"));
            assertThat(text).doesNotContain("Session calendar", "Before each session", "Between sessions",
                    "Swedish massage", "techniques");
            assertThat(DATE.matcher(text).results().map(m -> m.group())).as("only the date of the handout")
                    .containsExactly("2026-12-01");
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleFitsOnTwoPagesWithTheDiagramDrawn(Path example) throws IOException {
        var intake = read(example);
        try (var pdf = Loader.loadPDF(PlanHandout.pdf(plan(intake), intake))) {
            assertThat(pdf.getNumberOfPages()).isBetween(1, 2);
            assertThat(formColours(pdf)).as("the back diagram's colours, pain 5 among them")
                    .contains(List.of(0xfc, 0x8a, 0x3d));
        }
    }

    @Test
    void textFromTheIntakeIsShownLiterallyNotAsMarkup() throws IOException {
        var name = "Ann <script>&\"O'Neil</script> & Co";
        var desk = intake("desk-worker");
        var intake = new Intake(new Client(name, 42), desk.complaints(), desk.lifestyle(), desk.conditions(),
                desk.redFlags(), desk.preferences(), desk.goals());
        try (var pdf = Loader.loadPDF(PlanHandout.pdf(plan(intake), intake))) {
            assertThat(text(pdf)).contains("Back care plan for " + name);
        }
    }

    @Test
    void theSamePlanGivesTheSameBytes() throws IOException {
        var intake = intake("chronic-low-back");
        assertThat(PlanHandout.pdf(plan(intake), intake)).isEqualTo(PlanHandout.pdf(plan(intake), intake));
    }

    static Stream<Path> examples() throws IOException {
        try (var files = Files.list(Path.of("examples"))) {
            return files.filter(p -> p.toString().matches(".*\\.(yaml|json)")).sorted().toList().stream();
        }
    }

    private static Intake intake(String example) {
        return read(Path.of("examples", example + ".yaml"));
    }

    private static Intake read(Path file) {
        return IntakeFile.read(file, KNOWLEDGE.vocabulary()).intake();
    }

    private static CarePlan plan(Intake intake) {
        return new CarePlanner(KNOWLEDGE).plan(intake, START);
    }

    private static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ").trim();
    }

    /** The colours set for drawing in the first page's forms (where the SVG is drawn), as 0-255 RGB. */
    private static List<List<Integer>> formColours(PDDocument pdf) throws IOException {
        var colours = new ArrayList<List<Integer>>();
        var resources = pdf.getPage(0).getResources();
        for (var name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                var operands = new ArrayList<Integer>();
                for (var token : new PDFStreamParser(form).parse()) {
                    if (token instanceof COSNumber number) {
                        operands.add(Math.round(number.floatValue() * 255));
                    } else if (token instanceof Operator op) {
                        if (List.of("sc", "scn", "rg").contains(op.getName()) && operands.size() == 3) {
                            colours.add(List.copyOf(operands));
                        }
                        operands.clear();
                    }
                }
            }
        }
        return colours;
    }
}
