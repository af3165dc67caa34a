package org.backcare.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The days the week planner places sessions in: a week to come whole, the rest of the week under way from tomorrow. */
class DaysToPlanTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    @Test
    void aWeekToComeIsPlannedWholeFromItsMondayWhicheverDayNamesIt() {
        var days = DaysToPlan.of(MONDAY.plusDays(3), MONDAY.minusDays(1)).orElseThrow();

        assertThat(days).isEqualTo(new DaysToPlan(MONDAY, 7));
        assertThat(days.wholeWeek()).isTrue();
        assertThat(days.last()).isEqualTo(MONDAY.plusDays(6));
        assertThat(days.inWords()).isEqualTo("the week of 2026-12-07");
    }

    @Test
    void ofTheWeekUnderWayTheDaysAfterTodayArePlanned() {
        var fromMonday = DaysToPlan.of(MONDAY, MONDAY).orElseThrow();
        var fromSaturday = DaysToPlan.of(MONDAY.plusDays(1), MONDAY.plusDays(5)).orElseThrow();

        assertThat(fromMonday).isEqualTo(new DaysToPlan(MONDAY.plusDays(1), 6));
        assertThat(fromMonday.wholeWeek()).isFalse();
        assertThat(fromMonday.monday()).isEqualTo(MONDAY);
        assertThat(fromMonday.inWords()).isEqualTo("the rest of the week of 2026-12-07 (2026-12-08 to 2026-12-13)");
        assertThat(fromSaturday).isEqualTo(new DaysToPlan(MONDAY.plusDays(6), 1));
        assertThat(fromSaturday.inWords()).isEqualTo("the rest of the week of 2026-12-07 (2026-12-13)");
        assertThat(DaysToPlan.whyNot(MONDAY, MONDAY.plusDays(5))).isEmpty();
    }

    @Test
    void onItsSundayAWeekHasNoDayLeftAndTheAdminIsToldWhichWeekToPlan() {
        var sunday = MONDAY.plusDays(6);

        assertThat(DaysToPlan.of(MONDAY, sunday)).isEmpty();
        assertThat(DaysToPlan.whyNot(MONDAY.plusDays(2), sunday)).hasValue("the week of 2026-12-07 ends today (today"
                + " is 2026-12-13); plan the week of 2026-12-14 or a later one");
    }

    @Test
    void aWeekGoneByIsOver() {
        assertThat(DaysToPlan.of(MONDAY, MONDAY.plusWeeks(2))).isEmpty();
        assertThat(DaysToPlan.whyNot(MONDAY, MONDAY.plusDays(9))).hasValue("the week of 2026-12-07 is over (today is"
                + " 2026-12-16); plan the week of 2026-12-21 or a later one");
    }

    @Test
    void theDaysAlwaysRunToTheSundayOfTheirWeek() {
        assertThatThrownBy(() -> new DaysToPlan(MONDAY, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DaysToPlan(MONDAY.plusDays(6), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DaysToPlan(MONDAY.minusDays(1), 8)).isInstanceOf(IllegalArgumentException.class);
    }
}
