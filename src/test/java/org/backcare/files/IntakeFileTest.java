package org.backcare.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import org.backcare.intake.Client;
import org.backcare.intake.Complaint;
import org.backcare.intake.Examples;
import org.backcare.intake.HealthNote;
import org.backcare.intake.Intake;
import org.backcare.intake.Preferences;
import org.backcare.intake.Problem;
import org.backcare.intake.Region;
import org.backcare.intake.Side;
import org.backcare.intake.GuardianConsent;
import org.backcare.intake.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IntakeFileTest {
    private static final Vocabulary VOCABULARY = Examples.vocabulary();

    private static final String FULL = """
            client: { name: Asha Rao, age: 42 }
            complaints:
              - region: lower-back
                side: left
                symptoms: [stiffness, side-tightness]
                pain: 6
                weeks: 14
                cause: lifting
              - { region: upper-back, symptoms: [knots], pain: 3, weeks: 2 }
            lifestyle: [desk-work, stress]
            conditions: [osteoporosis, {id: acute-inflammation, regions: [lower-back]}]
            red-flags: [night-pain]
            preferences: { pressure: light, new-to-massage: true, no-oil: true }
            goals: [pain-relief, posture]
            """;

    private static final Intake FULL_INTAKE = Examples.ashaRao();

    /** The smallest valid intake, with {@code %s} where a test adds or changes lines. */
    private static final String MINIMAL = """
            client: { age: 42 }
            complaints: [{ region: lower-back, pain: 6, weeks: 14 }]
            %s
            """;

    @TempDir
    Path dir;

    // ---- what a valid intake reads as

    @Test
    void aFullIntakeReadsIntoTheIntakeItDescribes() {
        var result = parse(FULL);

        assertThat(result.problems()).isEmpty();
        assertThat(result.ok()).isTrue();
        assertThat(result.intake()).isEqualTo(FULL_INTAKE);
    }

    @Test
    void whatIsLeftOutTakesItsDefault() {
        var intake = parse(MINIMAL.formatted("")).intake();

        assertThat(intake).isEqualTo(new Intake(
                new Client("Client", 42),
                List.of(new Complaint(Region.LOWER_BACK, Side.BOTH, List.of(), 6, 14, null)),
                List.of(), List.of(), List.of(), Preferences.defaults(), List.of()));
    }

    @Test
    void aFieldWrittenWithoutAValueTakesItsDefault() {
        assertThat(parse(MINIMAL.formatted("goals:\npreferences: { pressure: null }")).intake())
                .isEqualTo(parse(MINIMAL.formatted("")).intake());
    }

    @Test
    void jsonTextReadsLikeTheSameYaml() {
        var json = """
                {"client": {"name": "Asha Rao", "age": 42},
                 "complaints": [{"region": "lower-back", "pain": 6, "weeks": 14}]}
                """;

        assertThat(parse(json).intake()).isEqualTo(parse("client: {name: Asha Rao, age: 42}\n"
                + "complaints: [{region: lower-back, pain: 6, weeks: 14}]").intake());
    }

    @Test
    void aJsonFileIsReadAsJsonAndAYamlFileAsYaml() throws IOException {
        var json = Files.writeString(dir.resolve("asha.json"), "{\"client\": {\"age\": 42},"
                + " \"complaints\": [{\"region\": \"lower-back\", \"pain\": 6, \"weeks\": 14}]}");
        var yaml = Files.writeString(dir.resolve("asha.yaml"), FULL);

        assertThat(IntakeFile.read(json, VOCABULARY).intake()).isEqualTo(parse(MINIMAL.formatted("")).intake());
        assertThat(IntakeFile.read(yaml, VOCABULARY).intake()).isEqualTo(FULL_INTAKE);
    }

    @Test
    void aRedFlagIsNeverRefusedForTheListItIsWrittenIn() {
        var intake = parse(MINIMAL.formatted("conditions: [numbness]\nred-flags: [osteoporosis]")).intake();

        assertThat(intake.conditions()).containsExactly(HealthNote.of("numbness"));
        assertThat(intake.redFlags()).containsExactly(HealthNote.of("osteoporosis"));
    }

    @Test
    void repeatedIdsAreKeptOnceInTheOrderFirstWritten() {
        var intake = parse(MINIMAL.formatted("goals: [posture, sleep, posture]\nconditions: [fever, dvt, fever]")).intake();

        assertThat(intake.goals()).containsExactly("posture", "sleep");
        assertThat(intake.conditions()).extracting(HealthNote::id).containsExactly("fever", "dvt");
    }

    @Test
    void toYamlWritesTheShapeOfAnIntakeFileWithEveryFieldInItsOrder() {
        assertThat(IntakeFile.toYaml(FULL_INTAKE)).isEqualTo("""
                client:
                  name: Asha Rao
                  age: 42
                complaints:
                  - region: lower-back
                    side: left
                    symptoms:
                      - stiffness
                      - side-tightness
                    pain: 6
                    weeks: 14
                    cause: lifting
                  - region: upper-back
                    side: both
                    symptoms:
                      - knots
                    pain: 3
                    weeks: 2
                lifestyle:
                  - desk-work
                  - stress
                conditions:
                  - osteoporosis
                  - id: acute-inflammation
                    regions:
                      - lower-back
                red-flags:
                  - night-pain
                preferences:
                  pressure: light
                  new-to-massage: true
                  no-oil: true
                goals:
                  - pain-relief
                  - posture
                """);
    }

    @Test
    void toYamlWritesAnIntakeThatReadsBackEqual() {
        assertThat(parse(IntakeFile.toYaml(FULL_INTAKE)).intake()).isEqualTo(FULL_INTAKE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", "yes", "null", "O'Neil: \"Jo\"", "- Rao #1", "Łucja Żak"})
    void toYamlQuotesANameThatYamlWouldReadAsSomethingElse(String name) {
        var intake = new Intake(new Client(name, 42), FULL_INTAKE.complaints(),
                List.of(), List.of(), List.of(), Preferences.defaults(), List.of());

        assertThat(parse(IntakeFile.toYaml(intake)).intake()).isEqualTo(intake);
    }

    // ---- each value is checked, with a message that says what is allowed

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            client: {age: 121}                | client.age                 | must be a whole number from 0 to 120 (got 121)
            client: {age: true}               | client.age                 | must be a whole number from 0 to 120 (got true)
            client: {age: forty}              | client.age                 | must be a whole number from 0 to 120 (got 'forty')
            client: {age: 42, name: 7}        | client.name                | must be one line of text (got 7)
            client: {age: 42, name: ' '}      | client.name                | must be one line of text (got ' ')
            client: [Asha, 42]                | client                     | must be a map with name, age, guardian-consent (got a list)
            complaints: [{pain: 11}]          | complaints[0].pain         | must be a whole number from 0 to 10 (got 11)
            complaints: [{pain: 6.5}]         | complaints[0].pain         | must be a whole number from 0 to 10 (got 6.5)
            complaints: [{pain: '6'}]         | complaints[0].pain         | must be a whole number from 0 to 10 (got '6')
            complaints: [{weeks: -1}]         | complaints[0].weeks        | must be a whole number from 0 to 5200 (got -1)
            complaints: [{weeks: 99999999999999999999}] | complaints[0].weeks | must be a whole number from 0 to 5200 (got 99999999999999999999)
            complaints: [{region: neck}]      | complaints[0].region       | unknown region 'neck' — allowed: upper-back, mid-back, lower-back
            complaints: [{side: lfet}]        | complaints[0].side         | unknown side 'lfet' — did you mean 'left'? Allowed: left, right, both
            complaints: [{cause: [lifting]}]  | complaints[0].cause        | must be a cause, one of lifting, sitting, sport, stress, accident, sudden-movement, unknown (got a list)
            complaints: [{symptoms: 5}]       | complaints[0].symptoms     | must be a list of symptom ids (got 5)
            complaints: [{symptoms: {a: 1}}]  | complaints[0].symptoms     | must be a list of symptom ids (got a map)
            complaints: [{symptoms: [knots, ~]}] | complaints[0].symptoms[1] | required: one of stiffness, knots, rounded-shoulders, neck-stiffness, tension-headache, shallow-breathing, pain-between-shoulder-blades, kyphosis, muscle-strain, side-tightness, sciatic-pain, si-joint-pain, soreness-after-exercise, limited-motion, feels-stuck, specific-tender-spot
            complaints: lower-back            | complaints                 | must be a list of complaints (got 'lower-back')
            complaints: [lower-back]          | complaints[0]              | must be a map with region, side, symptoms, pain, weeks, cause (got 'lower-back')
            preferences: {pressure: 3}        | preferences.pressure       | must be a pressure, one of light, moderate, firm (got 3)
            preferences: {no-oil: maybe}      | preferences.no-oil         | must be true or false (got 'maybe')
            goals: {posture: true}            | goals                      | must be a list of goal ids (got a map)
            event-date: 2027-02-30            | event-date                 | must be a date from 1900-01-01 to 2999-12-31, written YYYY-MM-DD (got '2027-02-30')
            event-date: 20270211              | event-date                 | must be a date from 1900-01-01 to 2999-12-31, written YYYY-MM-DD (got 20270211)
            lifestyle: [gardening]            | lifestyle[0]               | unknown lifestyle 'gardening' — allowed: desk-work, physically-active, physical-job, stress, training-for-event
            red-flags: [{id: fever, regions: [lowr-back]}] | red-flags[0].regions[0] | unknown region 'lowr-back' — did you mean 'lower-back'? Allowed: upper-back, mid-back, lower-back
            conditions: [{regions: [lower-back]}] | conditions[0].id       | required: one of osteoporosis, herniated-disc, anticoagulants, bleeding-disorder, pregnancy, skin-sensitivity, oil-allergy, acute-inflammation, spinal-stenosis, saddle-numbness, bladder-or-bowel-change, leg-weakness-progressive, numbness, tingling, weakness, accident, injury, limits-daily-activities, fever, unexplained-weight-loss, cancer-history, night-pain, dvt, recent-surgery, fracture
            """)
    void aValueThatBreaksARuleIsAProblemAtItsField(String line, String field, String message) {
        assertThat(parse(withLine(line)).problems()).contains(new Problem(field, message));
    }

    @Test
    void anUnknownIdSuggestsTheClosestAllowedOne() {
        assertThat(parse(withLine("complaints: [{region: lower-back, pain: 6, weeks: 14, symptoms: [stifness]}]"))
                .problems()).containsExactly(new Problem("complaints[0].symptoms[0]",
                "unknown symptom 'stifness' — did you mean 'stiffness'? Allowed: " + String.join(", ", VOCABULARY.symptoms())));
    }

    @Test
    void anUnknownHealthNoteIsAProblemInEitherList() {
        var problems = parse(MINIMAL.formatted("conditions: [osteoporsis]\nred-flags: [fevr]")).problems();

        assertThat(problems).extracting(Problem::field).containsExactly("conditions[0]", "red-flags[0]");
        assertThat(problems.get(0).message()).startsWith("unknown condition or red flag 'osteoporsis' — did you mean 'osteoporosis'?");
        assertThat(problems.get(1).message()).startsWith("unknown condition or red flag 'fevr' — did you mean 'fever'?");
    }

    @Test
    void requiredValuesLeftOutAreProblems() {
        assertThat(parse("client: {name: Asha}\ncomplaints: [{side: left}]").problems()).containsExactly(
                new Problem("client.age", "required: a whole number from 0 to 120"),
                new Problem("complaints[0].region", "required: one of upper-back, mid-back, lower-back"),
                new Problem("complaints[0].pain", "required: a whole number from 0 to 10"),
                new Problem("complaints[0].weeks", "required: a whole number from 0 to 5200"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"complaints: []", "complaints:"})
    void anIntakeNeedsAtLeastOneComplaint(String complaints) {
        assertThat(parse("client: {age: 42}\n" + complaints).problems()).containsExactly(new Problem("complaints",
                "required: at least one complaint (pain 0 is fine, for example for maintenance)"));
    }

    @Test
    void aClientUnder18NeedsAGuardiansConsentNamedAtItsField() {
        var without = "client: { age: 16 }\ncomplaints: [{ region: lower-back, pain: 6, weeks: 14 }]";
        assertThat(parse(without).problems()).containsExactly(new Problem("client.guardian-consent",
                "required for a client under 18: the consent of a parent or guardian, { by: NAME, date: YYYY-MM-DD }"));
        assertThat(IntakeFile.parseOnFile(without, VOCABULARY).ok()).isTrue();
        assertThat(parse(without.replace("age: 16", "age: 18")).ok()).isTrue();
    }

    @Test
    void aSymptomIsReportedOnlyForTheRegionsItBelongsTo() {
        var bundled = KnowledgeFiles.bundled().vocabulary();
        var sciaticMidBack = "client: { age: 42 }\ncomplaints: [{ region: mid-back, symptoms: [stiffness, sciatic-pain],"
                + " pain: 6, weeks: 14 }]";
        var problems = IntakeFile.parse(sciaticMidBack, bundled).problems();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("complaints[0].symptoms");
            assertThat(p.message()).startsWith("'sciatic-pain' is not a symptom of the mid-back; for the mid-back: ")
                    .doesNotContain("side-tightness").contains("kyphosis");
        });
        assertThat(IntakeFile.parse(sciaticMidBack.replace("mid-back", "lower-back"), bundled).ok()).isTrue();
        assertThat(IntakeFile.parseOnFile(sciaticMidBack, bundled).ok()).isTrue();
    }

    @Test
    void aGuardiansConsentReadsBackAndItsPartsAreChecked() {
        var with = "client: { age: 16, guardian-consent: { by: Rita Rao, date: 2026-11-02 } }\n"
                + "complaints: [{ region: lower-back, pain: 6, weeks: 14 }]";
        var intake = parse(with).intake();
        assertThat(intake.client().guardianConsent()).isEqualTo(new GuardianConsent("Rita Rao", LocalDate.of(2026, 11, 2)));
        assertThat(IntakeFile.parse(IntakeFile.toYaml(intake), VOCABULARY).intake()).isEqualTo(intake);
        assertThat(parse(with.replace("by: Rita Rao, date: 2026-11-02", "date: 02/11/2026")).problems())
                .extracting(Problem::field).containsExactly("client.guardian-consent.by", "client.guardian-consent.date");
    }

    @Test
    void unknownFieldsAreProblemsAtEveryLevel() {
        var text = """
                clinet: {}
                client: {age: 42, nmae: Asha}
                complaints: [{region: lower-back, pain: 6, weeks: 14, pian: 6}]
                conditions: [{id: fever, region: [lower-back]}]
                preferences: {colour: blue}
                """;

        assertThat(parse(text).problems()).containsExactly(
                new Problem("clinet", "unknown field 'clinet' — did you mean 'client'? Allowed: client, complaints,"
                        + " lifestyle, conditions, red-flags, preferences, goals, event-date"),
                new Problem("client.nmae", "unknown field 'nmae' — did you mean 'name'? Allowed: name, age, guardian-consent"),
                new Problem("complaints[0].pian",
                        "unknown field 'pian' — did you mean 'pain'? Allowed: region, side, symptoms, pain, weeks, cause"),
                new Problem("conditions[0].region", "unknown field 'region' — did you mean 'regions'? Allowed: id, regions"),
                new Problem("preferences.colour", "unknown field 'colour' — allowed: pressure, new-to-massage, no-oil"));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        var text = """
                client: {age: 130}
                complaints:
                  - {region: lower-back, pain: 11, weeks: 14}
                  - {region: mid-back, symptoms: [knots, stifness, 4], pain: 2, weeks: x}
                goals: [sleeep]
                """;

        var result = parse(text);

        assertThat(result.ok()).isFalse();
        assertThat(result.intake()).isNull();
        assertThat(result.problems()).extracting(Problem::field).containsExactly("client.age", "complaints[0].pain",
                "complaints[1].symptoms[1]", "complaints[1].symptoms[2]", "complaints[1].weeks", "goals[0]");
    }

    // ---- whole-file problems

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n", "# only a comment\n", "null", "~", "---\n"})
    void anEmptyIntakeIsAProblem(String text) {
        assertThat(parse(text).problems())
                .containsExactly(new Problem("", "the intake is empty: it needs at least a client and a complaint"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"- client\n- complaints", "just some words", "42"})
    void anIntakeMustBeAMap(String text) {
        assertThat(parse(text).problems()).singleElement()
                .satisfies(p -> assertThat(p.field()).isEmpty())
                .satisfies(p -> assertThat(p.message()).startsWith("must be a map with client, complaints,"));
    }

    @Test
    void aYamlSyntaxErrorSaysWhereItIsInWordsOnly() {
        var problem = parse("client: {age: 42}\ncomplaints: [{region: lower-back, pain: 6\nweeks: 14").problems();

        assertThat(problem).singleElement().extracting(Problem::message).asString()
                .startsWith("YAML syntax error at line 3, column 6: ")
                .doesNotContain("Exception", "org.", "com.", "\n");
    }

    @Test
    void aJsonSyntaxErrorSaysWhereItIs() throws IOException {
        var file = Files.writeString(dir.resolve("asha.json"), "{\"client\": {\"age\": }}");

        assertThat(IntakeFile.read(file, VOCABULARY).problems()).singleElement().extracting(Problem::message).asString()
                .startsWith("JSON syntax error at line 1, column 20: Unexpected character ('}'");
    }

    @Test
    void aKeyWrittenTwiceIsAProblem() throws IOException {
        var json = Files.writeString(dir.resolve("asha.json"), "{\"client\": {\"age\": 42, \"age\": 43}}");

        assertThat(parse("client: {age: 42}\nclient: {age: 43}").problems()).singleElement().extracting(Problem::message)
                .isEqualTo("duplicate key 'client' at line 2, column 7: each key may appear only once");
        assertThat(IntakeFile.read(json, VOCABULARY).problems()).singleElement().extracting(Problem::message).asString()
                .startsWith("duplicate key 'age' at line 1");
    }

    @Test
    void aListOrMapAsAKeyIsAProblemInPlainWords() {
        assertThat(parse("? [client]\n: {age: 42}").problems()).singleElement().extracting(Problem::message).asString()
                .startsWith("YAML syntax error at line 1, column ")
                .endsWith(": a key must be a plain name, not a list or a map");
    }

    @Test
    void moreThanOneDocumentIsAProblem() {
        assertThat(parse(MINIMAL.formatted("---\nclient: {age: 43}")).problems()).containsExactly(
                new Problem("", "more than one document (the second starts at line 4): write one intake per file"));
    }

    // ---- files that cannot be read

    @Test
    void aMissingFileIsAProblem() {
        var missing = dir.resolve("nobody.yaml");

        assertThat(IntakeFile.read(missing, VOCABULARY).problems()).containsExactly(new Problem("", "no such file: " + missing));
    }

    @Test
    void aDirectoryIsAProblem() {
        assertThat(IntakeFile.read(dir, VOCABULARY).problems())
                .containsExactly(new Problem("", dir + " is a directory, not an intake file"));
    }

    @Test
    void aDeviceIsAProblemNotAnEndlessRead() {
        var device = Path.of("/dev/zero");
        assumeThat(device).exists();

        assertThat(IntakeFile.read(device, VOCABULARY).problems())
                .containsExactly(new Problem("", "/dev/zero is not a regular file"));
    }

    @Test
    void aFileThatMayNotBeReadIsAProblem() throws IOException {
        var file = Files.writeString(dir.resolve("locked.yaml"), FULL);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeThat(Files.isReadable(file)).as("root may read any file").isFalse();

        assertThat(IntakeFile.read(file, VOCABULARY).problems())
                .containsExactly(new Problem("", "cannot read " + file + ": permission denied"));
    }

    @Test
    void aFileThatIsNotUtf8TextIsAProblem() throws IOException {
        var file = Files.write(dir.resolve("latin1.yaml"), new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xE9});

        assertThat(IntakeFile.read(file, VOCABULARY).problems()).containsExactly(new Problem("", file + " is not UTF-8 text"));
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
        var file = dir.resolve("huge.yaml");
        try (var huge = new RandomAccessFile(file.toFile(), "rw")) {
            huge.setLength(50L * 1024 * 1024);
        }

        assertThat(IntakeFile.read(file, VOCABULARY).problems()).containsExactly(new Problem("",
                file + " is 52428800 bytes; an intake file may be at most 1048576 bytes"));
    }

    private static IntakeFile.Result parse(String text) {
        return IntakeFile.parse(text, VOCABULARY);
    }

    /** The minimal intake with one of its top-level fields replaced by, or added as, the given line. */
    private static String withLine(String line) {
        var field = line.substring(0, line.indexOf(':'));
        var kept = MINIMAL.formatted("").lines().filter(l -> !l.startsWith(field + ":")).toList();
        return String.join("\n", kept) + "\n" + line;
    }
}
