package org.backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.backcare.intake.Client;
import org.backcare.intake.Complaint;
import org.backcare.intake.Examples;
import org.backcare.intake.GuardianConsent;
import org.backcare.intake.Intake;
import org.backcare.intake.Preferences;
import org.backcare.intake.Region;
import org.backcare.intake.Side;
import org.junit.jupiter.api.Test;

class IntakeInterviewTest {
    private final StringWriter screen = new StringWriter();

    @Test
    void aFullSessionGivesTheIntakeAsAnswered() throws IOException {
        var intake = interview("""
                Asha Rao
                42
                lower-back
                left
                stiffness, side-tightness
                6
                14
                lifting
                yes
                upper-back

                knots
                3
                2

                no
                desk-work, stress
                osteoporosis, acute-inflammation

                lower-back
                night-pain

                light
                yes
                yes
                pain-relief, posture
                """);

        assertThat(intake).isEqualTo(Examples.ashaRao());
    }

    @Test
    void enterAcceptsEveryDefaultOffered() throws IOException {
        var intake = interview("\n42\nlower-back\n\n\n6\n14\n\n\n\n\n\n\n\n\n\n");

        assertThat(intake).isEqualTo(new Intake(new Client("Client", 42),
                List.of(new Complaint(Region.LOWER_BACK, Side.BOTH, List.of(), 6, 14, null)),
                List.of(), List.of(), List.of(), Preferences.defaults(), List.of()));
        assertThat(screen.toString()).contains("Client's name [Client]: ", "Side (left, right, both) [both]: ",
                "Pressure (light, moderate, firm) [moderate]: ", "New to massage? (yes, no) [no]: ");
    }

    @Test
    void aClientUnder18IsAskedForTheGuardiansConsent() throws IOException {
        var intake = interview("\n15\nRita Rao\n02/11/2026\n2026-11-02\nlower-back\n\n\n6\n14\n\n\n\n\n\n\n\n\n\n");

        assertThat(intake.client()).isEqualTo(new Client("Client", 15,
                new GuardianConsent("Rita Rao", LocalDate.of(2026, 11, 2))));
        assertThat(screen.toString()).contains("Under 18: the parent or guardian who consented: ",
                "must be a date from 1900-01-01 to 2999-12-31, written YYYY-MM-DD");
    }

    @Test
    void someoneTrainingForAnEventIsAskedItsDateAndAWrongDateAgain() throws IOException {
        var intake = interview("\n30\nlower-back\n\n\n6\n14\n\n\ntraining-for-event\n11/02/2027\n2027-02-11\n\n\n\n\n\n\n");

        assertThat(intake.event()).contains(LocalDate.of(2027, 2, 11));
        assertThat(screen.toString()).contains("Date of the event (a race, a competition; YYYY-MM-DD) [none]: ",
                "written YYYY-MM-DD");
    }

    @Test
    void noOneElseIsAskedForAnEventDate() throws IOException {
        var intake = interview("\n30\nlower-back\n\n\n6\n14\n\n\ndesk-work\n\n\n\n\n\n\n");

        assertThat(intake.event()).isEmpty();
        assertThat(screen.toString()).doesNotContain("Date of the event");
    }

    @Test
    void anInvalidPainIsAskedAgainSayingWhatIsAllowed() throws IOException {
        var intake = interview(minimalSessionWithPain("11\n6.5\nsix\n6"));

        assertThat(intake.complaints().get(0).pain()).isEqualTo(6);
        assertThat(screen.toString())
                .contains("  must be a whole number from 0 to 10 (got 11)\nPain now (0-10): ")
                .contains("  must be a whole number from 0 to 10 (got 6.5)\nPain now (0-10): ")
                .contains("  must be a whole number from 0 to 10 (got 'six')\nPain now (0-10): ");
    }

    @Test
    void aRequiredAnswerLeftBlankIsAskedAgain() throws IOException {
        interview(minimalSessionWithPain("\n6"));

        assertThat(screen.toString()).contains("  required: a whole number from 0 to 10\nPain now (0-10): ");
    }

    @Test
    void aListQuestionShowsTheAllowedIdsAndNamesAnUnknownOne() throws IOException {
        var intake = interview("Asha\n42\nlower-back\nboth\nstifness, knots\nstiffness, knots\n6\n14\n\nno\n\n\n\n\n\n\n\n");

        assertThat(intake.complaints().get(0).symptoms()).containsExactly("stiffness", "knots");
        assertThat(screen.toString())
                .contains("Symptoms, comma-separated (stiffness, knots, rounded-shoulders,")
                .contains("  unknown symptom 'stifness' — did you mean 'stiffness'?");
    }

    @Test
    void theEndOfInputMidwayAbortsTheInterview() {
        assertThatThrownBy(() -> interview("Asha Rao\n42\nlower-back\n"))
                .isInstanceOf(IntakeInterview.Aborted.class)
                .hasMessage("the intake interview ended before every question was answered");
    }

    private Intake interview(String typed) throws IOException {
        var interview = new IntakeInterview(new BufferedReader(new StringReader(typed)), new PrintWriter(screen),
                Examples.vocabulary());
        return interview.run();
    }

    /** Every answer left at its default, except the pain lines given. */
    private static String minimalSessionWithPain(String painLines) {
        return "Asha\n42\nlower-back\n\n\n" + painLines + "\n14\n\n\n\n\n\n\n\n\n\n";
    }
}
