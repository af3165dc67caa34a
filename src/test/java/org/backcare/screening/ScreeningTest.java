package org.backcare.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.intake.Region.LOWER_BACK;
import static org.backcare.intake.Region.MID_BACK;
import static org.backcare.intake.Region.UPPER_BACK;

import org.backcare.AnIntake;
import org.backcare.files.KnowledgeFiles;
import org.backcare.intake.Pressure;
import org.backcare.knowledge.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Safety screening, rule by rule. */
class ScreeningTest {
    private final Screening screening = new Screening(KnowledgeFiles.bundled());

    private ScreeningResult screen(AnIntake intake) {
        return screening.screen(intake.build());
    }

    @Test
    void anOrdinaryStiffBackIsClear() {
        var result = screen(AnIntake.aged(40).hurting(LOWER_BACK, 4, 8, "stiffness"));
        assertThat(result.outcome()).isEqualTo(Outcome.CLEAR);
        assertThat(result.excluded()).isEmpty();
        assertThat(result.pressureMax()).isEqualTo(Pressure.FIRM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"saddle-numbness", "bladder-or-bowel-change", "leg-weakness-progressive"})
    void signsOfCaudaEquinaAreUrgent(String sign) {
        var result = screen(AnIntake.aged(50).withRedFlags(sign));
        assertThat(result.outcome()).isEqualTo(Outcome.URGENT);
        assertThat(result.allowsMassage()).isFalse();
        assertThat(result.findings()).extracting(Finding::rule).contains("cauda-equina-signs");
    }

    @ParameterizedTest
    @ValueSource(strings = {"numbness", "tingling", "weakness", "accident", "injury", "limits-daily-activities",
            "spinal-stenosis", "fever", "unexplained-weight-loss", "cancer-history", "night-pain", "dvt",
            "recent-surgery", "fracture"})
    void whatTheSeedsSendToADoctorIsReferred(String flag) {
        var result = screen(AnIntake.aged(50).withRedFlags(flag));
        assertThat(result.outcome()).isEqualTo(Outcome.REFER);
        assertThat(result.allowsMassage()).isFalse();
    }

    @Test
    void aRedFlagCountsWhereverItIsWritten() {
        assertThat(screen(AnIntake.aged(50).withConditions("numbness")).outcome()).isEqualTo(Outcome.REFER);
    }

    @Test
    void painAfterAnAccidentIsReferredEvenWhenOnlyTheCauseSaysSo() {
        var result = screen(AnIntake.aged(30).hurting(MID_BACK, 5, 2, "muscle-strain").causedBy("accident"));
        assertThat(result.outcome()).isEqualTo(Outcome.REFER);
    }

    @Test
    void theMostSevereOutcomeWins() {
        var result = screen(AnIntake.aged(70).withConditions("osteoporosis").withRedFlags("fever", "saddle-numbness"));
        assertThat(result.outcome()).isEqualTo(Outcome.URGENT);
    }

    @Test
    void osteoporosisRulesOutDeepAndFirmWork() {
        var result = screen(AnIntake.aged(60).withConditions("osteoporosis"));
        assertThat(result.outcome()).isEqualTo(Outcome.CAUTION);
        assertThat(result.excludes("deep-tissue")).isTrue();
        assertThat(result.excludes("sports")).isTrue();
        assertThat(result.excludes("trigger-point")).as("trigger point stays, at moderate").isFalse();
        assertThat(result.pressureMax()).isEqualTo(Pressure.MODERATE);
        assertThat(result.startLight()).isTrue();
    }

    @Test
    void aHerniatedDiscKeepsTheLowerBackLight() {
        var result = screen(AnIntake.aged(45).hurting(LOWER_BACK, 5, 20).hurting(UPPER_BACK, 3, 20)
                .withConditions("herniated-disc"));
        assertThat(result.pressureMaxFor(LOWER_BACK)).isEqualTo(Pressure.LIGHT);
        assertThat(result.pressureMaxFor(UPPER_BACK)).isEqualTo(Pressure.FIRM);
        assertThat(result.excludes("deep-tissue")).as("still possible on the upper back").isFalse();
    }

    @Test
    void aHerniatedDiscWithOnlyLowerBackPainRulesOutTechniquesThatNeedMorePressure() {
        var result = screen(AnIntake.aged(45).hurting(LOWER_BACK, 5, 20).withConditions("herniated-disc"));
        assertThat(result.excludes("deep-tissue")).isTrue();
        assertThat(result.excludes("trigger-point")).isTrue();
        assertThat(result.excludes("sports")).isTrue();
        assertThat(result.excludes("swedish")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"anticoagulants", "bleeding-disorder"})
    void aBleedingRiskMeansLightPressureOnly(String condition) {
        var result = screen(AnIntake.aged(55).withConditions(condition));
        assertThat(result.pressureMax()).isEqualTo(Pressure.LIGHT);
    }

    @Test
    void pregnancyRulesOutHotStoneHeatAndEssentialOils() {
        var result = screen(AnIntake.aged(31).withConditions("pregnancy"));
        assertThat(result.outcome()).isEqualTo(Outcome.CAUTION);
        assertThat(result.excluded()).extracting(Exclusion::technique)
                .contains("hot-stone", "aromatherapy", "kati-basti", "swedana", "potli")
                .doesNotContain("swedish");
        assertThat(result.findings()).flatExtracting(Finding::modifications).anyMatch(m -> m.contains("Side-lying"));
    }

    @Test
    void pregnancyCapsPressureAtModerateAndRulesOutDeepTissue() {
        var result = screen(AnIntake.aged(31).withConditions("pregnancy").preferring(Pressure.FIRM));
        assertThat(result.pressureMax()).isEqualTo(Pressure.MODERATE);
        assertThat(result.excludes("deep-tissue")).isTrue();
    }

    @Test
    void aRecentStrainCapsPressureAndKeepsOffDeepAndSportsWorkUntilItsAcutePhaseEnds() {
        var result = screen(AnIntake.aged(30).hurting(LOWER_BACK, 6, 2).causedBy("lifting"));
        assertThat(result.outcome()).isEqualTo(Outcome.CAUTION);
        assertThat(result.pressureMax()).isEqualTo(Pressure.MODERATE);
        assertThat(result.excluded()).extracting(Exclusion::technique).contains("deep-tissue", "sports");
        var acute = result.findings().stream().filter(f -> f.rule().equals("acute-injury")).findFirst().orElseThrow();
        assertThat(acute.endsInWeeks()).isEqualTo(5);
        assertThat(acute.modifications()).anyMatch(m -> m.contains("no deep work over the injured area"));
    }

    @Test
    void aMuscleStrainIsAcuteWhateverItsCauseAndTheMostRecentComplaintSetsTheEnd() {
        var result = screen(AnIntake.aged(30).hurting(MID_BACK, 4, 1, "muscle-strain")
                .hurting(LOWER_BACK, 5, 4).causedBy("sport"));
        var acute = result.findings().stream().filter(f -> f.rule().equals("acute-injury")).findFirst().orElseThrow();
        assertThat(acute.endsInWeeks()).isEqualTo(6);
    }

    @Test
    void aStrainOlderThanSixWeeksOrFromLongSittingIsNotAcute() {
        assertThat(screen(AnIntake.aged(30).hurting(LOWER_BACK, 6, 7).causedBy("lifting")).findings())
                .extracting(Finding::rule).doesNotContain("acute-injury");
        assertThat(screen(AnIntake.aged(30).hurting(LOWER_BACK, 6, 2).causedBy("sitting")).findings())
                .extracting(Finding::rule).doesNotContain("acute-injury");
    }

    @Test
    void aClientUnder18NeverGetsFirmPressure() {
        var result = screen(AnIntake.aged(16).preferring(Pressure.FIRM));
        assertThat(result.outcome()).isEqualTo(Outcome.CAUTION);
        assertThat(result.pressureMax()).isEqualTo(Pressure.MODERATE);
        assertThat(screen(AnIntake.aged(18).preferring(Pressure.FIRM)).pressureMax()).isEqualTo(Pressure.FIRM);
    }

    @Test
    void highBloodPressureIsACautionAndUncontrolledHighBloodPressureIsReferred() {
        var controlled = screen(AnIntake.aged(58).withConditions("high-blood-pressure"));
        assertThat(controlled.outcome()).isEqualTo(Outcome.CAUTION);
        assertThat(controlled.startLight()).isTrue();
        assertThat(controlled.excludes("swedana")).isTrue();
        assertThat(controlled.findings()).flatExtracting(Finding::modifications).anyMatch(m -> m.contains("sit up slowly"));
        var uncontrolled = screen(AnIntake.aged(58).withConditions("uncontrolled-high-blood-pressure"));
        assertThat(uncontrolled.outcome()).isEqualTo(Outcome.REFER);
    }

    @Test
    void noOilRulesOutEveryTechniqueThatNeedsOil() {
        var result = screen(AnIntake.aged(40).noOil());
        assertThat(result.excluded()).extracting(Exclusion::technique)
                .containsExactlyInAnyOrder("aromatherapy", "abhyanga", "kati-basti", "potli");
    }

    @ParameterizedTest
    @ValueSource(strings = {"skin-sensitivity", "oil-allergy"})
    void sensitiveSkinOrAnOilAllergyWorkOilFree(String condition) {
        var result = screen(AnIntake.aged(40).withConditions(condition));
        assertThat(result.excludes("abhyanga")).isTrue();
        assertThat(result.excludes("aromatherapy")).isTrue();
    }

    @Test
    void sciaticPainCapsPressureOverTheLowerBack() {
        var result = screen(AnIntake.aged(40).hurting(LOWER_BACK, 5, 10, "sciatic-pain"));
        assertThat(result.pressureMaxFor(LOWER_BACK)).isEqualTo(Pressure.MODERATE);
    }

    @Test
    void anInflamedRegionIsAvoided() {
        var result = screen(AnIntake.aged(40).hurting(LOWER_BACK, 5, 2).hurting(UPPER_BACK, 3, 10)
                .withCondition("acute-inflammation", LOWER_BACK));
        assertThat(result.avoids(LOWER_BACK)).isTrue();
        assertThat(result.avoids(UPPER_BACK)).isFalse();
        assertThat(result.outcome()).isEqualTo(Outcome.CAUTION);
    }

    @Test
    void inflammationWithoutARegionMeansEveryPainfulRegionSoNoMassage() {
        var result = screen(AnIntake.aged(40).hurting(LOWER_BACK, 5, 2).withConditions("acute-inflammation"));
        assertThat(result.outcome()).isEqualTo(Outcome.REFER);
    }

    @Test
    void from65PressureStartsLightAndStepsUpMoreSlowly() {
        var result = screen(AnIntake.aged(65));
        assertThat(result.outcome()).isEqualTo(Outcome.CAUTION);
        assertThat(result.startLight()).isTrue();
        assertThat(result.sessionsPerPressureStep()).isEqualTo(2);
        assertThat(screen(AnIntake.aged(64)).startLight()).isFalse();
    }

    @Test
    void everyFindingNamesItsRuleAndSource() {
        var result = screen(AnIntake.aged(70).withConditions("osteoporosis", "pregnancy", "anticoagulants").noOil());
        assertThat(result.findings()).allSatisfy(f -> {
            assertThat(f.rule()).isNotBlank();
            assertThat(f.source()).isNotBlank();
        });
        assertThat(result.excluded()).allSatisfy(e -> assertThat(e.reasons()).allSatisfy(r ->
                assertThat(r.source()).isNotBlank()));
    }
}
