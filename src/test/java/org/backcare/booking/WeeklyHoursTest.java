package org.backcare.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklyHoursTest {
    @Test
    void aSpecGivesEachDayItsHoursWithTheBreakTakenOut() {
        var week = WeeklyHours.parse("mon-thu 09:00-17:00 break 12:30-13:15; fri 09:00-13:00");

        assertThat(week.on(DayOfWeek.TUESDAY)).containsExactly(TimeRange.parse("09:00-12:30"), TimeRange.parse("13:15-17:00"));
        assertThat(week.on(DayOfWeek.FRIDAY)).containsExactly(TimeRange.parse("09:00-13:00"));
        assertThat(week.on(DayOfWeek.SATURDAY)).isEmpty();
        assertThat(WeeklyHours.parse(week.toString())).isEqualTo(week);
        assertThat(week.toString()).isEqualTo("mon 09:00-17:00 break 12:30-13:15; tue 09:00-17:00 break 12:30-13:15;"
                + " wed 09:00-17:00 break 12:30-13:15; thu 09:00-17:00 break 12:30-13:15; fri 09:00-13:00");
    }

    @Test
    void daysCanBeListedAndHaveSeveralBreaks() {
        var week = WeeklyHours.parse("mon,wed 08:00-18:00 break 10:00-10:15 break 13:00-14:00");

        assertThat(week.on(DayOfWeek.WEDNESDAY)).extracting(TimeRange::toString)
                .containsExactly("08:00-10:00", "10:15-13:00", "14:00-18:00");
        assertThat(week.on(DayOfWeek.TUESDAY)).isEmpty();
    }

    @Test
    void aBadSpecIsRefusedNamingWhatIsWrong() {
        assertThatThrownBy(() -> WeeklyHours.parse("mon-thu 9-17")).hasMessageStartingWith("hours: '9-17' is not a time range");
        assertThatThrownBy(() -> WeeklyHours.parse("monday 09:00-17:00")).hasMessageStartingWith("hours: 'monday' is not a day");
        assertThatThrownBy(() -> WeeklyHours.parse("fri-mon 09:00-17:00")).hasMessageStartingWith("hours: 'fri-mon' is not a day");
        assertThatThrownBy(() -> WeeklyHours.parse("mon 09:00-17:00; mon 10:00-11:00")).hasMessage("hours: mon is named twice");
        assertThatThrownBy(() -> WeeklyHours.parse("mon 09:00-12:00 break 12:30-13:00"))
                .hasMessageStartingWith("hours: the break 12:30-13:00 is not inside");
        assertThatThrownBy(() -> WeeklyHours.parse("mon 17:00-09:00")).hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> WeeklyHours.parse("mon")).hasMessageStartingWith("hours: 'mon' should read like");
    }

    @Test
    void daysOffCloseADayAndAnExtraDayOpensOne() {
        var week = WorkingWeek.of(WeeklyHours.parse("mon-fri 09:00-17:00"))
                .withDaysOff(DaysOff.parse("2026-12-24..2026-12-28"))
                .withExtraDay(new ExtraDay(LocalDate.of(2026, 12, 19), List.of(TimeRange.parse("10:00-14:00"))));

        assertThat(week.hoursOn(LocalDate.of(2026, 12, 24))).isEmpty();
        assertThat(week.hoursOn(LocalDate.of(2026, 12, 28))).isEmpty();
        assertThat(week.hoursOn(LocalDate.of(2026, 12, 29))).hasSize(1);
        assertThat(week.hoursOn(LocalDate.of(2026, 12, 19))).containsExactly(TimeRange.parse("10:00-14:00"));
        assertThat(week.windows(LocalDate.of(2026, 12, 18), LocalDate.of(2026, 12, 20))).containsExactly(
                new Window(LocalDateTime.of(2026, 12, 18, 9, 0), LocalDateTime.of(2026, 12, 18, 17, 0)),
                new Window(LocalDateTime.of(2026, 12, 19, 10, 0), LocalDateTime.of(2026, 12, 19, 14, 0)));
        assertThatThrownBy(() -> DaysOff.parse("2026-12-28..2026-12-24")).hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> DaysOff.parse("christmas")).hasMessageStartingWith("off: 'christmas' is not a day");
    }
}
