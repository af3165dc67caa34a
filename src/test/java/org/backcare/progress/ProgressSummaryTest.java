package org.backcare.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.backcare.AnIntake;
import org.backcare.clients.ClientId;
import org.backcare.clients.ClientRecord;
import org.backcare.measures.Instrument;
import org.backcare.planning.Adjustments;
import org.backcare.progress.Adaptation.Decision;
import org.backcare.progress.ProgressSummary.ScorePoint;
import org.junit.jupiter.api.Test;

class ProgressSummaryTest {
    private static final LocalDate DAY = LocalDate.of(2027, 1, 12);

    @Test
    void theInstrumentsScoredComeInInstrumentOrderEachWithItsOwnScores() {
        var psfs = new ScorePoint("psfs", DAY, 4, "/10", null, false);
        var odi = new ScorePoint("odi", DAY, 40, "%", "moderate disability", false);
        var laterOdi = new ScorePoint("odi", DAY.plusWeeks(2), 30, "%", "moderate disability", true);
        var summary = new ProgressSummary(new ClientRecord(ClientId.fromName("Asha Rao"), "Asha Rao", DAY), DAY,
                List.of(), List.of(psfs, odi, laterOdi), 0, 0,
                new Adaptation(Decision.START, List.of(), AnIntake.aged(40).build(), Adjustments.NONE), List.of(),
                List.of());

        assertThat(summary.instruments()).containsExactly(Instrument.ODI, Instrument.PSFS);
        assertThat(summary.scores(Instrument.ODI)).containsExactly(odi, laterOdi);
        assertThat(summary.scores(Instrument.NPRS)).isEmpty();
    }
}
