package org.backcare.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.backcare.AnIntake;
import org.backcare.files.KnowledgeFiles;
import org.backcare.intake.Intake;
import org.backcare.intake.Region;
import org.backcare.knowledge.Outcome;
import org.backcare.screening.Screening;
import org.backcare.screening.ScreeningResult;
import org.junit.jupiter.api.Test;

class ScreeningGateTest {
    private static ScreeningResult screen(Intake intake) {
        return new Screening(KnowledgeFiles.bundled()).screen(intake);
    }

    @Test
    void aReferClientIsRefusedWithWhatToDoInstead() {
        var screening = screen(AnIntake.aged(50).hurting(Region.LOWER_BACK, 5, 3).withRedFlags("numbness").build());

        assertThatThrownBy(() -> ScreeningGate.admit(screening)).isInstanceOfSatisfying(ScreeningRefusedException.class, e -> {
            assertThat(e.outcome()).isEqualTo(Outcome.REFER);
            assertThat(e.instead()).isNotEmpty().allSatisfy(text -> assertThat(text).isNotBlank());
            assertThat(e.getMessage()).startsWith("screening says refer: massage is not booked.");
        });
    }

    @Test
    void aCautionClientIsBookedCarryingThePressureCapAndRegionsToAvoid() {
        var screening = screen(AnIntake.aged(70).hurting(Region.MID_BACK, 4, 20).withConditions("osteoporosis")
                .withCondition("acute-inflammation", Region.LOWER_BACK).build());

        var cautions = ScreeningGate.admit(screening);

        assertThat(screening.outcome()).isEqualTo(Outcome.CAUTION);
        assertThat(cautions).contains("pressure at most " + screening.pressureMax().id(), "avoid lower-back");
    }

    @Test
    void aClearClientCarriesNoCautions() {
        assertThat(ScreeningGate.admit(screen(AnIntake.aged(35).hurting(Region.UPPER_BACK, 3, 10).build()))).isEmpty();
    }
}
