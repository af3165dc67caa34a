package org.backcare.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcare.scheduling.Fixtures.MEI;
import static org.backcare.scheduling.Fixtures.MONDAY_7_DEC;
import static org.backcare.scheduling.Fixtures.ROOM_1;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Why a session is on its day, said of its distance from the plan's date and the plan's tolerance. */
class ReasonsTest {
    private final DueSession due = Fixtures.due("asha", 60, "swedish"); // on Monday 7 December, tolerance 1 day

    private List<String> why(int daysLater) {
        var visit = Fixtures.visit(due, MONDAY_7_DEC.plusDays(daysLater).atTime(10, 0), MEI, ROOM_1);
        var week = new ClinicWeek(MONDAY_7_DEC, 7, List.of(MEI), List.of(ROOM_1), List.of(), List.of(due), List.of(), false);
        return new Reasons(week, List.of(visit)).why(visit);
    }

    @Test
    void aDayAndDaysAreSaidInTheRightNumber() {
        assertThat(why(0)).contains("on the plan's date (Mon 7 Dec)");
        assertThat(why(1)).contains("1 day after the plan's date (Mon 7 Dec), within the plan's tolerance of 1 day:"
                + " the closest the week allowed");
        assertThat(why(2)).contains("2 days after the plan's date (Mon 7 Dec), beyond the plan's tolerance of 1 day:"
                + " the closest the week allowed");
    }
}
